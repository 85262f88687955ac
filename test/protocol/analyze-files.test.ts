import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AnalyzeFilesResult } from '../../shared/src/protocol';
import { codeOf, LspTestClient } from '../helpers/lsp-client';

describe('protocol: valued/analyzeFiles', () => {
  let client: LspTestClient | undefined;
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'valued-files-'));
  });
  afterEach(() => {
    client?.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const file = (name: string, content: string | Buffer) => {
    fs.writeFileSync(path.join(dir, name), content);
    return pathToFileURL(path.join(dir, name)).href;
  };

  it('analyses files from disk, publishes their diagnostics and skips what it cannot read', async () => {
    ({ client } = await LspTestClient.start({ settings: () => ({ debounceMs: 0, maxFileSizeMB: 0.01 }), rootUri: pathToFileURL(dir).href }));
    const a = file('a.md', 'Thank you for your time.\n\n```\nyour needs\n```\n');
    const b = file('b.txt', 'We meet your needs.\n');
    const big = file('big.md', 'your needs\n'.repeat(2000));
    const bin = file('blob.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0]));
    const missing = pathToFileURL(path.join(dir, 'missing.md')).href;
    const pa = client.nextDiagnostics(a);
    const pb = client.nextDiagnostics(b);
    const result = await client.request<AnalyzeFilesResult>('valued/analyzeFiles', { uris: [a, b, big, bin, missing, 'untitled:Untitled-1'] });
    assert.deepEqual(result, { analyzed: 2, skipped: 4, findings: 2 });
    assert.deepEqual((await pa).diagnostics.map(codeOf), ['thanks-for-time'], 'fenced code is markdown, not analysed');
    assert.deepEqual((await pb).diagnostics.map(codeOf), ['needs-noun']);
    assert.ok(!client.published.some((p) => p.uri === big || p.uri === bin || p.uri === missing));
  });

  it('leaves an open document to the editor: its own diagnostics win', async () => {
    ({ client } = await LspTestClient.start({ settings: () => ({ debounceMs: 0 }), rootUri: pathToFileURL(dir).href }));
    const uri = file('open.md', 'We meet your needs.\n');
    await client.open(uri, 'Thank you for your time. We meet your needs. your needs');
    const before = client.published.length;
    const result = await client.request<AnalyzeFilesResult>('valued/analyzeFiles', { uris: [uri] });
    assert.deepEqual(result, { analyzed: 1, skipped: 0, findings: 3 });
    assert.equal(client.published.length, before, 'nothing published over the open document');
  });

  it('skips files of a folder where valued.enable is false', async () => {
    ({ client } = await LspTestClient.start({ settings: () => ({ enable: false }), rootUri: pathToFileURL(dir).href }));
    const uri = file('off.md', 'We meet your needs.\n');
    const result = await client.request<AnalyzeFilesResult>('valued/analyzeFiles', { uris: [uri] });
    assert.deepEqual(result, { analyzed: 0, skipped: 1, findings: 0 });
  });
});
