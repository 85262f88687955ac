// A minimal LSP client over stdio (Content-Length framing), enough to time a server.
import { spawn } from 'node:child_process';
import { settleOnce } from './deadline.mjs';

export class LspClient {
  constructor(command, args, { configuration }) {
    this.configuration = configuration;
    this.nextId = 1;
    this.pending = new Map();
    this.listeners = new Set();
    this.buffer = Buffer.alloc(0);
    this.stderr = '';
    this.exit = null;
    this.proc = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stdout.on('data', (chunk) => this.#receive(chunk));
    this.proc.stderr.on('data', (chunk) => {
      this.stderr = (this.stderr + chunk.toString()).slice(-4000);
    });
    this.proc.stdin.on('error', () => {
      // The server went away; the exit handler reports it.
    });
    this.exited = new Promise((resolve) => {
      this.proc.on('exit', (code, signal) => {
        this.exit = { code, signal };
        for (const p of this.pending.values()) p.reject(new Error(`server exited (code ${code}, signal ${signal}): ${this.stderr.trim()}`));
        this.pending.clear();
        resolve(this.exit);
      });
    });
  }

  get pid() {
    return this.proc.pid;
  }

  #receive(chunk) {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const m = /Content-Length:\s*(\d+)/i.exec(header);
      if (!m) throw new Error(`bad LSP header from server: ${header}`);
      const length = Number(m[1]);
      const start = headerEnd + 4;
      if (this.buffer.length < start + length) return;
      const message = JSON.parse(this.buffer.subarray(start, start + length).toString('utf8'));
      this.buffer = this.buffer.subarray(start + length);
      this.#dispatch(message);
    }
  }

  #dispatch(message) {
    if (message.id !== undefined && message.method === undefined) {
      const p = this.pending.get(message.id);
      if (!p) return;
      this.pending.delete(message.id);
      if (message.error) p.reject(new Error(`${p.method} failed: ${message.error.message}`));
      else p.resolve(message.result);
      return;
    }
    if (message.id !== undefined) {
      this.#write({ jsonrpc: '2.0', id: message.id, result: this.#answer(message) });
      return;
    }
    for (const listener of [...this.listeners]) listener(message);
  }

  /** Answers to the server's requests: settings come from the benchmark, the rest is acknowledged. */
  #answer(request) {
    if (request.method === 'workspace/configuration') {
      return request.params.items.map((item) => {
        if (item.section === 'valued') return this.configuration;
        if (item.section && item.section.startsWith('valued.')) return this.configuration[item.section.slice('valued.'.length)] ?? null;
        return null;
      });
    }
    if (request.method === 'workspace/applyEdit') return { applied: false };
    return null;
  }

  #write(message) {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.proc.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  request(method, params, timeoutMs = 10_000) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      if (this.exit) {
        reject(new Error(`server already exited (code ${this.exit.code}): ${this.stderr.trim()}`));
        return;
      }
      const answer = settleOnce(resolve, reject, timeoutMs, (fail) => {
        this.pending.delete(id);
        fail(new Error(`no answer to ${method} within ${timeoutMs} ms`));
      });
      this.pending.set(id, { method, ...answer });
      this.#write({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method, params) {
    this.#write({ jsonrpc: '2.0', method, params });
  }

  /**
   * Resolves with the first notification that satisfies `accept`, registered before
   * the caller sends whatever provokes it. Rejects at the deadline.
   */
  waitFor(accept, timeoutMs, what) {
    return new Promise((resolve, reject) => {
      const listener = (message) => {
        if (!accept(message)) return;
        cleanup();
        resolve(message);
      };
      const onExit = () => {
        cleanup();
        reject(new Error(`server exited while waiting for ${what}: ${this.stderr.trim()}`));
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`no ${what} within ${timeoutMs} ms`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.listeners.delete(listener);
        this.proc.off('exit', onExit);
      };
      this.listeners.add(listener);
      this.proc.once('exit', onExit);
    });
  }

  /** The diagnostics published for `uri` at `version` (or unversioned ones). */
  diagnostics(uri, version, timeoutMs) {
    return this.waitFor(
      (m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && (m.params.version === undefined || m.params.version === version),
      timeoutMs,
      `diagnostics for ${uri} version ${version}`,
    );
  }

  /** shutdown + exit, then a kill if the process does not leave on its own. */
  async stop() {
    if (this.exit) return this.exit;
    try {
      await this.request('shutdown', null, 5000);
      this.notify('exit');
    } catch {
      // Falls through to the kill below.
    }
    const timer = setTimeout(() => this.proc.kill('SIGKILL'), 5000);
    const result = await this.exited;
    clearTimeout(timer);
    return result;
  }
}
