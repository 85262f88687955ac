import * as assert from 'node:assert/strict';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { codeOf, LspTestClient } from '../helpers/lsp-client';
import { applyEdits, textAt } from '../helpers/text-edits';

const base = 'file:///tmp/valued-protocol-test/versions';

/** A burst of edits without waiting, each adding a phrase at the end. */
async function burst(client: LspTestClient, uri: string, text: string, edits: number): Promise<{ texts: Map<number, string>; last: number }> {
  const texts = new Map<number, string>([[1, text]]);
  let version = 1;
  for (let i = 0; i < edits; i++) {
    const lines = text.split('\n');
    const end = { line: lines.length - 1, character: lines[lines.length - 1].length };
    const insert = i % 2 ? ' We meet your needs.' : '\nThank you for your time.';
    version++;
    await client.change(uri, version, [{ range: { start: end, end }, text: insert }]);
    text = applyEdits(text, [{ range: { start: end, end }, newText: insert }]);
    texts.set(version, text);
  }
  return { texts, last: version };
}

function assertMatches(p: PublishDiagnosticsParams, text: string): void {
  for (const d of p.diagnostics) {
    const flagged = textAt(text, d.range).toLowerCase();
    if (codeOf(d) === 'needs-noun') assert.ok(flagged.includes('needs'), `version ${p.version}: needs-noun covers "${flagged}"`);
    if (codeOf(d) === 'thanks-for-time') assert.ok(flagged.includes('thank'), `version ${p.version}: thanks-for-time covers "${flagged}"`);
  }
}

describe('protocol: version guard', () => {
  let client: LspTestClient | undefined;
  afterEach(() => client?.dispose());

  it('debounces a burst: only the last version is published, with its own findings', async () => {
    ({ client } = await LspTestClient.start({ settings: () => ({ debounceMs: 150 }) }));
    const uri = `${base}/debounced.md`;
    await client.open(uri, 'Start.');
    const before = client.published.length;
    const { texts, last } = await burst(client, uri, 'Start.', 12);
    const final = await client.diagnosticsFor(uri, last);
    const during = client.published.slice(before).filter((p) => p.uri === uri);
    assert.deepEqual(during.map((p) => p.version), [last], 'one publish, for the last version');
    assertMatches({ uri, version: last, diagnostics: final }, texts.get(last)!);
    assert.equal(final.filter((d) => codeOf(d) === 'thanks-for-time').length, 6);
    assert.equal(final.filter((d) => codeOf(d) === 'needs-noun').length, 6);
  });

  it('without debounce, every publish matches the text of the version it names, in order', async () => {
    ({ client } = await LspTestClient.start({ settings: () => ({ debounceMs: 0 }) }));
    const uri = `${base}/immediate.md`;
    await client.open(uri, 'Start.');
    const before = client.published.length;
    const { texts, last } = await burst(client, uri, 'Start.', 12);
    await client.diagnosticsFor(uri, last);
    const during = client.published.slice(before).filter((p) => p.uri === uri);
    let previous = 1;
    for (const p of during) {
      assert.ok(typeof p.version === 'number' && p.version > previous, `versions increase: ${during.map((x) => x.version)}`);
      previous = p.version;
      assertMatches(p, texts.get(p.version)!);
    }
    assert.equal(during[during.length - 1].version, last);
  });

  it('never publishes for a document closed while its analysis was pending', async () => {
    ({ client } = await LspTestClient.start({ settings: () => ({ debounceMs: 300 }) }));
    const uri = `${base}/closed.md`;
    const witness = `${base}/witness.md`;
    await client.open(uri, 'Start.');
    await client.open(witness, 'Start.');
    const end = { start: { line: 0, character: 6 }, end: { line: 0, character: 6 } };
    await client.change(uri, 2, [{ range: end, text: ' Thank you for your time.' }]);
    assert.deepEqual(await client.close(uri), []);
    // Same debounce, scheduled later: once the witness is published, the closed
    // document's timer would have fired too.
    const witnessed = client.diagnosticsFor(witness, 2);
    await client.change(witness, 2, [{ range: end, text: ' Thank you for your time.' }]);
    assert.equal((await witnessed).length, 1);
    const afterClose = client.published.filter((p) => p.uri === uri);
    assert.deepEqual(afterClose[afterClose.length - 1].diagnostics, []);
    assert.ok(!afterClose.some((p) => p.version === 2), 'the pending version was never published');
  });
});
