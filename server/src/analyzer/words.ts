// Words of a stretch as strings (wordsIn, which tokens.ts reads the same way as offsets)
// and sentence bounds in a block's prose.

import { asciiLower, isSpace, isWordCode } from './chars';
import { withRoomAt } from './int32';
import { lastAtOrBefore } from './sorted';

const WORD = /[a-z0-9$%][a-z0-9'&%.-]*[a-z0-9%]|[a-z0-9$%]/g;

/** The words of a stretch, lower-case, with ’ as ' and no trailing dots. */
export function wordsIn(text: string): string[] {
  // Once for the stretch rather than once a word: lower case, then one apostrophe.
  let lower = text.toLowerCase();
  if (lower.includes('’')) lower = lower.replace(/’/g, "'");
  const words = lower.match(WORD);
  if (!words) return [];
  for (let i = 0; i < words.length; i++) if (words[i].charCodeAt(words[i].length - 1) === 46) words[i] = words[i].replace(/\.+$/, '');
  return words;
}

// Before a full stop, they end no sentence ("e.g. this", "Mr. Smith").
const ABBREVIATIONS = ['e.g', 'i.e', 'etc', 'vs', 'mr', 'mrs', 'ms', 'dr', 'inc', 'st', 'approx', 'no'];


/**
 * Whether the full stop at `dot` ends an abbreviation: as
 * /\b(?:e\.g|…|no)\.$/i finds it in the five characters before the stop and the stop,
 * read by character codes, for it is asked at nearly every full stop of a block.
 */
export function endsAbbreviation(prose: string, dot: number): boolean {
  const lo = Math.max(0, dot - 5);
  next: for (const word of ABBREVIATIONS) {
    const at = dot - word.length;
    if (at < lo || (at > lo && isWordCode(prose.charCodeAt(at - 1)))) continue;
    for (let k = 0; k < word.length; k++) {
      if (asciiLower(prose.charCodeAt(at + k)) !== word.charCodeAt(k)) continue next;
    }
    return true;
  }
  return false;
}

/** " ” ’ ' ) ] * _: what may close a sentence after its stop. */
function isCloser(c: number): boolean {
  return c === 34 || c === 8221 || c === 8217 || c === 39 || c === 41 || c === 93 || c === 42 || c === 95;
}

/**
 * Where sentences break in a block's prose: after . ! ? (and any closing quotes or
 * brackets) before white space, at a table cell's | and at a blank line. Computed
 * once per block, so finding a match's sentence costs a binary search. Into one list
 * kept from block to block: a block is read to its end before the next.
 */
function sentenceBreaks(prose: string): void {
  breakCount = 0;
  addBreak(0);
  const n = prose.length;
  for (let i = 0; i < n; i++) {
    const c = prose.charCodeAt(i);
    if (c === 124) {
      addBreak(i);
      addBreak(i + 1);
    } else if (c === 10 && prose.charCodeAt(i + 1) === 10) addBreak(i);
    else if ((c === 46 || c === 33 || c === 63) && (i + 1 >= n || isSpace(prose.charCodeAt(i + 1)) || isCloser(prose.charCodeAt(i + 1)))) {
      let e = i + 1;
      while (e < n && isCloser(prose.charCodeAt(e))) e++;
      if (e < n && !isSpace(prose.charCodeAt(e))) continue;
      if (c === 46 && endsAbbreviation(prose, i)) continue;
      addBreak(e);
      i = e - 1;
    }
  }
  addBreak(n);
}

function addBreak(at: number): void {
  breaks = withRoomAt(breaks, breakCount);
  breaks[breakCount++] = at;
}

let cachedProse: string | undefined;
let breaks = new Int32Array(64);
let breakCount = 0;

/** A sentence's bounds, as sentenceAround last found them: one for the process, read before the next call. */
export interface SentenceBounds {
  start: number;
  end: number;
}

const SENTENCE: SentenceBounds = { start: 0, end: 0 };

/** Sentence bounds around [start, end) in a block's prose, at most 600 characters either side. */
export function sentenceAround(prose: string, start: number, end: number): Readonly<SentenceBounds> {
  if (prose !== cachedProse) {
    cachedProse = prose;
    sentenceBreaks(prose);
  }
  const b = breaks;
  // The last break at or before start, and the first at or after end.
  const lo = lastAtOrBefore(b, start, breakCount);
  let s = Math.max(b[lo], start - 600);
  let k = lo;
  while (k < breakCount && b[k] < end) k++;
  const e = Math.min(k < breakCount ? b[k] : prose.length, end + 600);
  while (s < start && isSpace(prose.charCodeAt(s))) s++;
  SENTENCE.start = s;
  SENTENCE.end = e;
  return SENTENCE;
}
