// "Turn off <rule> in .valued.json": edits keep the file's comments and layout.
import * as assert from 'node:assert/strict';
import type { TextEdit } from '../../shared/src/findings';
import { configFileToEdit, parseConfigText, setRuleSeverity } from '../../server/src/config';

/** Applies LSP edits (non-overlapping) to text, independently of the code under test. */
function apply(text: string, edits: TextEdit[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = (p: { line: number; character: number }) => starts[p.line] + p.character;
  return [...edits]
    .sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}

const rulesOf = (text: string) => {
  const parsed = parseConfigText(text, '/ws/.valued.json');
  assert.deepEqual(parsed.problems, [], text);
  return parsed.config.rules;
};

describe('config: editing a rule\'s severity', () => {
  it('changes an existing entry in place, keeping comments', () => {
    const text = '{\n  // team defaults\n  "rules": {\n    "needs-noun": "warning", // discussed in Q3\n    "thanks-for-time": "error"\n  }\n}\n';
    const r = setRuleSeverity(text, 'needs-noun', 'off');
    assert.equal(apply(text, r.edits), r.newText);
    assert.equal(r.newText, text.replace('"needs-noun": "warning"', '"needs-noun": "off"'));
  });

  it('adds an entry to an existing rules object, in the file\'s indentation', () => {
    const text = '{\n    "rules": {\n        "needs-noun": "warning"\n    }\n}\n';
    const r = setRuleSeverity(text, 'single-thread', 'off');
    assert.equal(apply(text, r.edits), r.newText);
    assert.deepEqual(rulesOf(r.newText), { 'needs-noun': 'warning', 'single-thread': 'off' });
    assert.match(r.newText, /^ {8}"single-thread": "off"$/m);
  });

  it('adds a rules object when the file has none, keeping the rest', () => {
    const text = '{\n  // only ignores so far\n  "ignore": ["drafts/**"]\n}\n';
    const r = setRuleSeverity(text, 'transaction-word', 'off');
    assert.equal(apply(text, r.edits), r.newText);
    assert.ok(r.newText.includes('// only ignores so far'));
    assert.deepEqual(rulesOf(r.newText), { 'transaction-word': 'off' });
    assert.deepEqual(parseConfigText(r.newText, '/x').config.ignore, ['drafts/**']);
  });

  it('keeps CRLF line ends', () => {
    const text = '{\r\n  "rules": {\r\n    "needs-noun": "error"\r\n  }\r\n}\r\n';
    const r = setRuleSeverity(text, 'price-concession', 'off');
    assert.ok(!/[^\r]\n/.test(r.newText), JSON.stringify(r.newText));
    assert.deepEqual(rulesOf(r.newText), { 'needs-noun': 'error', 'price-concession': 'off' });
  });

  it('creates a new file, or fills an empty one, with just that entry', () => {
    const created = setRuleSeverity(undefined, 'needs-noun', 'off');
    assert.equal(created.newText, '{\n  "rules": {\n    "needs-noun": "off"\n  }\n}\n');
    assert.deepEqual(created.edits, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: created.newText }]);
    const empty = setRuleSeverity('\n\n', 'needs-noun', 'off');
    assert.equal(apply('\n\n', empty.edits), empty.newText);
    assert.deepEqual(rulesOf(empty.newText), { 'needs-noun': 'off' });
  });

  it('edits the nearest existing file, or creates one in the root folder', () => {
    assert.equal(configFileToEdit(['/ws/.valued.json', '/ws/a/.valued.json'], '/ws'), '/ws/a/.valued.json');
    assert.equal(configFileToEdit([], '/ws'), '/ws/.valued.json');
  });
});
