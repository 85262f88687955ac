// Fix all applies the first fix of every finding whose rule allows it, never two edits that touch.
import assert from 'node:assert/strict';
import type { Finding } from '../../shared/src/findings';
import { analyze } from '../../server/src/analyzer';
import { fixAllEdits } from '../../server/src/lsp/fix-all';
import { quickFixActions } from '../../server/src/lsp/code-actions';
import { toDiagnostic } from '../../server/src/lsp/diagnostics';
import { applyEdits } from '../helpers/text-edits';

const text = 'Thank you for your time. We meet your needs before you decide on the contract.\n';

describe('fix all', () => {
  const findings: Finding[] = analyze(text, { languageId: 'plaintext' });

  it('leaves the suggestions of transaction-word to the writer', () => {
    assert.ok(findings.some((f) => f.ruleId === 'transaction-word' && f.fixes.length > 0), 'the text should have a transaction-word finding with fixes');
    const fixed = applyEdits(text, fixAllEdits(findings));
    assert.match(fixed, /decide/);
    assert.match(fixed, /contract/);
    assert.doesNotMatch(fixed, /Thank you for your time/);
    assert.match(fixed, /your business/);
    const again = analyze(fixed, { languageId: 'plaintext' }).map((f) => f.ruleId);
    assert.ok(!again.includes('thanks-for-time') && !again.includes('needs-noun'), JSON.stringify(again));
  });

  it('never takes two edits that overlap', () => {
    const a: Finding = { ruleId: 'needs-noun', severity: 'warning', message: '', text: 'ab', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } }, fixes: [{ title: 'x', edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } }, newText: 'X' }] }] };
    const b: Finding = { ...a, range: { start: { line: 0, character: 1 }, end: { line: 0, character: 3 } }, fixes: [{ title: 'y', edits: [{ range: { start: { line: 0, character: 1 }, end: { line: 0, character: 3 } }, newText: 'Y' }] }] };
    assert.equal(fixAllEdits([a, b]).length, 1);
  });

  it('marks the first quick fix preferred, except for suggestions', () => {
    const uri = 'file:///x.txt';
    const actions = quickFixActions(uri, findings.map((f) => toDiagnostic(f)));
    const preferred = (id: string) => actions.filter((a) => a.diagnostics?.[0]?.code === id && a.isPreferred).length;
    assert.equal(preferred('needs-noun'), 1);
    assert.equal(preferred('transaction-word'), 0);
  });
});
