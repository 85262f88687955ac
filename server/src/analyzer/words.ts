// Words around a match, read within its sentence, for the rules' context checks.

import { isSpace } from './chars';
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

/**
 * The words of [lo, at) as far as phrases of up to `most` words need them: read back
 * only over the last `most` + 1 runs of non-white-space, which give the same last
 * words as the whole stretch (a word never spans white space, so reading from after
 * white space starts at a word of the whole reading), and the whole stretch when they
 * hold fewer than `most` words. A match's guard asks for a word or three; the stretch
 * is up to 160 characters.
 */
export function wordsBefore(text: string, lo: number, at: number, most: number): string[] {
  let from = at;
  for (let runs = 0; runs <= most && from > lo; runs++) {
    while (from > lo && isSpace(text.charCodeAt(from - 1))) from--;
    while (from > lo && !isSpace(text.charCodeAt(from - 1))) from--;
  }
  const words = wordsIn(text.slice(from, at));
  return words.length < most && from > lo ? wordsIn(text.slice(lo, at)) : words;
}

/** The words of [at, hi) as far as phrases of up to `most` words need them: the first words of the stretch, as wordsBefore gives the last. */
export function wordsAfter(text: string, at: number, hi: number, most: number): string[] {
  let to = at;
  for (let runs = 0; runs <= most && to < hi; runs++) {
    while (to < hi && isSpace(text.charCodeAt(to))) to++;
    while (to < hi && !isSpace(text.charCodeAt(to))) to++;
  }
  const words = wordsIn(text.slice(at, to));
  return words.length < most && to < hi ? wordsIn(text.slice(at, hi)) : words;
}

const ABBREVIATION = /\b(?:e\.g|i\.e|etc|vs|mr|mrs|ms|dr|inc|st|approx|no)\.$/i;

/** " ” ’ ' ) ] * _: what may close a sentence after its stop. */
function isCloser(c: number): boolean {
  return c === 34 || c === 8221 || c === 8217 || c === 39 || c === 41 || c === 93 || c === 42 || c === 95;
}

/**
 * Where sentences break in a block's prose: after . ! ? (and any closing quotes or
 * brackets) before white space, at a table cell's | and at a blank line. Computed
 * once per block, so finding a match's sentence costs a binary search.
 */
function sentenceBreaks(prose: string): number[] {
  const breaks = [0];
  const n = prose.length;
  for (let i = 0; i < n; i++) {
    const c = prose.charCodeAt(i);
    if (c === 124) breaks.push(i, i + 1);
    else if (c === 10 && prose.charCodeAt(i + 1) === 10) breaks.push(i);
    else if ((c === 46 || c === 33 || c === 63) && (i + 1 >= n || isSpace(prose.charCodeAt(i + 1)) || isCloser(prose.charCodeAt(i + 1)))) {
      let e = i + 1;
      while (e < n && isCloser(prose.charCodeAt(e))) e++;
      if (e < n && !isSpace(prose.charCodeAt(e))) continue;
      if (c === 46 && ABBREVIATION.test(prose.slice(Math.max(0, i - 5), i + 1))) continue;
      breaks.push(e);
      i = e - 1;
    }
  }
  breaks.push(n);
  return breaks;
}

let cachedProse: string | undefined;
let cachedBreaks: number[] = [];

/** Sentence bounds around [start, end) in a block's prose: [sentenceStart, sentenceEnd), at most 600 characters either side. */
export function sentenceAround(prose: string, start: number, end: number): [number, number] {
  if (prose !== cachedProse) {
    cachedProse = prose;
    cachedBreaks = sentenceBreaks(prose);
  }
  const b = cachedBreaks;
  // The last break at or before start, and the first at or after end.
  const lo = lastAtOrBefore(b, start);
  let s = Math.max(b[lo], start - 600);
  let k = lo;
  while (k < b.length && b[k] < end) k++;
  const e = Math.min(k < b.length ? b[k] : prose.length, end + 600);
  while (s < start && /\s/.test(prose[s])) s++;
  return [s, e];
}

/**
 * A list of guard phrases, split into words once when the rules are compiled: single
 * words in a set, so a sentence is read once whatever the length of the list, and
 * longer phrases as lists of words.
 */
export interface PhraseList {
  single: ReadonlySet<string>;
  multi: readonly string[][];
  /** The most words in a phrase of the list. */
  most: number;
}

export function phraseList(phrases: readonly string[]): PhraseList {
  const split = phrases.map((p) => p.split(' '));
  return { single: new Set(split.filter((w) => w.length === 1).map((w) => w[0])), multi: split.filter((w) => w.length > 1), most: Math.max(0, ...split.map((w) => w.length)) };
}

/** Whether `words` ends with the words of one of the phrases. */
export function endsWithAny(words: readonly string[], list: PhraseList): boolean {
  if (words.length > 0 && list.single.has(words[words.length - 1])) return true;
  return list.multi.some((p) => p.length <= words.length && p.every((w, i) => words[words.length - p.length + i] === w));
}

/** Whether `words` starts with the words of one of the phrases. */
export function startsWithAny(words: readonly string[], list: PhraseList): boolean {
  if (words.length > 0 && list.single.has(words[0])) return true;
  return list.multi.some((p) => p.length <= words.length && p.every((w, i) => words[i] === w));
}

/** Whether the words of one of the phrases occur together anywhere in `words`. */
export function hasAny(words: readonly string[], list: PhraseList): boolean {
  if (list.single.size > 0) for (const w of words) if (list.single.has(w)) return true;
  return list.multi.some((p) => {
    outer: for (let i = 0; i + p.length <= words.length; i++) {
      for (let j = 0; j < p.length; j++) if (words[i + j] !== p[j]) continue outer;
      return true;
    }
    return false;
  });
}
