// Mail's commonest Markdown: quotes whose lines hold nothing but a paragraph's text,
// nested or not, and paragraphs whose only syntax is inline (a link, an address in
// angle brackets).
// Chunks are cut at a quote's own blank lines (chunks.ts), so most chunks a hit falls
// in are one such paragraph, and the parser's whole block pass, with its per-line
// lists and the quote's saved state, stood between the chunk and the lines the
// analyzer reads. Where the lines leave no doubt, they are read here instead.

import { withRoomAt } from './int32';

// A line's quote markers, each with the one space that may follow it.
const MARKERS = /(?:> ?)+/y;

const SPACE = 32;
const HASH = 35;
const DASH = 45;
const STAR = 42;
const PLUS = 43;
const EQUALS = 61;
const UNDERSCORE = 95;
const COLON = 58;
const PIPE = 124;
const BACKTICK = 96;
const TILDE = 126;
const LT = 60;
const LBRACKET = 91;
const DOT = 46;
const RPAREN = 41;
const isDigit = (c: number) => c >= 48 && c <= 57;

/** A carriage return, a tab or a NUL: characters the parser reads its own way. */
const READ_OTHERWISE = /[\r\t\0]/;

/** Whether text[from, to) holds nothing but `c` and spaces. */
function onlyOf(text: string, from: number, to: number, c: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) !== c && text.charCodeAt(k) !== SPACE) return false;
  return true;
}

/** Whether text[from, to) holds nothing but - : | and spaces: a table's delimiter row, a rule or an underline may. */
function delimiterLike(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== DASH && c !== COLON && c !== PIPE && c !== SPACE) return false;
  }
  return true;
}

/** How many times `c` stands in text[from, to). */
function countOf(text: string, from: number, to: number, c: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === c) n++;
  return n;
}

/** Whether the bullet at `at` opens a list item: a space or the line's end follows it. */
const listMarkerAt = (text: string, at: number, lineEnd: number) => at + 1 === lineEnd || text.charCodeAt(at + 1) === SPACE;

/** Whether text[from, to) is a thematic break of `c`: three or more, and spaces only besides. */
const thematicBreak = (text: string, from: number, to: number, c: number) => onlyOf(text, from, to, c) && countOf(text, from, to, c) >= 3;

/**
 * Whether the line text[at, lineEnd), from its first character after the quote markers
 * and up to three spaces, may be other than a paragraph's line: an ATX heading (one to
 * six #, then a space or the end), a list item (- * + or one to nine digits and . or ),
 * then a space or the end), a thematic break (three or more of - * _ and spaces only),
 * a setext underline where a paragraph goes on (`continuing`: nothing but - or = and
 * spaces), a table's delimiter row (nothing but - : | and spaces), a fence (three or
 * more ` or ~), HTML, or a link reference definition when the text holds "]:" at all.
 * Mail's "-- ", "-----Original Message-----", "-BB" and "[snip]" are none of these,
 * and a chunk holding one was parsed whole.
 */
function mayOpenBlock(text: string, at: number, lineEnd: number, continuing: boolean, definitions: boolean): boolean {
  const c = text.charCodeAt(at);
  switch (c) {
    case HASH: {
      let k = at;
      while (k < lineEnd && text.charCodeAt(k) === HASH) k++;
      return k - at <= 6 && (k === lineEnd || text.charCodeAt(k) === SPACE);
    }
    case DASH:
      if (listMarkerAt(text, at, lineEnd)) return true;
      return onlyOf(text, at, lineEnd, DASH) ? continuing || countOf(text, at, lineEnd, DASH) >= 3 : delimiterLike(text, at, lineEnd);
    case STAR:
      return listMarkerAt(text, at, lineEnd) || thematicBreak(text, at, lineEnd, STAR);
    case PLUS:
      return listMarkerAt(text, at, lineEnd);
    case UNDERSCORE:
      return thematicBreak(text, at, lineEnd, UNDERSCORE);
    case EQUALS:
      return continuing && onlyOf(text, at, lineEnd, EQUALS);
    case COLON:
    case PIPE:
      return delimiterLike(text, at, lineEnd);
    case BACKTICK:
    case TILDE:
      return at + 2 < lineEnd && text.charCodeAt(at + 1) === c && text.charCodeAt(at + 2) === c;
    case LT:
      return true;
    case LBRACKET:
      return definitions;
    default: {
      if (!isDigit(c)) return false;
      let k = at;
      while (k < lineEnd && k - at < 10 && isDigit(text.charCodeAt(k))) k++;
      const marker = text.charCodeAt(k);
      return k - at <= 9 && (marker === DOT || marker === RPAREN) && (k + 1 === lineEnd || text.charCodeAt(k + 1) === SPACE);
    }
  }
}

/**
 * Paragraphs as offsets: text[bounds[2k], bounds[2k + 1]) for k < count, each from its
 * first line's start to its last line's end (before the line break), as the parser's
 * inline tokens map them. A list is kept and refilled: a chunk's paragraphs are read
 * before the next chunk's are found, and a pair of line numbers for each, turned into
 * offsets through a line index of its own, was most of what such a chunk allocated.
 */
export class ParagraphList {
  bounds = new Int32Array(64);
  count = 0;

  push(start: number, end: number): void {
    this.bounds = withRoomAt(this.bounds, 2 * this.count + 1);
    this.bounds[2 * this.count] = start;
    this.bounds[2 * this.count + 1] = end;
    this.count++;
  }
}

/**
 * The paragraphs of a text of plain lines, quoted or not, and blank lines, into
 * `out`. A line is blank when it holds nothing but quote markers and white space, or
 * nothing; it ends a paragraph. A line quoted deeper than the paragraph it follows
 * opens a quote, and a paragraph in it; one quoted less deeply, or not at all,
 * continues the paragraph (a lazy line), as the parser reads them; so does a line
 * indented four spaces or more, which opens code only where no paragraph goes on.
 * Null when any line may be other than a paragraph's (mayOpenBlock), or the text holds
 * a carriage return or a tab (the parser reads both its own way), or, when it opens the
 * document (`opensDocument`), starts with three dashes: front matter, whatever follows.
 */
export function plainParagraphs(text: string, out = new ParagraphList(), opensDocument = false): ParagraphList | null {
  if (READ_OTHERWISE.test(text) || (opensDocument && text.startsWith('---'))) return null;
  const definitions = text.includes(']:');
  out.count = 0;
  // The open paragraph's start, -1 for none, and how deeply its first line is quoted;
  // where the last line read ends.
  let open = -1;
  let depth = 0;
  let lastEnd = 0;
  for (let i = 0; i < text.length; ) {
    const n = text.indexOf('\n', i);
    const lineEnd = n < 0 ? text.length : n;
    let k = i;
    let markers = 0;
    MARKERS.lastIndex = i;
    if (MARKERS.test(text)) {
      k = Math.min(MARKERS.lastIndex, lineEnd);
      for (let m = i; m < k; m++) if (text.charCodeAt(m) === 62) markers++;
    }
    let rest = k;
    while (rest < lineEnd && text.charCodeAt(rest) === 32) rest++;
    if (rest === lineEnd) {
      if (open >= 0) out.push(open, lastEnd);
      open = -1;
    } else {
      const continuing = open >= 0 && markers <= depth;
      if (rest - k > 3 ? !continuing : mayOpenBlock(text, rest, lineEnd, continuing, definitions)) return null;
      if (open >= 0 && markers > depth) {
        out.push(open, lastEnd);
        open = -1;
      }
      if (open < 0) {
        open = i;
        depth = markers;
      }
    }
    lastEnd = lineEnd;
    i = n < 0 ? text.length : n + 1;
  }
  if (open >= 0) out.push(open, lastEnd);
  return out;
}
