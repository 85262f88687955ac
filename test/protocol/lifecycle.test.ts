import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { createProtocolConnection, IPCMessageReader, IPCMessageWriter, type InitializeResult } from 'vscode-languageserver-protocol/node';
import { LspTestClient, SERVER_JS } from '../helpers/lsp-client';

describe('protocol: lifecycle', () => {
  let client: LspTestClient | undefined;
  afterEach(() => client?.dispose());

  it('announces incremental sync and the code action kinds', async () => {
    const started = await LspTestClient.start();
    client = started.client;
    const caps = started.init.capabilities;
    const sync = caps.textDocumentSync;
    assert.ok(sync && typeof sync === 'object', 'textDocumentSync options');
    assert.equal(sync.change, 2, 'TextDocumentSyncKind.Incremental');
    assert.equal(sync.openClose, true);
    const ca = caps.codeActionProvider;
    assert.ok(ca && typeof ca === 'object' && ca.codeActionKinds, 'codeActionKinds');
    assert.ok(ca.codeActionKinds.includes('quickfix'));
    assert.ok(ca.codeActionKinds.includes('source.fixAll.valued'));
  });

  it('registers for settings changes when the client allows it', async () => {
    const started = await LspTestClient.start();
    client = started.client;
    // Registration is a server->client request after `initialized`; the analysis
    // request below is answered after it, so it has been handled by then.
    const uri = 'file:///tmp/valued-protocol-test/lifecycle.md';
    await client.open(uri, 'Hello.');
    assert.ok(client.registrations.includes('workspace/didChangeConfiguration'), JSON.stringify(client.registrations));
  });

  it('answers initialize from a bundle without the analyzer, and loads dist/analyzer.js for its first analysis', async () => {
    // Six tenths of the server's code is the analyzer; the engine compiles only the rest before `initialize`.
    const analyzerJs = path.join(path.dirname(SERVER_JS), 'analyzer.js');
    assert.ok(existsSync(analyzerJs), `${analyzerJs} is missing: run npm run build`);
    const server = readFileSync(SERVER_JS, 'utf8');
    assert.match(server, /require\("\.\/analyzer\.js"\)/);
    assert.ok(!server.includes('markdown-it'), 'dist/server.js bundles markdown-it, which belongs to dist/analyzer.js');
    assert.ok(statSync(SERVER_JS).size < statSync(analyzerJs).size, 'dist/server.js is bigger than the analyzer it leaves out');
    const started = await LspTestClient.start();
    client = started.client;
    const diagnostics = await client.open('file:///tmp/valued-protocol-test/first.md', 'Thank you for your time.');
    assert.deepEqual(diagnostics.map((d) => d.code), ['thanks-for-time']);
  });

  it('exits with code 0 after shutdown and exit', async () => {
    const started = await LspTestClient.start();
    client = started.client;
    await client.open('file:///tmp/valued-protocol-test/bye.md', 'Thank you for your time.');
    assert.equal(await client.shutdown(), 0);
  });

  it('also speaks node IPC, the transport the VS Code client uses', async () => {
    const proc = spawn(process.execPath, [SERVER_JS, '--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const connection = createProtocolConnection(new IPCMessageReader(proc), new IPCMessageWriter(proc));
    connection.listen();
    try {
      const exited = new Promise<number | null>((resolve) => proc.on('exit', resolve));
      const init = await connection.sendRequest<InitializeResult>('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
      assert.equal((init.capabilities.textDocumentSync as { change: number }).change, 2);
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      assert.equal(await exited, 0);
    } finally {
      connection.dispose();
      if (proc.exitCode === null) proc.kill('SIGKILL');
    }
  });
});
