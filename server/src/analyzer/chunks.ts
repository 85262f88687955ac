// Chunks: stretches of a document that the Markdown parser can read on their own,
// cut at a blank line before an unindented line, never inside front matter, a
// fenced code block or an HTML block that may hold blank lines. Their results do
// not depend on each other, so a chunk with no anchor for any rule is skipped
// unparsed, and an editor reuses the result of every chunk an edit did not touch.
import { isSpace } from './chars';
import { LineIndex } from './line-index';
import { keepShapes } from './shapes';

export interface Chunk {
  start: number;
  end: number;
}

keepShapes({ start: 0, end: 0 } satisfies Chunk);

const OPENS = ' {0,3}(?:(`{3,}|~{3,})|<!--|<(?:script|pre|style|textarea)(?=[\\s>]|$)|<\\?|<![A-Za-z]|<!\\[CDATA\\[)';
/** An opener at the start of a line, asked at each line start whose first character (after up to three spaces) is one of ` ~ <. */
const OPENER = new RegExp(OPENS, 'iy');
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

// HTML blocks of CommonMark's types 6 and 7 run to the next blank line, and a line
// inside one that looks like an opener opens nothing. Type 6 may start on any line
// of a paragraph; type 7 (a lone open or close tag) only on its first. The names are
// CommonMark's, as markdown-it lists them.
const BLOCK_NAMES = `address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt
fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link main menu menuitem nav
noframes ol optgroup option p param search section summary table tbody td tfoot th thead title tr track ul`.split(/\s+/);
const HTML_TYPE_6 = new RegExp(`^ {0,3}</?(?:${BLOCK_NAMES.join('|')})(?=\\s|/?>|$)`, 'i');
const ATTRIBUTE = `\\s+[a-zA-Z_:][a-zA-Z0-9:._-]*(?:\\s*=\\s*(?:[^"'=<>\`\\x00-\\x20]+|'[^']*'|"[^"]*"))?`;
const HTML_TYPE_7 = new RegExp(`^ {0,3}(?:<[A-Za-z][A-Za-z0-9-]*(?:${ATTRIBUTE})*\\s*/?>|</[A-Za-z][A-Za-z0-9-]*\\s*>)\\s*$`);

/**
 * Whether the line at `at` may lie inside an HTML block of type 6 or 7 begun above
 * it: whether a line of the stretch above, back to a blank line, could open one.
 * Whether it does depends on the blocks around (a type 7 tag cannot interrupt a
 * paragraph), so this only says "may"; past 200 lines it says so too.
 */
function mayBeInsideHtmlBlock(text: string, at: number, floor: number): boolean {
  let end = at - 1;
  for (let n = 0; end > floor; n++) {
    if (n === 200) return true;
    const start = Math.max(floor, text.lastIndexOf('\n', end - 1) + 1);
    const line = text.slice(start, end).replace(/\r$/, '');
    if (!/\S/.test(line)) return false;
    if (HTML_TYPE_6.test(line) || HTML_TYPE_7.test(line)) return true;
    end = start - 1;
  }
  return false;
}

// A block of CommonMark's type 1 ends at the first of these closing tags, whichever it opened with.
const RAW_TEXT_CLOSER = /<\/(?:script|pre|style|textarea)>/gi;

/** Where the structure an opener at `at` starts ends: after its closing line, or at the end of the text. */
function regionEnd(text: string, at: number, fence: string | undefined): number {
  if (fence) {
    const afterOpener = lineEndAt(text, at);
    const closer = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*\\r?$`, 'm');
    const c = closer.exec(text.slice(afterOpener));
    return c ? lineEndAt(text, afterOpener + c.index) : text.length;
  }
  const tag = text.slice(at).trimStart();
  const rule = HTML_CLOSERS.find(([re]) => re.test(tag));
  let idx: number;
  if (rule) idx = text.indexOf(rule[1], at + 2);
  else {
    RAW_TEXT_CLOSER.lastIndex = at;
    idx = RAW_TEXT_CLOSER.exec(text)?.index ?? -1;
  }
  return idx >= 0 ? lineEndAt(text, idx) : text.length;
}

/**
 * Where front matter ends, read as markdown-it-front-matter reads it: from a first
 * line opening with three or more dashes to a line of at least as many dashes and
 * nothing else, or through a line that is "...", or else to the end. 0: none.
 */
function frontMatterEnd(text: string): number {
  const open = /^-{3,}/.exec(text);
  if (!open) return 0;
  const LINE = /([^\r\n]*)(?:\r\n?|\n|$)/y;
  let previous = LINE.exec(text)![1];
  while (LINE.lastIndex < text.length) {
    if (previous.replace(/^[ \t]+/, '') === '...') return LINE.lastIndex;
    const line = LINE.exec(text)![1];
    const indent = /^[ \t]*/.exec(line)![0];
    let columns = 0;
    for (const c of indent) columns = c === '\t' ? columns + 4 - (columns % 4) : columns + 1;
    const dashes = /^-*/.exec(line.slice(indent.length))![0].length;
    if (columns < 4 && dashes >= open[0].length && /^[ \t]*$/.test(line.slice(indent.length + dashes))) return LINE.lastIndex;
    previous = line;
  }
  return text.length;
}

/** Whether the line at `at` opens with ` ~ or <, after up to three spaces: what every opener does. */
export function mayOpen(text: string, at: number): boolean {
  let i = at;
  while (i < at + 3 && text.charCodeAt(i) === 32) i++;
  const c = text.charCodeAt(i);
  return c === 96 || c === 126 || c === 60;
}

/**
 * The line starts the chunk cuts are looked for at: those that may follow a blank line
 * (isBlankLineCut), and those that may open a region that must stay whole (mayOpen).
 * Each in order; every line start will do for both, as each is asked again, and fewer
 * is faster: the anchor pass notes the lines the two accept as it reads the text
 * (anchor-words.ts).
 */
export interface CutLines {
  afterBlank: ArrayLike<number>;
  opening: ArrayLike<number>;
}

/** Every line start, for both. */
export function everyLine(lineStarts: ArrayLike<number>): CutLines {
  return { afterBlank: lineStarts, opening: lineStarts };
}

/**
 * Stretches that must stay within one chunk, [start, end), in order of start. They
 * may overlap: an opener that may lie inside an HTML block of type 6 or 7 may be
 * none, so the openers inside its stretch are looked for too. Keeping a stretch
 * whole that needed no keeping only makes a chunk bigger; missing one would let a
 * chunk be read out of its context. `lineStarts`: where the text's lines start, as
 * the parser counts them (\r\n, \n, a lone \r), or at least those that may open a
 * region (CutLines).
 */
function unsplittable(text: string, lineStarts: ArrayLike<number>): Array<[number, number]> {
  const regions: Array<[number, number]> = [];
  const frontMatter = frontMatterEnd(text);
  if (frontMatter > 0) regions.push([0, frontMatter]);
  // Openers before this lie inside a stretch known to be one, and open nothing.
  let certainEnd = frontMatter;
  // Openers before this may lie inside a stretch that may be one: they may open one.
  let uncertainEnd = 0;
  for (let k = 0; k < lineStarts.length; k++) {
    const at = lineStarts[k];
    if (at < certainEnd || at >= text.length || !mayOpen(text, at)) continue;
    OPENER.lastIndex = at;
    const m = OPENER.exec(text);
    if (m === null) continue;
    const end = regionEnd(text, at, m[1]);
    regions.push([at, end]);
    if (at >= uncertainEnd && (at === 0 || !mayBeInsideHtmlBlock(text, at, frontMatter))) certainEnd = end;
    else uncertainEnd = Math.max(uncertainEnd, end);
  }
  return regions;
}

/**
 * The cuts between Markdown chunks, one per call, in order; the text's length once
 * there are no more. A cut is the start of an unindented line after a blank line,
 * outside every stretch that must stay whole. Chunks holding a quote are cut further
 * by InnerCuts.
 */
class MarkdownCuts {
  private text = '';
  /** The line starts that may be cuts (CutLines' afterBlank). */
  private lineStarts: ArrayLike<number> = [];
  private regions: Array<[number, number]> = [];
  private r = 0;
  // The furthest end of the regions that start before the cut being judged.
  private covered = 0;
  /** The next line start to judge. */
  private k = 0;

  /** Starts over on a text: one object can serve one text after another (see MarkdownLocator). */
  reset(text: string, lines: CutLines): this {
    this.text = text;
    this.lineStarts = lines.afterBlank;
    this.regions = unsplittable(text, lines.opening);
    this.r = this.covered = this.k = 0;
    return this;
  }

  next(): number {
    const { text, regions, lineStarts } = this;
    while (this.k < lineStarts.length) {
      const at = lineStarts[this.k++];
      if (!isBlankLineCut(text, at)) continue;
      while (this.r < regions.length && regions[this.r][0] < at) this.covered = Math.max(this.covered, regions[this.r++][1]);
      if (this.covered <= at) return at;
    }
    return text.length;
  }
}

/**
 * The cuts quoteCuts finds inside chunks of a text, asked for chunk by chunk in order:
 * only a chunk with a quoted line is read. Into `out`, followed by the chunk's end;
 * returns how many it wrote.
 */
class InnerCuts {
  private text = '';
  // The next line break before a quote marker: looked for again only once passed, as
  // the search runs to the text's end when there is none.
  private quote = -1;
  /** Whether the text holds a carriage return at all (most has none; see quoteCuts). */
  private crs = false;

  reset(text: string): this {
    this.text = text;
    this.quote = text.indexOf('\n>');
    this.crs = text.includes('\r');
    return this;
  }

  /** The cuts inside [start, end) into `out`, then `end`; how many it wrote. */
  read(start: number, end: number, out: number[]): number {
    const text = this.text;
    if (this.quote >= 0 && this.quote < start - 1) this.quote = text.indexOf('\n>', start - 1);
    const quoted = text.charCodeAt(start) === GT || (this.quote >= 0 && this.quote < end - 1);
    const count = quoted ? quoteCuts(text, start, end, out, this.crs) : 0;
    // Written over, never emptied: the list keeps its room from chunk to chunk.
    out[count] = end;
    return count + 1;
  }
}

const GT = 62;
// What may open, on a quoted line, a stretch that blank lines inside the quote do not
// end: a fence, an HTML block of CommonMark's types 1 to 5, and front matter when the
// quote opens the document. Read after all the markers and white space of the line,
// so it is found at any depth and indentation.
const QUOTED_OPENER = /(?:`{3}|~{3}|<(?:!|\?|(?:script|pre|style|textarea)(?=[\s>]|$)))/iy;
const QUOTED_OPENER_AT_START = /(?:`{3}|~{3}|-{3}|<(?:!|\?|(?:script|pre|style|textarea)(?=[\s>]|$)))/iy;
/**
 * What may open a line that is anything but a paragraph's, after up to three spaces: a
 * heading, a quote, a list item, a rule or setext underline, a table's delimiter row
 * (which may open with a colon, and turns the line above into a table's head), HTML,
 * a fence.
 */
const BLOCK_OPENER = '[#>*+=|<`~_:-]|\\d{1,9}[.)]';
// An unquoted line that may be anything but a paragraph's line: a block opener, or indented code.
const NOT_PARAGRAPH = new RegExp(` {0,3}(?:${BLOCK_OPENER})| {4}|\\t`, 'y');

const enum Reading {
  /** After a blank line, or at the chunk's start: the next line that is not blank opens a block. */
  AfterBlank,
  /** In a paragraph's lines. */
  Paragraph,
  /** In a quote whose lines all have their marker in the first column. */
  Quote,
}

/**
 * Cuts inside a chunk [start, end), into `out`, where mail has them: before a quote
 * that interrupts a paragraph ("Jane wrote:" and the quote under it), where a quoted
 * line follows the quote's own blank line (">" and nothing else), and where a line
 * follows a blank line after a quote or paragraph. Mail quotes whole messages, and a
 * quote ran as one chunk to the first unindented line after a blank line, so the
 * parser read all of it for a word near its end.
 *
 * Each is a place where the parser starts a block afresh, as at a cut between chunks,
 * and it is only known to be one while every line before it in the chunk is read:
 * paragraph lines that can open nothing else, blank lines, and quoted lines with the
 * marker in the first column that open no fence or HTML block (a blank line inside
 * such would not end it). A line of any other kind ends the cutting; so does an
 * unquoted line right after a quote, which the quote's paragraph takes in.
 */
export function quoteCuts(text: string, start: number, end: number, out: number[], crs = text.includes('\r')): number {
  const opener = start === 0 ? QUOTED_OPENER_AT_START : QUOTED_OPENER;
  let count = 0;
  let reading = Reading.AfterBlank;
  // In a quote: whether the line before was the quote's own blank line.
  let afterQuotedBlank = false;
  for (let i = start; i < end; ) {
    const n = text.indexOf('\n', i);
    const lineEnd = n < 0 || n >= end ? end : n + 1;
    // A carriage return alone breaks a line for the parser, not for this reading.
    if (crs && hasLoneCr(text, i, lineEnd)) return count;
    const quoted = text.charCodeAt(i) === GT;
    if (!quoted) {
      let k = i;
      while (k < lineEnd && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
      const blank = k >= lineEnd || text.charCodeAt(k) === 13 || text.charCodeAt(k) === 10;
      if (blank) reading = Reading.AfterBlank;
      else {
        if (reading === Reading.Quote) return count;
        NOT_PARAGRAPH.lastIndex = i;
        if (NOT_PARAGRAPH.test(text)) return count;
        if (reading === Reading.AfterBlank && i > start) out[count++] = i;
        reading = Reading.Paragraph;
      }
      i = lineEnd;
      continue;
    }
    // Past the markers and white space: what the quoted line holds, at any depth.
    let k = i + 1;
    let c = text.charCodeAt(k);
    while (k < lineEnd && (c === GT || c === 32 || c === 9)) c = text.charCodeAt(++k);
    const blank = k >= lineEnd || c === 13 || c === 10;
    if (reading !== Reading.Quote) {
      // A quote opens here: after a blank line, or interrupting a paragraph.
      if (i > start) out[count++] = i;
      reading = Reading.Quote;
    } else if (afterQuotedBlank && !blank) {
      // One space after the marker belongs to it; the line must open right after.
      const j = text.charCodeAt(i + 1) === 32 ? i + 2 : i + 1;
      if (!isSpace(text.charCodeAt(j))) out[count++] = i;
    }
    if (c === 96 || c === 126 || c === 60 || c === 45) {
      opener.lastIndex = k;
      if (opener.test(text)) return count;
    }
    // The quote's own blank line: nothing after its one marker.
    afterQuotedBlank = blank && (k === i + 1 || !hasMarkerAfter(text, i + 1, k));
    i = lineEnd;
  }
  return count;
}

/** Whether the line text[from, to) holds a carriage return other than one before its line feed. */
function hasLoneCr(text: string, from: number, to: number): boolean {
  for (let m = from; m < to; m++) if (text.charCodeAt(m) === 13 && text.charCodeAt(m + 1) !== 10) return true;
  return false;
}

/** Whether text[from, to) holds another quote marker. */
function hasMarkerAfter(text: string, from: number, to: number): boolean {
  for (let m = from; m < to; m++) if (text.charCodeAt(m) === GT) return true;
  return false;
}

/**
 * Whether the line at `at` starts with other than white space and follows a blank line
 * (nothing but spaces, tabs and a carriage return) that itself follows a line break:
 * where /\n(?:[ \t]*\r?\n)+(?=\S)/g would end a match. Asked at each line start.
 */
export function isBlankLineCut(text: string, at: number): boolean {
  const i = at - 1;
  if (at >= text.length || text.charCodeAt(i) !== 10 || isSpace(text.charCodeAt(at))) return false;
  let k = i - 1;
  if (k >= 0 && text.charCodeAt(k) === 13) k--;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  return k >= 0 && text.charCodeAt(k) === 10;
}

/** `lineStarts`: where the text's lines start, when known (a LineIndex's). */
export function markdownChunks(text: string, lineStarts: ArrayLike<number> = new LineIndex(text).starts): Chunk[] {
  const cuts = new MarkdownCuts().reset(text, everyLine(lineStarts));
  const inside = new InnerCuts().reset(text);
  const ends: number[] = [];
  const chunks: Chunk[] = [];
  for (let start = 0; start < text.length || chunks.length === 0; ) {
    const count = inside.read(start, cuts.next(), ends);
    for (let k = 0; k < count; k++) {
      chunks.push({ start, end: ends[k] });
      start = ends[k];
    }
  }
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

export interface ChunkLocator {
  /**
   * The chunk that holds an offset; offsets are asked for in order, never going back.
   * The same object each time, moved: a long text is asked about thousands of times.
   */
  around(at: number): Readonly<Chunk>;
}

/**
 * The chunks of a text one by one as a single analysis reaches them, without a list
 * of them all: markdownChunks' cuts, found by one scan that stops at the last offset
 * asked about.
 */
export function chunkLocator(text: string, markdown: boolean, lines: CutLines = everyLine(new LineIndex(text).starts)): ChunkLocator {
  return markdown ? LOCATOR.reset(text, lines) : new PlaintextLocator(text);
}

class PlaintextLocator implements ChunkLocator {
  private readonly chunks: Chunk[];
  private i = 0;

  constructor(text: string) {
    this.chunks = plaintextChunks(text);
  }

  around(at: number): Chunk {
    while (this.chunks[this.i].end <= at && this.i < this.chunks.length - 1) this.i++;
    return this.chunks[this.i];
  }
}

// One locator for the process, set to each text in turn: a single analysis asks one at
// a time, to its end. Objects made for one analysis and read by optimized code made
// the engine throw that code away when they died, and optimize it again in the next
// analysis (--trace-deopt: "weak objects"), several times a run.
class MarkdownLocator implements ChunkLocator {
  private text = '';
  private readonly cuts = new MarkdownCuts();
  private readonly inside = new InnerCuts();
  // The chunk between cuts that holds the offsets asked about, and whether its inner
  // cuts have been read: only for a chunk an offset is asked about.
  private start = 0;
  private end = -1;
  private read = false;
  private readonly ends: number[] = [];
  private count = 0;
  private k = 0;
  private from = 0;
  private readonly found: Chunk = { start: 0, end: 0 };

  reset(text: string, lines: CutLines): this {
    this.text = text;
    this.cuts.reset(text, lines);
    this.inside.reset(text);
    this.start = this.count = this.k = this.from = 0;
    this.end = -1;
    this.read = false;
    return this;
  }

  around(at: number): Chunk {
    if (this.end < 0) this.end = this.cuts.next();
    while (this.end <= at && this.end < this.text.length) {
      this.start = this.end;
      this.end = this.cuts.next();
      this.read = false;
    }
    if (!this.read) {
      this.count = this.inside.read(this.start, this.end, this.ends);
      this.k = 0;
      this.from = this.start;
      this.read = true;
    }
    while (this.ends[this.k] <= at && this.k < this.count - 1) this.from = this.ends[this.k++];
    this.found.start = this.from;
    this.found.end = this.ends[this.k];
    return this.found;
  }
}

const LOCATOR = new MarkdownLocator();
