// A real client-side LSP connection to dist/server.js over stdio, for protocol tests.
// Everything waits on messages with a deadline; nothing sleeps.
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type CodeAction,
  type Command,
  type ConfigurationParams,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

/** The bundle under test; VALUED_SERVER_JS points the tests at another build (a packaged one, say). */
export const SERVER_JS = process.env.VALUED_SERVER_JS ?? path.resolve(__dirname, '..', '..', 'dist', 'server.js');

export const DEFAULT_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    applyEdit: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
    workspaceFolders: true,
  },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    codeAction: {
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
      isPreferredSupport: true,
      dataSupport: true,
    },
  },
  general: { positionEncodings: ['utf-16'] },
};

export interface StartOptions {
  capabilities?: ClientCapabilities;
  /** The `valued` section the client answers workspace/configuration with (per uri). */
  settings?: (scopeUri: string | undefined) => unknown;
  rootUri?: string;
}

type Listener = (p: PublishDiagnosticsParams) => void;

export class LspTestClient {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly logs: string[] = [];
  readonly configurationRequests: ConfigurationParams[] = [];
  readonly registrations: string[] = [];
  stderr = '';
  settings: (scopeUri: string | undefined) => unknown;
  private listeners: Listener[] = [];
  private exitCode: Promise<number | null>;

  private constructor(
    readonly proc: ChildProcess,
    readonly connection: ProtocolConnection,
    options: StartOptions,
  ) {
    this.settings = options.settings ?? (() => null);
    this.exitCode = new Promise((resolve) => proc.on('exit', (code) => resolve(code)));
    proc.stderr!.on('data', (d: Buffer) => (this.stderr += d.toString()));
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push(p);
      for (const l of [...this.listeners]) l(p);
    });
    connection.onNotification('window/logMessage', (p: { message: string }) => this.logs.push(p.message));
    connection.onRequest('workspace/configuration', (p: ConfigurationParams) => {
      this.configurationRequests.push(p);
      return p.items.map((item) => (item.section === 'valued' ? this.settings(item.scopeUri) : null));
    });
    connection.onRequest('client/registerCapability', (p: { registrations: { method: string }[] }) => {
      this.registrations.push(...p.registrations.map((r) => r.method));
      return null;
    });
    connection.onRequest('workspace/applyEdit', () => ({ applied: true }));
    connection.listen();
  }

  static async start(options: StartOptions = {}): Promise<{ client: LspTestClient; init: InitializeResult }> {
    if (!fs.existsSync(SERVER_JS)) throw new Error(`${SERVER_JS} is missing: run npm run build first`);
    const proc = spawn(process.execPath, [SERVER_JS, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const client = new LspTestClient(proc, connection, options);
    const rootUri = options.rootUri ?? 'file:///tmp/valued-protocol-test';
    const init = await client.withDeadline(
      connection.sendRequest<InitializeResult>('initialize', {
        processId: process.pid,
        rootUri,
        workspaceFolders: [{ uri: rootUri, name: 'test' }],
        capabilities: options.capabilities ?? DEFAULT_CAPABILITIES,
      }),
      15000,
      'initialize',
    );
    await connection.sendNotification('initialized', {});
    return { client, init };
  }

  /** `p`, or a failure naming `what` once the deadline passes or the server dies. */
  withDeadline<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no ${what} within ${ms} ms; server stderr: ${this.stderr.slice(-500)}`)), ms);
    });
    const died = this.exitCode.then((code) => {
      throw new Error(`server exited (code ${code}) before ${what}; stderr: ${this.stderr.slice(-500)}`);
    });
    return Promise.race([p, deadline, ...(what === 'server exit' ? [] : [died])]).finally(() => clearTimeout(timer));
  }

  /**
   * The next publish for `uri` that satisfies `accept`. Call it before the action
   * that triggers the publish, then await it.
   */
  nextDiagnostics(uri: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true, ms = 15000): Promise<PublishDiagnosticsParams> {
    let listener!: Listener;
    const p = new Promise<PublishDiagnosticsParams>((resolve) => {
      listener = (d) => {
        if (d.uri === uri && accept(d)) resolve(d);
      };
      this.listeners.push(listener);
    });
    return this.withDeadline(p, ms, `diagnostics for ${uri}`).finally(() => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    });
  }

  /** Diagnostics published for exactly this version. */
  diagnosticsFor(uri: string, version: number, ms = 15000): Promise<Diagnostic[]> {
    return this.nextDiagnostics(uri, (p) => p.version === version, ms).then((p) => p.diagnostics);
  }

  async open(uri: string, text: string, languageId = 'markdown', version = 1): Promise<Diagnostic[]> {
    const next = this.diagnosticsFor(uri, version);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    return next;
  }

  change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  async close(uri: string): Promise<Diagnostic[]> {
    const next = this.nextDiagnostics(uri);
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    return (await next).diagnostics;
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<(CodeAction | Command)[]> {
    return this.withDeadline(
      this.connection.sendRequest<(CodeAction | Command)[] | null>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, only } }).then((a) => a ?? []),
      15000,
      'code actions',
    );
  }

  request<R>(method: string, params: unknown, ms = 15000): Promise<R> {
    return this.withDeadline(this.connection.sendRequest<R>(method, params), ms, method);
  }

  /** Tells the server files changed on disk, as the editor's file watcher does. */
  filesChanged(changes: { uri: string; type: 1 | 2 | 3 }[]): Promise<void> {
    return this.connection.sendNotification('workspace/didChangeWatchedFiles', { changes });
  }

  changeSettings(settings: (scopeUri: string | undefined) => unknown, pushed: unknown): Promise<void> {
    this.settings = settings;
    return this.connection.sendNotification('workspace/didChangeConfiguration', { settings: { valued: pushed } });
  }

  /** shutdown + exit, as an editor ends a session; resolves with the exit code. */
  async shutdown(): Promise<number | null> {
    await this.request('shutdown', undefined);
    await this.connection.sendNotification('exit');
    return this.withDeadline(this.exitCode, 15000, 'server exit');
  }

  /** For afterEach: ends the server if a test left it running. */
  dispose(): void {
    this.connection.dispose();
    if (this.proc.exitCode === null && this.proc.signalCode === null) this.proc.kill('SIGKILL');
  }
}

export function codeOf(d: Diagnostic): string | undefined {
  const c = d.code as unknown;
  if (typeof c === 'string') return c;
  if (c && typeof c === 'object' && 'value' in c) return String((c as { value: unknown }).value);
  return c === undefined ? undefined : String(c);
}

export function isCodeAction(a: CodeAction | Command): a is CodeAction {
  return typeof (a as Command).command !== 'string';
}
