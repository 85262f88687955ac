// Removing a phrase must leave a clean sentence: the whole sentence goes when it
// is nothing but the phrase, otherwise the phrase and its joining punctuation go
// and the next word takes the capital.

export interface BlockEdit {
  from: number;
  to: number;
  text: string;
}

const CLAUSE_BREAK = /[;:]|,\s*(?:and |but |so |then |because )?(?:i|we|you|they|the|our|here|attached|please|let|it|this|that|as|in|on|at|to)\b|\b(?:and|but)\s+(?:i|we|you|they)\b|\s[—–-]\s/i;

/** The rest of the sentence after a gratitude phrase, when it carries nothing of its own. */
function isTrailingFiller(rest: string): boolean {
  const body = rest.replace(/[\s.!?…"”’')\]*_]+$/, '');
  if (body.trim() === '') return true;
  if (CLAUSE_BREAK.test(body)) return false;
  return body.trim().split(/\s+/).length <= 14;
}

export function removalEdits(prose: string, sentStart: number, sentEnd: number, start: number, end: number, lead?: string): BlockEdit[][] {
  const atSentenceStart = /^[\s"“'‘(*_>-]*$/.test(prose.slice(sentStart, start));
  const rest = prose.slice(end, sentEnd);
  if (atSentenceStart && isTrailingFiller(rest)) {
    let from = sentStart;
    while (from < start && /["“'‘(*_]/.test(prose[from]) === false && /\s/.test(prose[from])) from++;
    let to = sentEnd;
    // Take the space after the sentence, or before it when it ends the block.
    if (/[ \t]/.test(prose[to] ?? '')) {
      while (/[ \t]/.test(prose[to] ?? '')) to++;
    } else {
      while (from > 0 && /[ \t]/.test(prose[from - 1])) from--;
    }
    const alternatives: BlockEdit[][] = [[{ from, to, text: '' }]];
    if (lead) alternatives.push([{ from: sentStart, to: sentEnd, text: lead }]);
    return alternatives;
  }
  // "Thank you for your time, and I look forward to ..." -> "I look forward to ..."
  const after = /^\s*(?:,|;|—|–| -)\s*(?:and\s+|but\s+|so\s+)?/.exec(prose.slice(end, end + 12));
  if (after && after[0].length > 0 && /[,;—–-]/.test(after[0])) {
    const to = end + after[0].length;
    if (atSentenceStart) {
      const next = prose[to] ?? '';
      return [[{ from: start, to: to + (next ? 1 : 0), text: next.toUpperCase() }]];
    }
    return [[{ from: start, to, text: '' }]];
  }
  // "Great call, and thanks for your time." -> "Great call."
  const before = /(?:,|;|—|–)?\s*(?:and|but|so|also)?\s*$/.exec(prose.slice(Math.max(sentStart, start - 12), start));
  if (before && before[0].length > 0 && !atSentenceStart) {
    return [[{ from: start - before[0].length, to: end, text: '' }]];
  }
  // Otherwise drop the phrase and one neighbouring space.
  let from = start;
  let to = end;
  if (prose[to] === ' ') to++;
  else if (prose[from - 1] === ' ') from--;
  if (atSentenceStart && to < prose.length && /[a-z]/.test(prose[to])) {
    return [[{ from, to: to + 1, text: prose[to].toUpperCase() }]];
  }
  return [[{ from, to, text: '' }]];
}
