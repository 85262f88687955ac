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

export function blank(text: string): string {
  // Keeps line breaks so that positions inside a blanked stretch still agree.
  return /[\r\n]/.test(text) ? text.replace(/[^\r\n]/g, ' ') : ' '.repeat(text.length);
}

/** Replace [from, to) spans (relative to `text`) with spaces. */
export function blankSpans(text: string, spans: Array<[number, number]>): string {
  if (spans.length === 0) return text;
  spans.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [s0, e] of spans) {
    const s = Math.max(s0, at);
    if (e <= s) continue;
    out += text.slice(at, s) + blank(text.slice(s, e));
    at = e;
  }
  return out + text.slice(at);
}

// Bare URLs and e-mail addresses are never prose, in Markdown or plain text.
const URL = /\b(?:https?:\/\/|ftp:\/\/|www\.|mailto:)[^\s<>()"'`]*[^\s<>()"'`.,;:!?]/gi;

function collect(re: RegExp, text: string, spans: Array<[number, number]>): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) spans.push([m.index, m.index + m[0].length]);
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
  if (text.includes('://') || /www\.|mailto:/i.test(text)) collect(URL, text, spans);
  if (text.includes('@')) collectEmails(text, spans);
  return spans;
}
