// "Fix all": the preferred fix of every fixable finding, as one set of edits that
// a client can apply at once (LSP forbids overlapping edits in one change).
import type { Finding, Position, Range, TextEdit } from '../../../shared/src/findings';
import { RULES } from '../../../shared/src/rules';

/** Rules whose rewrites are suggestions the writer chooses: Fix all leaves them alone. */
export const SUGGESTIONS_ONLY = new Set<string>(RULES.filter((r) => !r.fixAll).map((r) => r.id));

function compare(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** True when applying both would be ambiguous: they overlap, or insert at the same point. */
function conflicts(a: Range, b: Range): boolean {
  if (compare(a.start, b.end) < 0 && compare(b.start, a.end) < 0) return true;
  return compare(a.start, b.start) === 0 && (compare(a.start, a.end) === 0 || compare(b.start, b.end) === 0);
}

/**
 * Takes findings in document order and keeps a fix only if none of its edits
 * touches an edit already taken. Taken edits stay sorted, so each check is a
 * binary search plus its neighbours: n log n for the whole document.
 */
export function fixAllEdits(findings: readonly Finding[]): TextEdit[] {
  const ordered = findings.filter((f) => f.fixes.length > 0 && f.fixes[0].edits.length > 0 && !SUGGESTIONS_ONLY.has(f.ruleId));
  ordered.sort((a, b) => compare(a.range.start, b.range.start));
  const taken: TextEdit[] = [];
  const insertAt = (r: Range) => {
    let lo = 0;
    let hi = taken.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(taken[mid].range.start, r.start) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const free = (r: Range) => {
    const i = insertAt(r);
    // Edits in `taken` never overlap each other, so only the neighbours can reach r.
    for (let j = Math.max(0, i - 1); j < Math.min(taken.length, i + 2); j++) if (conflicts(taken[j].range, r)) return false;
    return true;
  };
  for (const finding of ordered) {
    const edits = finding.fixes[0].edits;
    if (!edits.every((e) => free(e.range))) continue;
    if (!edits.every((e, i) => edits.every((o, k) => k === i || !conflicts(e.range, o.range)))) continue;
    for (const e of edits) taken.splice(insertAt(e.range), 0, { range: e.range, newText: e.newText });
  }
  return taken;
}
