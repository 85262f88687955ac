// Words around a match, read within its sentence, for the rules' context checks.

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

const ABBREVIATION = /\b(?:e\.g|i\.e|etc|vs|mr|mrs|ms|dr|inc|st|approx|no)\.$/i;
const CLOSERS = /["”’')\]*_]/;

/**
 * Where sentences break in a block's prose: after . ! ? (and any closing quotes or
 * brackets) before white space, at a table cell's | and at a blank line. Computed
 * once per block, so finding a match's sentence costs a binary search.
 */
function sentenceBreaks(prose: string): number[] {
  const breaks = [0];
  for (let i = 0; i < prose.length; i++) {
    const c = prose[i];
    if (c === '|') breaks.push(i, i + 1);
    else if (c === '\n' && prose[i + 1] === '\n') breaks.push(i);
    else if ((c === '.' || c === '!' || c === '?') && (i + 1 >= prose.length || /\s/.test(prose[i + 1]) || CLOSERS.test(prose[i + 1]))) {
      let e = i + 1;
      while (e < prose.length && CLOSERS.test(prose[e])) e++;
      if (e < prose.length && !/\s/.test(prose[e])) continue;
      if (c === '.' && ABBREVIATION.test(prose.slice(Math.max(0, i - 5), i + 1))) continue;
      breaks.push(e);
      i = e - 1;
    }
  }
  breaks.push(prose.length);
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

// Guard phrases are the catalog's constants: each is split into words once.
const split = new Map<string, string[]>();
function phraseWords(phrase: string): string[] {
  let words = split.get(phrase);
  if (!words) split.set(phrase, (words = phrase.split(' ')));
  return words;
}

/** Whether `words` ends with the words of `phrase`. */
export function endsWithPhrase(words: string[], phrase: string): boolean {
  const p = phraseWords(phrase);
  if (p.length > words.length) return false;
  for (let i = 0; i < p.length; i++) if (words[words.length - p.length + i] !== p[i]) return false;
  return true;
}

/** Whether `words` starts with the words of `phrase`. */
export function startsWithPhrase(words: string[], phrase: string): boolean {
  const p = phraseWords(phrase);
  if (p.length > words.length) return false;
  for (let i = 0; i < p.length; i++) if (words[i] !== p[i]) return false;
  return true;
}

export function hasPhrase(words: string[], phrase: string): boolean {
  if (!phrase.includes(' ')) return words.includes(phrase);
  const p = phraseWords(phrase);
  outer: for (let i = 0; i + p.length <= words.length; i++) {
    for (let j = 0; j < p.length; j++) if (words[i + j] !== p[j]) continue outer;
    return true;
  }
  return false;
}
