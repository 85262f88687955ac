// Mail's commonest Markdown: quotes whose lines hold nothing but a paragraph's text,
// nested or not, and paragraphs whose only syntax is inline (a link, an address in
// angle brackets).
// Chunks are cut at a quote's own blank lines (chunks.ts), so most chunks a hit falls
// in are one such paragraph, and the parser's whole block pass, with its per-line
// lists and the quote's saved state, stood between the chunk and the lines the
// analyzer reads. Where the lines leave no doubt, they are read here instead.

import { BLOCK_OPENER } from './chunks';

// A line's quote markers, each with the one space that may follow it.
const MARKERS = /(?:> ?)+/y;
// What may open or be other than a paragraph's line, once the markers and up to three
// spaces are read: a block opener, a [ that may open a link reference definition, and
// white space other than a space (a fourth space, which may indent code, is counted).
const NOT_PLAIN = new RegExp(`(?:${BLOCK_OPENER}|[[\\s])`, 'y');

/**
 * The paragraphs of a text of plain lines, quoted or not, and blank lines, each as
 * its first line and the line after its last: what the parser's inline tokens map. A
 * line is blank when it holds nothing but quote markers and white space, or nothing;
 * it ends a paragraph. A line quoted deeper than the paragraph it follows opens a
 * quote, and a paragraph in it; one quoted less deeply, or not at all, continues the
 * paragraph (a lazy line), as the parser reads them. Null when any line may be other
 * than a paragraph's, or the text holds a carriage return or a tab (the parser reads
 * both its own way).
 */
export function plainParagraphs(text: string): Array<[number, number]> | null {
  if (/[\r\t\0]/.test(text)) return null;
  const paragraphs: Array<[number, number]> = [];
  // The open paragraph's first line, -1 for none, and how deeply that line is quoted.
  let open = -1;
  let depth = 0;
  let line = 0;
  for (let i = 0; i < text.length; line++) {
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
      if (open >= 0) paragraphs.push([open, line]);
      open = -1;
    } else {
      if (rest - k > 3) return null;
      NOT_PLAIN.lastIndex = rest;
      if (NOT_PLAIN.test(text)) return null;
      if (open >= 0 && markers > depth) {
        paragraphs.push([open, line]);
        open = -1;
      }
      if (open < 0) {
        open = line;
        depth = markers;
      }
    }
    i = n < 0 ? text.length : n + 1;
  }
  if (open >= 0) paragraphs.push([open, line]);
  return paragraphs;
}
