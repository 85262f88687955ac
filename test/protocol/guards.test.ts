import * as assert from 'node:assert/strict';
import { codeOf, isCodeAction, LspTestClient } from '../helpers/lsp-client';

const base = 'file:///tmp/valued-protocol-test/guards';
const top = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };

describe('protocol: size and binary guards', () => {
  let client: LspTestClient | undefined;
  afterEach(() => client?.dispose());

  it('skips a document over valued.maxFileSizeMB with one note that names its size and the setting', async () => {
    ({ client } = await LspTestClient.start({ settings: () => ({ debounceMs: 0, maxFileSizeMB: 0.01 }) }));
    const uri = `${base}/big.md`;
    const text = 'We meet your needs.\n'.repeat(1000); // 20,000 bytes > 10,485 bytes
    const diags = await client.open(uri, text);
    assert.equal(diags.length, 1);
    const [note] = diags;
    assert.equal(note.severity, 3, 'information');
    assert.deepEqual(note.range.start, { line: 0, character: 0 });
    assert.match(note.message, /skipped/);
    assert.match(note.message, /valued\.maxFileSizeMB/);
    assert.match(note.message, /20 KB/);
    assert.match(note.message, /0\.01 MB limit/);
    assert.equal(codeOf(note), 'skipped');
    assert.equal(note.codeDescription, undefined);

    // Back under the limit after an edit: analysed again.
    const next = client.diagnosticsFor(uri, 2);
    await client.change(uri, 2, [{ text: 'We meet your needs.' }]);
    assert.deepEqual((await next).map(codeOf), ['needs-noun']);
  });

  it('survives a 6.6 MB single-line document at the default limit and keeps answering', async () => {
    ({ client } = await LspTestClient.start());
    const uri = `${base}/huge.md`;
    const diags = await client.open(uri, 'your needs '.repeat(600000));
    assert.equal(diags.length, 1);
    assert.match(diags[0].message, /6\.\d MB/);
    assert.match(diags[0].message, /5 MB/);
    const actions = await client.codeActions(uri, top, diags);
    assert.ok(actions.filter(isCodeAction).every((a) => !a.edit), 'the note offers no edits');
    assert.equal((await client.open(`${base}/after-huge.md`, 'We meet your needs.')).length, 1);
  });

  it('skips a binary-looking document with a note saying why', async () => {
    ({ client } = await LspTestClient.start({ settings: () => ({ debounceMs: 0 }) }));
    const uri = `${base}/blob.txt`;
    const text = '\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0your needs\0\0\0\0';
    const diags = await client.open(uri, text, 'plaintext');
    assert.equal(diags.length, 1);
    assert.equal(diags[0].severity, 3);
    assert.match(diags[0].message, /binary/);
  });

  it('still analyses prose with a stray NUL in it', async () => {
    ({ client } = await LspTestClient.start({ settings: () => ({ debounceMs: 0 }) }));
    const diags = await client.open(`${base}/stray.txt`, 'Pasted from a terminal:\0 we meet your needs and more words around it.', 'plaintext');
    assert.deepEqual(diags.map(codeOf), ['needs-noun']);
  });
});
