// Mail's commonest Markdown: quotes whose lines hold nothing but a paragraph's text,
// nested or not, and paragraphs whose only syntax is inline (a link, an address in
// angle brackets).
// Chunks are cut at a quote's own blank lines (chunks.ts), so most chunks a hit falls
// in are one such paragraph, and the parser's whole block pass, with its per-line
// lists and the quote's saved state, stood between the chunk and the lines the
// analyzer reads. Where the lines leave no doubt, they are read here instead.

import { BLOCK_OPENER } from './chunks';
import { withRoomAt } from './int32';

// A line's quote markers, each with the one space that may follow it.
const MARKERS = /(?:> ?)+/y;
// What may open or be other than a paragraph's line, once the markers and up to three
// spaces are read: a block opener, a [ that may open a link reference definition, and
// white space other than a space (a fourth space, which may indent code, is counted).
const NOT_PLAIN = new RegExp(`(?:${BLOCK_OPENER}|[[\\s])`, 'y');

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
 * continues the paragraph (a lazy line), as the parser reads them. Null when any line
 * may be other than a paragraph's, or the text holds a carriage return or a tab (the
 * parser reads both its own way).
 */
export function plainParagraphs(text: string, out = new ParagraphList()): ParagraphList | null {
  if (/[\r\t\0]/.test(text)) return null;
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
      if (rest - k > 3) return null;
      NOT_PLAIN.lastIndex = rest;
      if (NOT_PLAIN.test(text)) return null;
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
