// Anchor words found by reading the text once, run of word characters by run, where an
// expression of all the words (a trie of 600) was asked at every word start: on a
// megabyte of mail that expression and the work around it took nearly twice as long
// as the whole "find these phrases" floor. Each run is hashed as it is read; a run
// may open a word only when its hash, or the hash of it and the run before it, is
// set in a bitmap of the words' first runs and first pairs of runs. Those few runs
// (one in forty) are then compared with the words, by character codes, longest first.
// The same pass notes where lines start, which of them chunk cuts are looked for at,
// and where a few chosen characters are, so no other pass over the whole text is
// needed to place findings on lines, to cut chunks or to say which stretches of it
// hold the characters it marks (see AnchorIndex).
import { asciiLower, isSpace, isWordCode } from './chars';
import { isBlankLineCut, mayOpen } from './chunks';
import { withRoomAt } from './int32';


const SPACE = 32;
const LF = 10;
const CR = 13;
/** What a character is to the pass: part of a run, a line break, a mark, or none of these. */
const OTHER = 0;
const WORD_CHARACTER = 1;
const BREAK = 2;
const MARK = 3;
/** A character marked only right after a run that ends with one of its words (see AnchorWords' `afterWords`). */
const TRAIL = 4;

/**
 * Whether the expression that held `word` (anchorsSource: \b, the letters ignoring
 * case, \s+ for a space, ['’] for ', \b) can be read here: a word with word characters
 * at both ends, whose letters change case only if they are ASCII, as a non-Unicode
 * expression folds no other letter to ASCII and this reading folds no other at all.
 */
export function isScannable(word: string): boolean {
  if (!/^\w(?:.*\w)?$/.test(word)) return false;
  for (const c of word) if (c.charCodeAt(0) >= 128 && c !== '’' && c.toLowerCase() !== c.toUpperCase()) return false;
  return true;
}

/** A word as normalizeWord holds it (lower case, ' for ’, one space), with what a hit on it reports. */
export interface ScannedWord<T> {
  word: string;
  value: T;
}

/** The words that open with one run of word characters, longest first: where several are written, the longest is the hit. */
interface Opening<T> {
  run: string;
  words: Array<ScannedWord<T>>;
}

/** A run's hash: each character, lower-cased, folded in. */
const step = (h: number, c: number) => ((h << 5) | (h >>> 27)) ^ c;
const pairKey = (first: number, second: number) => (Math.imul(first, 1000003) + second) | 0;
/** A bitmap of 65,536 bits, 8 KB: the words' hashes rarely share a bit, and a run's rarely lands on one of theirs. */
const bitOf = (key: number) => (key ^ (key >>> 16)) & 0xffff;

function hashOf(run: string): number {
  let h = 0;
  for (let k = 0; k < run.length; k++) h = step(h, run.charCodeAt(k) | 32);
  return h;
}



export class AnchorWords<T> {
  private readonly openings = new Map<number, Array<Opening<T>>>();
  /** The first runs of the words that are one run. */
  private readonly singles = new Uint8Array(8192);
  /** The first two runs of the words of several runs, when no word of one run opens with the same run. */
  private readonly pairs = new Uint8Array(8192);
  /** What each ASCII character is to the pass: OTHER, WORD_CHARACTER, BREAK or MARK. */
  private readonly kinds = new Uint8Array(128);
  /** The hits of the last scan: text[at[k], ...) is a word whose value is values[k]. */
  at = new Int32Array(256);
  values: T[] = [];
  length = 0;
  /** Where each line of the last text scanned starts, as LSP counts lines (\r\n, \n, a lone \r): lineStarts[0, lineCount). */
  lineStarts = new Int32Array(1024);
  lineCount = 0;
  /** Where the marked characters of the last text scanned are, in order: marks[0, markCount). */
  marks = new Int32Array(256);
  markCount = 0;
  /** The line starts of the last text scanned where a Markdown chunk may be cut (chunks.ts' isBlankLineCut): afterBlank[0, afterBlankCount). */
  afterBlank = new Int32Array(256);
  afterBlankCount = 0;
  /** The line starts that may open a region chunks keep whole (chunks.ts' mayOpen): opening[0, openingCount). */
  opening = new Int32Array(256);
  openingCount = 0;

  /** The words, in lower case, that a TRAIL character is marked after, by its code. */
  private readonly trails: string[][] = [];

  /**
   * `marked`: the characters other than word characters and line breaks whose places
   * the pass notes. `afterWords`: strings of ASCII letters and digits and then one such
   * character, which is noted only where it follows a run of word characters that ends
   * with the letters, in either case; where `marked` also holds it, everywhere.
   */
  constructor(words: ReadonlyArray<ScannedWord<T>>, marked = '', afterWords: readonly string[] = []) {
    for (let c = 0; c < 128; c++) this.kinds[c] = isWordCode(c) ? WORD_CHARACTER : OTHER;
    this.kinds[LF] = this.kinds[CR] = BREAK;
    for (const c of marked) {
      const code = c.charCodeAt(0);
      if (code >= 128 || this.kinds[code] !== OTHER) throw new Error(`"${c}" cannot be marked`);
      this.kinds[code] = MARK;
    }
    for (const w of afterWords) {
      const code = w.charCodeAt(w.length - 1);
      if (!/^[A-Za-z0-9]+$/.test(w.slice(0, -1)) || code >= 128 || (this.kinds[code] !== OTHER && this.kinds[code] !== TRAIL && this.kinds[code] !== MARK)) throw new Error(`"${w}" cannot be marked`);
      if (this.kinds[code] === MARK) continue;
      this.kinds[code] = TRAIL;
      (this.trails[code] ??= []).push(w.slice(0, -1).toLowerCase());
    }
    const byRun = new Map<string, Array<ScannedWord<T>>>();
    for (const w of words) {
      if (!isScannable(w.word)) throw new Error(`"${w.word}" cannot be scanned for`);
      const run = /^\w+/.exec(w.word)![0];
      byRun.set(run, [...(byRun.get(run) ?? []), w]);
    }
    for (const [run, list] of byRun) {
      const h = hashOf(run);
      this.openings.set(h, [...(this.openings.get(h) ?? []), { run, words: list.sort((a, b) => b.word.length - a.word.length) }]);
      if (list.some((w) => w.word === run)) {
        set(this.singles, h);
        continue;
      }
      for (const w of list) set(this.pairs, pairKey(h, hashOf(/^\w+\W+(\w+)/.exec(w.word)![1])));
    }
  }

  /** Every word in the text, in order of position, and any word inside another: the hits are left in at and values. */
  scan(text: string): this {
    this.length = 0;
    const asked = this.runsToAsk(text);
    for (let k = 0; k < asked; k++) this.ask(text, this.askStart[k], this.askEnd[k], this.askHash[k]);
    return this;
  }

  /** The runs the bitmaps let through, in order: text[askStart[k], askEnd[k]) with hash askHash[k]. */
  private askStart = new Int32Array(1024);
  private askEnd = new Int32Array(1024);
  private askHash = new Int32Array(1024);

  // Only finds the runs to ask about; the words are compared in a loop of their own
  // (scan), which kept this loop small enough to be compiled the same way every time.
  private runsToAsk(text: string): number {
    const n = text.length;
    const singles = this.singles;
    const pairs = this.pairs;
    const kinds = this.kinds;
    this.lineStarts[0] = 0;
    let lineCount = 1;
    this.afterBlankCount = this.openingCount = 0;
    if (n > 0) this.noteLine(text, 0);
    let markCount = 0;
    let count = 0;
    // The run before the current one, and the last start to ask about.
    let hPrev = 0;
    let prevStart = -1;
    let prevEnd = 0;
    let lastAsked = -1;
    let i = 0;
    while (i < n) {
      let c = text.charCodeAt(i);
      const kind = c < 128 ? kinds[c] : OTHER;
      if (kind !== WORD_CHARACTER) {
        if (kind === BREAK) {
          // A line starts after \n, and after a \r that no \n follows.
          if (c === LF || i + 1 === n || text.charCodeAt(i + 1) !== LF) {
            this.lineStarts = withRoomAt(this.lineStarts, lineCount);
            this.lineStarts[lineCount++] = i + 1;
            if (i + 1 < n) this.noteLine(text, i + 1);
          }
        } else if (kind === MARK || (kind === TRAIL && prevEnd === i && prevStart >= 0 && this.endsRun(text, prevStart, i, c))) {
          this.marks = withRoomAt(this.marks, markCount);
          this.marks[markCount++] = i;
        }
        i++;
        continue;
      }
      // A run: read to its end in a loop of its own, the text's hottest.
      const start = i;
      let h = 0;
      do {
        // | 32 lower-cases A-Z and leaves a-z and 0-9 as they are; _ becomes 127, in
        // the words' hashes too (hashOf), which is all that matters.
        h = step(h, c | 32);
        if (++i === n) break;
        c = text.charCodeAt(i);
      } while (c < 128 && kinds[c] === WORD_CHARACTER);
      if (count + 2 > this.askStart.length) this.widen();
      if (prevStart >= 0 && prevStart !== lastAsked && isSet(pairs, pairKey(hPrev, h))) {
        this.askStart[count] = lastAsked = prevStart;
        this.askEnd[count] = prevEnd;
        this.askHash[count++] = hPrev;
      }
      if (isSet(singles, h)) {
        this.askStart[count] = lastAsked = start;
        this.askEnd[count] = i;
        this.askHash[count++] = h;
      }
      hPrev = h;
      prevStart = start;
      prevEnd = i;
      // Most runs end at a space, which the outer loop would read again only to pass it.
      if (c === SPACE && i < n) i++;
    }
    this.lineCount = lineCount;
    this.markCount = markCount;
    return count;
  }

  /** Notes the line starting at `at` (within the text) in afterBlank and opening, where it belongs. */
  private noteLine(text: string, at: number): void {
    if (mayOpen(text, at)) {
      this.opening = withRoomAt(this.opening, this.openingCount);
      this.opening[this.openingCount++] = at;
    }
    if (isBlankLineCut(text, at)) {
      this.afterBlank = withRoomAt(this.afterBlank, this.afterBlankCount);
      this.afterBlank[this.afterBlankCount++] = at;
    }
  }

  /** Whether the run text[start, end) ends with one of the words the character `c` is marked after. */
  private endsRun(text: string, start: number, end: number, c: number): boolean {
    const trails = this.trails[c];
    for (let t = 0; t < trails.length; t++) {
      const w = trails[t];
      if (end - start >= w.length && isRun(text, end - w.length, end, w)) return true;
    }
    return false;
  }

  private widen(): void {
    this.askStart = withRoomAt(this.askStart, this.askStart.length);
    this.askEnd = withRoomAt(this.askEnd, this.askEnd.length);
    this.askHash = withRoomAt(this.askHash, this.askHash.length);
  }

  /** Records the longest word written at `start`, whose first run is text[start, runEnd) with hash h, if any. */
  private ask(text: string, start: number, runEnd: number, h: number): void {
    const openings = this.openings.get(h);
    if (openings === undefined) return;
    for (let o = 0; o < openings.length; o++) {
      const { run, words } = openings[o];
      if (!isRun(text, start, runEnd, run)) continue;
      for (let w = 0; w < words.length; w++) {
        if (writtenEnd(text, runEnd, words[w].word, run.length) < 0) continue;
        this.push(start, words[w].value);
        return;
      }
      return;
    }
  }

  private push(at: number, value: T): void {
    this.at = withRoomAt(this.at, this.length);
    this.at[this.length] = at;
    this.values[this.length] = value;
    this.length++;
  }
}

function set(bitmap: Uint8Array, key: number): void {
  const bit = bitOf(key);
  bitmap[bit >> 3] |= 1 << (bit & 7);
}

function isSet(bitmap: Uint8Array, key: number): boolean {
  const bit = bitOf(key);
  return ((bitmap[bit >> 3] >> (bit & 7)) & 1) === 1;
}

/** Whether text[start, runEnd) is `run` in either ASCII case. */
function isRun(text: string, start: number, runEnd: number, run: string): boolean {
  if (runEnd - start !== run.length) return false;
  for (let k = 0; k < run.length; k++) if (asciiLower(text.charCodeAt(start + k)) !== run.charCodeAt(k)) return false;
  return true;
}

/**
 * Where `word` ends when its characters from `k` on are written at text[i...] (a
 * space as any run of white space, ' as ' or ’, letters in either ASCII case) and
 * no word character follows; -1 when they are not.
 */
function writtenEnd(text: string, i: number, word: string, k: number): number {
  const end = writtenTo(text, i, word, k);
  return end >= 0 && end < text.length && isWordCode(text.charCodeAt(end)) ? -1 : end;
}

/**
 * Where `word` ends when its characters from `k` on are written at text[i...], as
 * writtenEnd reads them, whatever follows; -1 when they are not.
 */
export function writtenTo(text: string, i: number, word: string, k: number): number {
  const n = text.length;
  for (; k < word.length; k++) {
    if (i === n) return -1;
    const w = word.charCodeAt(k);
    const c = text.charCodeAt(i);
    if (w === SPACE) {
      if (!isSpace(c)) return -1;
      do i++;
      while (i < n && isSpace(text.charCodeAt(i)));
    } else if (asciiLower(c) === w) i++;
    else return -1;
  }
  return i;
}
