// A document analyzer reuses the results of chunks an edit did not touch; after any
// sequence of edits its output must equal a fresh analysis of the same text.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze, createDocumentAnalyzer } from '../../server/src/analyzer';
import { seeded } from '../helpers/seeded';

const sample = readFileSync(path.join(__dirname, '..', '..', 'samples', 'playbook.md'), 'utf8');

// Pieces chosen to open and close the structures chunks depend on: fences, HTML
// blocks, front matter, blank lines, list and quote markers, and rule phrases.
const PIECES = ['\n', '\n\n', '\r\n', '```\n', '~~~', '<!-- ', ' -->', '<div>\n', '</div>', '---\n', '# ', '> ', '- ', '    ',
  'Thank you for your time. ', 'your needs', 'decide', 'the best price', 'my contact at Acme', 'build rapport', '`code`',
  '[link](https://example.com/your-needs)', '<!-- valued-disable-next-line -->\n', 'needs ', '😀', '漢字', ' ', 'a'];

const shape = (findings: ReturnType<typeof analyze>) => JSON.stringify(findings);

for (const languageId of ['markdown', 'plaintext'] as const) {
  describe(`document analyzer (${languageId})`, () => {
    it('agrees with a full analysis after every one of 300 random edits', () => {
      const rand = seeded(languageId === 'markdown' ? 11 : 29);
      const doc = createDocumentAnalyzer();
      let text = sample;
      for (let i = 0; i < 300; i++) {
        const at = rand(text.length + 1);
        const del = rand(3) === 0 ? rand(Math.min(40, text.length - at) + 1) : 0;
        const insert = rand(4) === 0 ? '' : PIECES[rand(PIECES.length)];
        text = text.slice(0, at) + insert + text.slice(at + del);
        const incremental = doc.analyze(text, { languageId });
        const full = analyze(text, { languageId });
        assert.equal(shape(incremental), shape(full), `edit ${i}: inserted ${JSON.stringify(insert)} at ${at}, deleted ${del}`);
      }
    });

    it('agrees with a full analysis while typing: 400 single characters and deletions', () => {
      const rand = seeded(languageId === 'markdown' ? 5 : 17);
      const keys = 'abcdefghijklmnopqrstuvwxyz     .,;\'"`~<>-!?]/\n\r\t#*';
      const doc = createDocumentAnalyzer();
      let text = sample + 'Thank you for your time';
      for (let i = 0; i < 400; i++) {
        const at = rand(text.length + 1);
        text = rand(5) === 0 ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + keys[rand(keys.length)] + text.slice(at);
        assert.equal(shape(doc.analyze(text, { languageId })), shape(analyze(text, { languageId })), `keystroke ${i} at ${at}`);
      }
    });

    it('reuses unchanged chunks: shifted findings keep their text and move with the edit', () => {
      const doc = createDocumentAnalyzer();
      const before = doc.analyze(sample, { languageId });
      // Two lines added after the front matter, before the first heading.
      const at = sample.indexOf('\n# ') + 1;
      const shifted = doc.analyze(sample.slice(0, at) + 'A new paragraph.\n\n' + sample.slice(at), { languageId });
      assert.ok(before.length > 5, 'the sample should have findings');
      assert.deepEqual(shifted.map((f) => f.text), before.map((f) => f.text));
      const line = sample.slice(0, at).split('\n').length - 1;
      assert.deepEqual(shifted.map((f) => f.range.start.line), before.map((f) => f.range.start.line + (f.range.start.line >= line ? 2 : 0)));
    });

    it('reads text typed at the very end of the document', () => {
      const doc = createDocumentAnalyzer();
      doc.analyze('Start.', { languageId });
      const found = doc.analyze('Start. Thank you for your time.', { languageId });
      assert.deepEqual(found.map((f) => f.ruleId), ['thanks-for-time']);
    });

    it('sees a CRLF split in two by an edit between its halves', () => {
      const doc = createDocumentAnalyzer();
      const text = 'First line with some words.\r\nWe meet your needs.\r\n';
      doc.analyze(text, { languageId });
      const at = text.indexOf('\r') + 1;
      const edited = text.slice(0, at) + 'x' + text.slice(at);
      assert.equal(shape(doc.analyze(edited, { languageId })), shape(analyze(edited, { languageId })));
    });

    it('applies changed options at once', () => {
      const doc = createDocumentAnalyzer();
      assert.ok(doc.analyze(sample, { languageId }).some((f) => f.ruleId === 'needs-noun'));
      assert.ok(!doc.analyze(sample, { languageId, rules: { 'needs-noun': 'off' } }).some((f) => f.ruleId === 'needs-noun'));
    });
  });
}
