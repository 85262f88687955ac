// Removing a phrase must leave a clean sentence: the whole sentence goes when it
// is nothing but the phrase, otherwise the phrase and its joining punctuation go
// and the next word takes the capital.

export interface BlockEdit {
  from: number;
  to: number;
  text: string;
}

const CLAUSE_BREAK = /[;:]|,\s*(?:and |but |so |then |because )?(?:i|we|you|they|the|our|here|attached|please|let|it|this|that|as|in|on|at|to)\b|\b(?:and|but)\s+(?:i|we|you|they)\b|\s[—–-]\s/i;

// Made once: a literal in a function made a new expression object at each call.
const TRAILING_MARKS = /[\s.!?…"”’')\]*_]+$/;
const SPACES = /\s+/;
const NOTHING_BEFORE = /^[\s"“'‘(*_>-]*$/;
const OPENING_MARK = /["“'‘(*_]/;
const SPACE = /\s/;
const BLANK = /[ \t]/;
const JOIN_AFTER = /^\s*(?:,|;|—|–| -)\s*(?:and\s+|but\s+|so\s+)?/;
const JOINING_MARK = /[,;—–-]/;
const JOIN_BEFORE = /(?:,|;|—|–)?\s*(?:and|but|so|also)?\s*$/;
const LOWER = /[a-z]/;

/** The rest of the sentence after a gratitude phrase, when it carries nothing of its own. */
function isTrailingFiller(rest: string): boolean {
  const body = rest.replace(TRAILING_MARKS, '');
  if (body.trim() === '') return true;
  if (CLAUSE_BREAK.test(body)) return false;
  return body.trim().split(SPACES).length <= 14;
}

export function removalEdits(prose: string, sentStart: number, sentEnd: number, start: number, end: number, lead?: string): BlockEdit[][] {
  const atSentenceStart = NOTHING_BEFORE.test(prose.slice(sentStart, start));
  const rest = prose.slice(end, sentEnd);
  if (atSentenceStart && isTrailingFiller(rest)) {
    let from = sentStart;
    while (from < start && OPENING_MARK.test(prose[from]) === false && SPACE.test(prose[from])) from++;
    let to = sentEnd;
    // Take the space after the sentence, or before it when it ends the block.
    if (BLANK.test(prose[to] ?? '')) {
      while (BLANK.test(prose[to] ?? '')) to++;
    } else {
      while (from > 0 && BLANK.test(prose[from - 1])) from--;
    }
    const alternatives: BlockEdit[][] = [[{ from, to, text: '' }]];
    if (lead) alternatives.push([{ from: sentStart, to: sentEnd, text: lead }]);
    return alternatives;
  }
  // "Thank you for your time, and I look forward to ..." -> "I look forward to ..."
  const after = JOIN_AFTER.exec(prose.slice(end, end + 12));
  if (after && after[0].length > 0 && JOINING_MARK.test(after[0])) {
    const to = end + after[0].length;
    if (atSentenceStart) {
      const next = prose[to] ?? '';
      return [[{ from: start, to: to + (next ? 1 : 0), text: next.toUpperCase() }]];
    }
    return [[{ from: start, to, text: '' }]];
  }
  // "Great call, and thanks for your time." -> "Great call."
  const before = JOIN_BEFORE.exec(prose.slice(Math.max(sentStart, start - 12), start));
  if (before && before[0].length > 0 && !atSentenceStart) {
    return [[{ from: start - before[0].length, to: end, text: '' }]];
  }
  // Otherwise drop the phrase and one neighbouring space.
  let from = start;
  let to = end;
  if (prose[to] === ' ') to++;
  else if (prose[from - 1] === ' ') from--;
  if (atSentenceStart && to < prose.length && LOWER.test(prose[to])) {
    return [[{ from, to: to + 1, text: prose[to].toUpperCase() }]];
  }
  return [[{ from, to, text: '' }]];
}
