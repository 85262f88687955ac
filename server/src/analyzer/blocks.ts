// A block is a stretch of prose the rules read on its own (a paragraph, heading,
// table row, list item's paragraph). Findings never cross blocks, which is what
// lets a document analyzer reuse the results of blocks an edit did not touch.
import { keepShapes } from './shapes';

export interface Block {
  /** Offsets in the document: [start, end). */
  start: number;
  end: number;
  /** The block's text with everything that is not prose (code, HTML, link
   * targets, URLs) blanked to spaces, so offsets still line up. */
  prose: string;
}

/** An inline directive comment found in the document (see directives.ts). */
export interface DirectiveComment {
  /** Offset of the comment's start and end in the document. */
  start: number;
  end: number;
  body: string;
}

export interface Segmentation {
  blocks: Block[];
  directives: DirectiveComment[];
}

keepShapes({ start: 0, end: 0, prose: '' } satisfies Block, { start: 0, end: 0, body: '' } satisfies DirectiveComment, { blocks: [], directives: [] } satisfies Segmentation);

/** Spaces to slice from, lengthened as blanked spans need. */
let spaces = ' '.repeat(256);

/** text[from, to) as spaces, but for its line breaks, into `parts`: positions inside a blanked span still agree. */
function pushBlank(text: string, from: number, to: number, parts: string[]): void {
  for (let at = from; at < to; ) {
    let stop = at;
    while (stop < to && text.charCodeAt(stop) !== 10 && text.charCodeAt(stop) !== 13) stop++;
    if (stop > at) {
      if (stop - at > spaces.length) spaces = ' '.repeat(Math.max(stop - at, spaces.length * 2));
      parts.push(spaces.slice(0, stop - at));
    }
    let breaks = stop;
    while (breaks < to && (text.charCodeAt(breaks) === 10 || text.charCodeAt(breaks) === 13)) breaks++;
    if (breaks > stop) parts.push(text.slice(stop, breaks));
    at = breaks;
  }
}

/**
 * Replace [from, to) spans (relative to `text`) with spaces. The pieces are joined
 * once: concatenating them made a tree of strings that the first read then copied
 * flat, and mail blanks its addresses in most chunks that hold a candidate.
 */
export function blankSpans(text: string, spans: Array<[number, number]>): string {
  if (spans.length === 0) return text;
  // Spans come in order but for a mix of URLs and addresses; sorting copies the list.
  for (let k = 1; k < spans.length; k++) {
    if (spans[k][0] < spans[k - 1][0]) {
      spans.sort((a, b) => a[0] - b[0]);
      break;
    }
  }
  return blankedStretch(text, spans, 0, text.length);
}

/** text[from, to) with the spans (in order of start) blanked as blankSpans blanks them. */
export function blankedStretch(text: string, spans: ReadonlyArray<readonly [number, number]>, from: number, to: number): string {
  const parts: string[] = [];
  let at = from;
  for (const [s0, e0] of spans) {
    const s = Math.max(s0, at);
    const e = Math.min(e0, to);
    if (e <= s) continue;
    if (s > at) parts.push(text.slice(at, s));
    pushBlank(text, s, e, parts);
    at = e;
  }
  if (at < to) parts.push(text.slice(at, to));
  return parts.join('');
}

// Bare URLs and e-mail addresses are never prose, in Markdown or plain text: as
// /\b(?:https?:\/\/|ftp:\/\/|www\.|mailto:)[^\s<>()"'`]*[^\s<>()"'`.,;:!?]/gi finds
// them, asked in two steps so that a URL makes no match array: where one may start
// (its first character, the rest of its scheme a look-ahead), then, sticky there, where
// it ends.
const URL_START = /\b(?:h(?=ttps?:\/\/)|f(?=tp:\/\/)|w(?=ww\.)|m(?=ailto:))/gi;
const URL_AT = /(?:https?:\/\/|ftp:\/\/|www\.|mailto:)[^\s<>()"'`]*[^\s<>()"'`.,;:!?]/iy;

const WWW_OR_MAILTO = /www\.|mailto:/i;

function collectUrls(text: string, spans: Array<[number, number]>): void {
  URL_START.lastIndex = 0;
  while (URL_START.test(text)) {
    const start = URL_START.lastIndex - 1;
    URL_AT.lastIndex = start;
    if (!URL_AT.test(text)) continue;
    spans.push([start, URL_AT.lastIndex]);
    URL_START.lastIndex = URL_AT.lastIndex;
  }
}

const LOCAL_PART = /[\w.+-]/;
const DOMAIN = /[\w-]+(?:\.[\w-]+)+/y;

/**
 * E-mail addresses, as /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g would find them, found from
 * each @ instead of trying that expression at every position of the text: the part
 * before the @ is the run of address characters back to the last address found,
 * and the domain is matched forwards from the @.
 */
function collectEmails(text: string, spans: Array<[number, number]>): void {
  let floor = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > floor && LOCAL_PART.test(text[start - 1])) start--;
    if (start === at) continue;
    DOMAIN.lastIndex = at + 1;
    if (!DOMAIN.test(text)) continue;
    spans.push([start, DOMAIN.lastIndex]);
    floor = DOMAIN.lastIndex;
    at = floor - 1;
  }
}

export function urlSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  // Each runs only where its telltale is, since most prose has neither.
  if (text.includes('://') || WWW_OR_MAILTO.test(text)) collectUrls(text, spans);
  if (text.includes('@')) collectEmails(text, spans);
  return spans;
}
