// Words of a stretch as strings (wordsIn, which tokens.ts reads the same way as offsets)
// and sentence bounds in a block's prose.

import { asciiLower, isSpace, isWordCode } from './chars';

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
 * Whether a sentence breaks at `p` of the prose: after . ! ? (and any closing quotes
 * or brackets) before white space, on either side of a table cell's |, at a blank
 * line, and at both ends. Asked near a match only: each answer reads a few characters
 * around p, where a list of a block's breaks was made by reading all of it.
 */
function breaksAt(prose: string, p: number): boolean {
  if (p === 0 || p >= prose.length) return true;
  const c = prose.charCodeAt(p);
  if (c === 124 || prose.charCodeAt(p - 1) === 124) return true;
  if (c === 10 && prose.charCodeAt(p + 1) === 10) return true;
  if (!isSpace(c)) return false;
  let j = p - 1;
  while (j >= 0 && isCloser(prose.charCodeAt(j))) j--;
  if (j < 0) return false;
  const stop = prose.charCodeAt(j);
  if (stop !== 46 && stop !== 33 && stop !== 63) return false;
  return !(stop === 46 && endsAbbreviation(prose, j));
}

/** A sentence's bounds, as sentenceAround last found them: one for the process, read before the next call. */
export interface SentenceBounds {
  start: number;
  end: number;
}

const SENTENCE: SentenceBounds = { start: 0, end: 0 };

/** Sentence bounds around [start, end) in a block's prose, at most 600 characters either side. */
export function sentenceAround(prose: string, start: number, end: number): Readonly<SentenceBounds> {
  // The last break at or before start, and the first at or after end, within 600 characters.
  const floor = Math.max(0, start - 600);
  let s = start;
  while (s > floor && !breaksAt(prose, s)) s--;
  const ceiling = Math.min(prose.length, end + 600);
  let e = end;
  while (e < ceiling && !breaksAt(prose, e)) e++;
  while (s < start && isSpace(prose.charCodeAt(s))) s++;
  SENTENCE.start = s;
  SENTENCE.end = e;
  return SENTENCE;
}
