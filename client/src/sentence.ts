// The sentence a finding sits in, cut from its line, so the report shows the
// flagged words in context without dumping a whole paragraph-long line.

const MAX_CONTEXT = 240;
const TERMINATOR = /[.!?…]["'”’)\]]*\s/g;

export interface SentenceContext {
  /** Text before the flagged words, within the sentence. */
  before: string;
  flagged: string;
  after: string;
}

/**
 * `start` and `end` are UTF-16 offsets into `line`; `end` may run past the line
 * when a finding spans lines, in which case the rest of the line is flagged.
 */
export function sentenceAround(line: string, start: number, end: number): SentenceContext {
  const s = clamp(start, 0, line.length);
  const e = clamp(end, s, line.length);
  let from = 0;
  TERMINATOR.lastIndex = 0;
  for (let m = TERMINATOR.exec(line); m !== null && m.index + m[0].length <= s; m = TERMINATOR.exec(line)) {
    from = m.index + m[0].length;
  }
  let to = line.length;
  TERMINATOR.lastIndex = e;
  const next = TERMINATOR.exec(line);
  if (next !== null) to = next.index + next[0].length;
  let before = line.slice(from, s);
  let after = line.slice(e, to);
  const room = Math.max(0, MAX_CONTEXT - (e - s));
  if (before.length + after.length > room) {
    const half = Math.floor(room / 2);
    if (before.length > half) before = '…' + before.slice(before.length - half);
    if (after.length > half) after = after.slice(0, half) + '…';
  }
  return { before: before.trimStart(), flagged: line.slice(s, e), after: after.trimEnd() };
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(Math.max(n, lo), hi);
}

const BLOCK_MARKERS = /^\s*(?:>\s*)*(?:[-*+]\s+|\d+[.)]\s+)?(?:#{1,6}\s+)?/;
const INLINE_MARKERS = /\*\*|__|`/g;

/** The same context without Markdown's block markers and emphasis, as a reader sees it rendered. */
export function readableMarkdown(c: SentenceContext, startsLine: boolean): SentenceContext {
  const before = startsLine ? c.before.replace(BLOCK_MARKERS, '') : c.before;
  return {
    before: before.replace(INLINE_MARKERS, ''),
    flagged: c.flagged.replace(INLINE_MARKERS, ''),
    after: c.after.replace(INLINE_MARKERS, ''),
  };
}

/** Whether the sentence holding `start` is the first on its line (so block markers may precede it). */
export function sentenceStartsLine(line: string, start: number): boolean {
  TERMINATOR.lastIndex = 0;
  const m = TERMINATOR.exec(line);
  return m === null || m.index + m[0].length > start;
}
