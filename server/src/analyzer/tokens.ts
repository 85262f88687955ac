// The words of a stretch as offsets into the text, read as wordsIn reads them, and
// the guards' phrase lists matched against them by character codes. A guard asks
// about the words around every match the patterns find; as strings, each ask made an
// array and a string per word, most of a megabyte per megabyte of mail, and every
// allocation costs again in a process that has sat idle (see docs/performance.md).
import { asciiLower, isSpace } from './chars';
import { withRoomAt } from './int32';

/** The words of one stretch: word k is text[starts[k], ends[k]). Reused from one stretch to the next. */
export class Tokens {
  text = '';
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  length = 0;
}

const DOLLAR = 36;
const PERCENT = 37;
const AMPERSAND = 38;
const APOSTROPHE = 39;
const DASH = 45;
const DOT = 46;
/** Lower-cases to "i" and a combining dot, which no word holds: a word ends after it. */
const CAPITAL_I_DOT = 0x130;
const KELVIN = 0x212a;

/**
 * The character code a word is compared by: wordsIn's lower case, with ’ as '. Only
 * ASCII letters, digits and $ % & ' . - take part in words; other characters whose
 * lower case is one of those are İ (an i, then a mark that ends the word) and the
 * Kelvin sign (a k).
 */
export function lowerCode(c: number): number {
  if (c === CAPITAL_I_DOT) return 105;
  if (c === KELVIN) return 107;
  return asciiLower(c);
}

/** What can start a word: a-z 0-9 $ %. */
const opens = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === DOLLAR || c === PERCENT;
/** What can end a word of two or more characters: a-z 0-9 %. */
const closes = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === PERCENT;
/** What a word can hold after its first character: a-z 0-9 ' & % . -. */
const continues = (c: number) => closes(c) || c === APOSTROPHE || c === AMPERSAND || c === DOT || c === DASH;

/**
 * The words of text[lo, hi) into `out`, as wordsIn(text.slice(lo, hi)) finds them:
 * a word opens at a-z 0-9 $ %, runs on over a-z 0-9 ' & % . - and ends at its last
 * a-z 0-9 %, or is its opening character alone.
 */
export function tokenize(text: string, lo: number, hi: number, out: Tokens): Tokens {
  out.text = text;
  out.length = 0;
  let i = lo;
  while (i < hi) {
    const first = text.charCodeAt(i);
    if (!opens(lowerCode(first))) {
      i++;
      continue;
    }
    let end = i + 1;
    let run = i + 1;
    if (first !== CAPITAL_I_DOT) {
      for (; run < hi; run++) {
        const c = text.charCodeAt(run);
        const lower = lowerCode(c);
        if (!continues(lower)) break;
        if (closes(lower)) end = run + 1;
        if (c === CAPITAL_I_DOT) {
          run++;
          break;
        }
      }
    }
    out.starts = withRoomAt(out.starts, out.length);
    out.ends = withRoomAt(out.ends, out.length);
    out.starts[out.length] = i;
    out.ends[out.length] = end;
    out.length++;
    // What the run held past the word's last closing character (' & . -) opens no word.
    i = end;
  }
  return out;
}

/** Word k of `tokens` as wordsIn gives it: lower case, with ' for ’. */
export function wordAt(tokens: Tokens, k: number): string {
  const word = tokens.text.slice(tokens.starts[k], tokens.ends[k]);
  // A word holds only ASCII but for ’, İ and the Kelvin sign, whose lower case String's gives otherwise.
  if (isAscii(word)) return word.toLowerCase();
  let lower = '';
  for (let i = 0; i < word.length; i++) lower += String.fromCharCode(lowerCode(word.charCodeAt(i)));
  return lower;
}

function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Whether word k of `tokens` is `word` (lower case, ' for apostrophes). */
export function isWord(tokens: Tokens, k: number, word: string): boolean {
  const start = tokens.starts[k];
  if (tokens.ends[k] - start !== word.length) return false;
  for (let i = 0; i < word.length; i++) if (lowerCode(tokens.text.charCodeAt(start + i)) !== word.charCodeAt(i)) return false;
  return true;
}

/** A key for a word by its length and its first and last characters: the phrases to compare a word with. */
export function wordKey(length: number, first: number, last: number): number {
  return length * 0x10000 + ((first & 0xff) << 8) + (last & 0xff);
}

/** The key of word k of `tokens`. */
export function tokenKey(tokens: Tokens, k: number): number {
  const start = tokens.starts[k];
  const end = tokens.ends[k];
  return wordKey(end - start, lowerCode(tokens.text.charCodeAt(start)), lowerCode(tokens.text.charCodeAt(end - 1)));
}

/**
 * A list of guard phrases, split into words once when the rules are compiled and
 * filed by their first and last words, so a stretch of words is read once whatever
 * the length of the list.
 */
export interface PhraseList {
  /** The most words in a phrase of the list. */
  most: number;
  /** The phrases by the key (wordKey) of their first word, and of their last: those a word read as offsets can begin or end. */
  byFirst: ReadonlyMap<number, readonly string[][]>;
  byLast: ReadonlyMap<number, readonly string[][]>;
}

export function phraseList(phrases: readonly string[]): PhraseList {
  const split = phrases.map((p) => p.split(' '));
  const byFirst = new Map<number, string[][]>();
  const byLast = new Map<number, string[][]>();
  const keyOf = (w: string) => wordKey(w.length, w.charCodeAt(0), w.charCodeAt(w.length - 1));
  for (const p of split) {
    byFirst.set(keyOf(p[0]), [...(byFirst.get(keyOf(p[0])) ?? []), p]);
    byLast.set(keyOf(p[p.length - 1]), [...(byLast.get(keyOf(p[p.length - 1])) ?? []), p]);
  }
  return { most: Math.max(0, ...split.map((w) => w.length)), byFirst, byLast };
}

/** Whether words [from, to) of `tokens` are `phrase`. */
function isPhraseAt(tokens: Tokens, from: number, phrase: readonly string[]): boolean {
  if (from < 0 || from + phrase.length > tokens.length) return false;
  for (let j = 0; j < phrase.length; j++) if (!isWord(tokens, from + j, phrase[j])) return false;
  return true;
}

/** endsWithAny for words as offsets. */
export function tokensEndWithAny(tokens: Tokens, list: PhraseList): boolean {
  if (tokens.length === 0) return false;
  const phrases = list.byLast.get(tokenKey(tokens, tokens.length - 1));
  if (phrases) for (const p of phrases) if (isPhraseAt(tokens, tokens.length - p.length, p)) return true;
  return false;
}

/** startsWithAny for words as offsets. */
export function tokensStartWithAny(tokens: Tokens, list: PhraseList): boolean {
  if (tokens.length === 0) return false;
  const phrases = list.byFirst.get(tokenKey(tokens, 0));
  if (phrases) for (const p of phrases) if (isPhraseAt(tokens, 0, p)) return true;
  return false;
}

/** hasAny for words as offsets. */
export function tokensHaveAny(tokens: Tokens, list: PhraseList): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const phrases = list.byFirst.get(tokenKey(tokens, k));
    if (phrases) for (const p of phrases) if (isPhraseAt(tokens, k, p)) return true;
  }
  return false;
}

/** wordsBefore as offsets: the words of [lo, at), read back only as far as phrases of up to `most` words need. */
export function tokensBefore(text: string, lo: number, at: number, most: number, out: Tokens): Tokens {
  let from = at;
  for (let runs = 0; runs <= most && from > lo; runs++) {
    while (from > lo && isSpace(text.charCodeAt(from - 1))) from--;
    while (from > lo && !isSpace(text.charCodeAt(from - 1))) from--;
  }
  tokenize(text, from, at, out);
  return out.length < most && from > lo ? tokenize(text, lo, at, out) : out;
}

/** wordsAfter as offsets: the words of [at, hi), read only as far as phrases of up to `most` words need. */
export function tokensAfter(text: string, at: number, hi: number, most: number, out: Tokens): Tokens {
  let to = at;
  for (let runs = 0; runs <= most && to < hi; runs++) {
    while (to < hi && isSpace(text.charCodeAt(to))) to++;
    while (to < hi && !isSpace(text.charCodeAt(to))) to++;
  }
  tokenize(text, at, to, out);
  return out.length < most && to < hi ? tokenize(text, at, hi, out) : out;
}
