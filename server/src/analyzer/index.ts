// TEMPORARY STUB: replaced by the real analyzer. Same signature and output shape.
import type { AnalyzeOptions, Finding } from '../../../shared/src/findings';

const STUB = [
  { ruleId: 'thanks-for-time', re: /thank(?:s| you) for (?:your|taking the) time/gi, severity: 'warning' as const, rewrite: '' },
  { ruleId: 'needs-noun', re: /your needs/gi, severity: 'warning' as const, rewrite: 'your business' },
  { ruleId: 'transaction-word', re: /\bdecide\b|\bdecision\b/gi, severity: 'information' as const, rewrite: 'direction' },
];

export function analyze(text: string, options: AnalyzeOptions): Finding[] {
  void options;
  const out: Finding[] = [];
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const pos = (o: number) => {
    let l = 0;
    while (l + 1 < starts.length && starts[l + 1] <= o) l++;
    return { line: l, character: o - starts[l] };
  };
  for (const r of STUB) {
    for (const m of text.matchAll(r.re)) {
      const range = { start: pos(m.index!), end: pos(m.index! + m[0].length) };
      out.push({ ruleId: r.ruleId, severity: r.severity, message: 'stub', range, text: m[0], fixes: [{ title: `Replace with "${r.rewrite}"`, edits: [{ range, newText: r.rewrite }] }] });
    }
  }
  return out;
}

/**
 * One per open document: the real version reuses the results of blocks an edit
 * did not touch. Its output is always identical to `analyze` on the same text.
 */
export function createDocumentAnalyzer(): { analyze(text: string, options: AnalyzeOptions): Finding[] } {
  return { analyze };
}
