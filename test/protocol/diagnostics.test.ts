import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeOf, LspTestClient } from '../helpers/lsp-client';
import { applyEdits, textAt } from '../helpers/text-edits';

const base = 'file:///tmp/valued-protocol-test/diagnostics';

describe('protocol: diagnostics', () => {
  let client: LspTestClient;
  before(async () => {
    // debounceMs 0 keeps these tests about positions, not timing.
    ({ client } = await LspTestClient.start({ settings: () => ({ debounceMs: 0 }) }));
  });
  after(() => client.dispose());

  it('publishes findings on open with rule id, source, docs link and fixes', async () => {
    const uri = `${base}/open.md`;
    const text = '# Call\n\nThank you for your time. We can meet your needs.\n';
    const diags = await client.open(uri, text);
    const thanks = diags.find((d) => codeOf(d) === 'thanks-for-time');
    const needs = diags.find((d) => codeOf(d) === 'needs-noun');
    assert.ok(thanks, 'thanks-for-time: ' + JSON.stringify(diags));
    assert.ok(needs, 'needs-noun: ' + JSON.stringify(diags));
    assert.equal(thanks.range.start.line, 2);
    assert.equal(textAt(text, needs.range), 'your needs');
    for (const d of diags) {
      assert.equal(d.source, 'Valued');
      assert.ok(d.message.length > 0);
      const href = d.codeDescription?.href;
      assert.ok(href && href.startsWith('file://'), 'codeDescription.href');
      assert.equal(path.basename(fileURLToPath(href)), `${codeOf(d)}.md`);
      assert.equal(path.basename(path.dirname(fileURLToPath(href))), 'rules');
      const data = d.data as { ruleId: string; fixes: unknown[] };
      assert.equal(data.ruleId, codeOf(d));
      assert.ok(Array.isArray(data.fixes));
    }
    assert.equal(needs.severity, 2, 'warning');
  });

  it('links to docs pages that exist', async function () {
    const uri = `${base}/docs.md`;
    const diags = await client.open(uri, 'We meet your needs.');
    const href = diags[0]?.codeDescription?.href;
    assert.ok(href);
    const page = fileURLToPath(href);
    if (!fs.existsSync(path.dirname(page))) assert.fail(`docs/rules/ is missing next to the bundle (${page})`);
    assert.ok(fs.existsSync(page), `${page} exists`);
  });

  it('counts columns in UTF-16 code units after an emoji', async () => {
    const uri = `${base}/emoji.md`;
    const text = '🚀 Thank you for your time.\n👩🏽‍💻 ok, your needs first.';
    const diags = await client.open(uri, text);
    const thanks = diags.find((d) => codeOf(d) === 'thanks-for-time');
    const needs = diags.find((d) => codeOf(d) === 'needs-noun');
    assert.deepEqual(thanks?.range.start, { line: 0, character: 3 });
    assert.deepEqual(needs?.range, { start: { line: 1, character: 12 }, end: { line: 1, character: 22 } });
  });

  it('handles CRLF and a phrase at the end of a file without a final newline', async () => {
    const uri = `${base}/crlf.txt`;
    const text = 'Hello.\r\nWe meet your needs.\r\nThank you for your time';
    const diags = await client.open(uri, text, 'plaintext');
    const needs = diags.find((d) => codeOf(d) === 'needs-noun');
    const thanks = diags.find((d) => codeOf(d) === 'thanks-for-time');
    assert.deepEqual(needs?.range, { start: { line: 1, character: 8 }, end: { line: 1, character: 18 } });
    assert.equal(thanks?.range.start.line, 2);
    assert.equal(thanks?.range.end.character, 23);
  });

  it('re-analyses incremental changes, including an insertion at a line end and a CRLF document', async () => {
    const uri = `${base}/incremental.md`;
    let text = 'First line.\r\nSecond line.\r\nThird line.';
    assert.equal((await client.open(uri, text)).length, 0);
    const atEnd = { start: { line: 1, character: 12 }, end: { line: 1, character: 12 } };
    let next = client.diagnosticsFor(uri, 2);
    await client.change(uri, 2, [{ range: atEnd, text: ' We meet your needs.' }]);
    text = applyEdits(text, [{ range: atEnd, newText: ' We meet your needs.' }]);
    let diags = await next;
    const needs = diags.find((d) => codeOf(d) === 'needs-noun');
    assert.ok(needs, JSON.stringify(diags));
    assert.equal(textAt(text, needs.range), 'your needs');
    assert.equal(needs.range.start.line, 1);

    // An edit that joins lines and one that adds a CRLF line in the same change.
    const join = { start: { line: 0, character: 11 }, end: { line: 1, character: 0 } };
    const add = { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } };
    next = client.diagnosticsFor(uri, 3);
    await client.change(uri, 3, [{ range: join, text: ' ' }, { range: add, text: 'Thank you for your time.\r\n' }]);
    text = applyEdits(text, [{ range: join, newText: ' ' }]);
    text = applyEdits(text, [{ range: add, newText: 'Thank you for your time.\r\n' }]);
    diags = await next;
    const thanks = diags.find((d) => codeOf(d) === 'thanks-for-time');
    assert.ok(thanks, JSON.stringify(diags));
    assert.equal(textAt(text, thanks.range).toLowerCase().startsWith('thank'), true);
    for (const d of diags) assert.ok(d.range.end.line <= 2, 'ranges inside the document');
    const stillNeeds = diags.find((d) => codeOf(d) === 'needs-noun');
    assert.ok(stillNeeds);
    assert.equal(textAt(text, stillNeeds.range), 'your needs');
  });

  it('clears diagnostics on close', async () => {
    const uri = `${base}/close.md`;
    assert.ok((await client.open(uri, 'We meet your needs.')).length > 0);
    assert.deepEqual(await client.close(uri), []);
  });

  it('publishes nothing for text with no findings', async () => {
    const diags = await client.open(`${base}/clean.md`, 'We ship the plan on Friday and measure the result.');
    assert.deepEqual(diags, []);
  });
});
