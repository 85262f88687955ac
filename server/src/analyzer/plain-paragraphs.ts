// Mail's commonest Markdown: a quote whose lines hold nothing but a paragraph's text,
// and paragraphs whose only syntax is inline (a link, an address in angle brackets).
// Chunks are cut at a quote's own blank lines (chunks.ts), so most chunks a hit falls
// in are one such paragraph, and the parser's whole block pass, with its per-line
// lists and the quote's saved state, stood between the chunk and the lines the
// analyzer reads. Where the lines leave no doubt, they are read here instead.

// A line's quote markers, each with the one space that may follow it.
const MARKERS = /(?:> ?)+/y;
// What may open or be other than a paragraph's line, once the markers are read: as
// chunks.ts NOT_PARAGRAPH, and a [ that may open a link reference definition, a <
// that may open HTML, and any white space, which may indent code or nest a quote.
const NOT_PLAIN = /(?:[#>*+=|<`~_:[\s-]|\d{1,9}[.)])/y;

/**
 * The paragraphs of a text whose lines are all quoted to one depth (or none) or
 * blank, each as its first line and the line after its last: what the parser's
 * inline tokens map. A line is blank when it holds nothing but quote markers and
 * white space, or nothing. Null when any line is otherwise: a line at another depth
 * (a lazy line or a nested quote), a line that may be other than a paragraph's, a
 * carriage return or a tab (the parser reads both its own way).
 */
export function plainParagraphs(text: string): Array<[number, number]> | null {
  if (/[\r\t\0]/.test(text)) return null;
  const paragraphs: Array<[number, number]> = [];
  let depth = -1;
  let open = -1;
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
      // Blank: ends the paragraph, at any depth.
      if (open >= 0) paragraphs.push([open, line]);
      open = -1;
    } else {
      if (depth >= 0 && markers !== depth) return null;
      depth = markers;
      NOT_PLAIN.lastIndex = k;
      if (NOT_PLAIN.test(text)) return null;
      if (open < 0) open = line;
    }
    i = n < 0 ? text.length : n + 1;
  }
  if (open >= 0) paragraphs.push([open, line]);
  return paragraphs;
}
