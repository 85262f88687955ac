// Chunks: stretches of a document that the Markdown parser can read on their own,
// cut at a blank line before an unindented line, never inside front matter, a
// fenced code block or an HTML block that may hold blank lines. Their results do
// not depend on each other, so a chunk with no anchor for any rule is skipped
// unparsed, and an editor reuses the result of every chunk an edit did not touch.

export interface Chunk {
  start: number;
  end: number;
}

const OPENER = /^ {0,3}(?:(`{3,}|~{3,})|<!--|<(?:script|pre|style|textarea)(?=[\s>]|$)|<\?|<![A-Za-z]|<!\[CDATA\[)/gim;
const HTML_CLOSERS: Array<[RegExp, string]> = [
  [/^<!--/, '-->'],
  [/^<\?/, '?>'],
  [/^<!\[CDATA\[/, ']]>'],
  [/^<![A-Za-z]/, '>'],
];

function lineEndAt(text: string, i: number): number {
  const n = text.indexOf('\n', i);
  return n < 0 ? text.length : n + 1;
}

/** Stretches that must stay within one chunk: [start, end). */
function unsplittable(text: string): Array<[number, number]> {
  const regions: Array<[number, number]> = [];
  if (/^---[ \t]*\r?\n/.test(text)) {
    const close = /^(?:---|\.\.\.)[ \t]*$/m.exec(text.slice(3));
    if (close) regions.push([0, lineEndAt(text, 3 + close.index)]);
  }
  let openEnd = regions.length ? regions[0][1] : 0;
  OPENER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OPENER.exec(text))) {
    const at = m.index;
    if (at < openEnd) continue;
    const afterOpener = lineEndAt(text, at);
    let end = text.length;
    if (m[1]) {
      const fence = m[1];
      const closer = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*\\r?$`, 'm');
      const c = closer.exec(text.slice(afterOpener));
      if (c) end = lineEndAt(text, afterOpener + c.index);
    } else {
      const tag = text.slice(at).trimStart();
      const rule = HTML_CLOSERS.find(([re]) => re.test(tag));
      const closeWith = rule ? rule[1] : `</${/^<([a-z]+)/i.exec(tag)![1].toLowerCase()}>`;
      const idx = rule ? text.indexOf(closeWith, at + 2) : text.toLowerCase().indexOf(closeWith, at);
      if (idx >= 0) end = lineEndAt(text, idx);
    }
    regions.push([at, end]);
    openEnd = end;
    OPENER.lastIndex = Math.max(OPENER.lastIndex, end);
  }
  return regions;
}

export function markdownChunks(text: string): Chunk[] {
  const regions = unsplittable(text);
  const chunks: Chunk[] = [];
  const split = /\n(?:[ \t]*\r?\n)+(?=\S)/g;
  let start = 0;
  let r = 0;
  let m: RegExpExecArray | null;
  while ((m = split.exec(text))) {
    const at = m.index + m[0].length;
    while (r < regions.length && regions[r][1] <= at) r++;
    if (r < regions.length && regions[r][0] < at) continue;
    chunks.push({ start, end: at });
    start = at;
  }
  chunks.push({ start, end: text.length });
  return chunks;
}

/** Plain text: every blank line ends a chunk. */
export function plaintextChunks(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  const split = /\n(?:[ \t]*(?:\r?\n|\r))+/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = split.exec(text))) {
    const at = m.index + m[0].length;
    if (at >= text.length) break;
    chunks.push({ start, end: at });
    start = at;
  }
  chunks.push({ start, end: text.length });
  return chunks;
}
