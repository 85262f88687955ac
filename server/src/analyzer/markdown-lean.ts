// markdown-it, lightened: rules and the block state rewritten, line for line from
// markdown-it 14.1.0, to allocate only what the analyzer reads. It reads blocks from
// the source by their line maps and spans from the inline rules it wraps
// (markdown.ts), never the text markdown-it copies into tokens, and every allocation
// counts twice in a process that has sat idle, when the engine has handed its
// young-generation pages back and each new page is a fault. Tests compare the block
// structure and the blanked spans with stock markdown-it's (markdown-parser.test.ts).
import type MarkdownIt from 'markdown-it';
import { withRoomAt } from './int32';

export type InlineState = { pos: number; src: string };
export type InlineRule = (state: InlineState, silent: boolean) => boolean;

/**
 * Inline rules whose tokens the analyzer never reads, and that move no span it does:
 * emphasis and strikethrough take only runs of their own marker, an entity only
 * "&name;", a line break only itself and the spaces after it, so every code span,
 * HTML, link and autolink starts where it would. Each made tokens or delimiters for
 * every line or marker of a block the inline parser reads.
 */
const INLINE_UNREAD = ['newline', 'strikethrough', 'emphasis', 'entity'];
const INLINE_UNREAD_AFTER = ['balance_pairs', 'strikethrough', 'emphasis'];

/** Each parser's own text rule, for withStockInlineRules. */
const stockText = new Map<MarkdownIt, InlineRule>();

/**
 * markdown-it's text rule (14.1.0, rules_inline/text.mjs), line for line, except that
 * it adds nothing to the pending text: of the rules the analyzer runs, none reads it
 * (linkify and newline, which do, are off), and the text tokens it became, a string
 * joined a piece at a time and a token for every run of text, were never read.
 */
function skipText(state: InlineState, _silent: boolean): boolean {
  let pos = state.pos;
  while (pos < (state as InlineState & { posMax: number }).posMax && !isTerminatorChar(state.src.charCodeAt(pos))) pos++;
  if (pos === state.pos) return false;
  state.pos = pos;
  return true;
}

const SKIP_CHARACTER = 'skip_character';

function skipCharacter(state: InlineState): boolean {
  state.pos++;
  return true;
}

/** The characters at which markdown-it's text rule stops (rules_inline/text.mjs). */
function isTerminatorChar(ch: number): boolean {
  switch (ch) {
    case 0x0a: case 0x21: case 0x23: case 0x24: case 0x25: case 0x26: case 0x2a: case 0x2b: case 0x2d: case 0x3a: case 0x3c:
    case 0x3d: case 0x3e: case 0x40: case 0x5b: case 0x5c: case 0x5d: case 0x5e: case 0x5f: case 0x60: case 0x7b: case 0x7d: case 0x7e:
      return true;
    default:
      return false;
  }
}

/** Runs `read` with the inline rules the analyzer leaves out or replaces back as markdown-it has them: for tests that compare the two. */
export function withStockInlineRules<T>(md: MarkdownIt, read: () => T): T {
  md.inline.ruler.enable(INLINE_UNREAD);
  md.inline.ruler2.enable(INLINE_UNREAD_AFTER);
  md.inline.ruler.at('text', stockText.get(md)!);
  md.inline.ruler.disable(SKIP_CHARACTER);
  // The parser's own parse and skipToken are the prototype's, under ours (see rememberTokenEndsByPosition).
  const inline = md.inline as unknown as Record<string, unknown>;
  const lean = { parse: inline.parse, skipToken: inline.skipToken };
  delete inline.parse;
  delete inline.skipToken;
  try {
    return read();
  } finally {
    Object.assign(inline, lean);
    md.inline.ruler.disable(INLINE_UNREAD);
    md.inline.ruler2.disable(INLINE_UNREAD_AFTER);
    md.inline.ruler.at('text', skipText);
    md.inline.ruler.enable(SKIP_CHARACTER);
  }
}

export type BlockState = InstanceType<MarkdownIt['block']['State']>;

/** What markdown-it holds under a rule's name: its function, and the chains (alt) that also run it. */
function ruleEntry<T>(ruler: object, name: string): { fn: T; alt: string[] } {
  const entry = (ruler as { __rules__: Array<{ name: string; fn: T; alt: string[] }> }).__rules__.find((r) => r.name === name);
  if (!entry) throw new Error(`markdown-it has no rule ${name}`);
  return entry;
}

/** The function markdown-it holds under a rule's name, to be wrapped or called by ours. */
export function ruleOf<T>(ruler: object, name: string): T {
  return ruleEntry<T>(ruler, name).fn;
}

/** Puts `make(stock rule)` in a block rule's place, in the chains it belongs to: ruler.at alone would take it out of them. */
function replaceBlockRule(md: MarkdownIt, name: string, make: (stock: BlockRule) => BlockRule): void {
  const { fn, alt } = ruleEntry<BlockRule>(md.block.ruler, name);
  md.block.ruler.at(name, make(fn), { alt: [...alt] });
}
type CoreRule = Parameters<MarkdownIt['core']['ruler']['at']>[1];
type BlockRule = (state: BlockState, startLine: number, endLine: number, silent: boolean) => boolean;

/**
 * The parse allocates less where the analyzer needs less: most of what a chunk's
 * parse allocated was copies of its text that the analyzer never reads.
 */
export function lighten(md: MarkdownIt): void {
  md.inline.ruler.disable(INLINE_UNREAD);
  md.inline.ruler2.disable(INLINE_UNREAD_AFTER);
  stockText.set(md, ruleOf<InlineRule>(md.inline.ruler, 'text'));
  md.inline.ruler.at('text', skipText);
  // A character no rule takes, the parser adds to the pending text one at a time; this
  // last rule steps over it instead, for the same reason as skipText.
  md.inline.ruler.push(SKIP_CHARACTER, skipCharacter);
  // The normalize rule rewrites every line break, so copies the whole source even
  // when there is no carriage return or NUL to replace.
  const normalize = ruleOf<CoreRule>(md.core.ruler, 'normalize');
  md.core.ruler.at('normalize', (state) => {
    if (NEEDS_NORMALIZING.test(state.src)) normalize(state);
  });
  // The table rule reads the line under a paragraph's line as a delimiter row, and
  // splits it, before it asks whether the line above holds a | at all; mail's rules of
  // dashes under a line of text made it do so at every one. Asked first here, with the
  // same answer: the rule returns false without a | in that line, and changes nothing
  // before it returns.
  replaceBlockRule(md, 'table', (table) => (state, startLine, endLine, silent) => lineHolds(state, startLine, PIPE) && table(state, startLine, endLine, silent));
  md.block.ruler.at('paragraph', paragraphByLines);
  md.block.ruler.at('code', codeByLines);
  replaceBlockRule(md, 'blockquote', () => blockquoteByLines);
  md.block.State = leanBlockState(md.block.State);
  rememberTokenEndsByPosition(md);
}

/**
 * What markdown-it's skipToken remembers of each position of an inline parse (where
 * the token there ends), in typed arrays kept from parse to parse, one pair for each
 * depth of parses running inside one another (an image's alt text is parsed while
 * its block's parse runs), an entry counting only when stamped with its parse's
 * number. markdown-it remembers them in an object each parse makes, which grows a
 * position at a time wherever a [ sends a link's label scan to the end of a block.
 */
const TOKEN_ENDS: Array<{ stamps: Int32Array<ArrayBuffer>; ends: Int32Array<ArrayBuffer> }> = [];
/** The number of each running parse, by depth (depth is -1 when none runs). */
const PARSE_NUMBERS: number[] = [];
let depth = -1;
let parses = 0;

type InlineParser = MarkdownIt['inline'];
type SkippingState = InlineState & { posMax: number; level: number; md: { options: { maxNesting: number } } };

function rememberTokenEndsByPosition(md: MarkdownIt): void {
  const inline = md.inline as unknown as { parse: InlineParser['parse']; skipToken(state: SkippingState): void };
  const stockParse = inline.parse;
  const stockSkip = inline.skipToken;
  inline.parse = function (this: InlineParser, ...args: Parameters<InlineParser['parse']>) {
    depth++;
    if (++parses === 0x40000000) {
      // Numbers start again from 1, so no entry stamped before may count.
      parses = 1;
      for (const table of TOKEN_ENDS) table.stamps.fill(0);
    }
    PARSE_NUMBERS[depth] = parses;
    TOKEN_ENDS[depth] ??= { stamps: new Int32Array(256), ends: new Int32Array(256) };
    try {
      return stockParse.apply(this, args);
    } finally {
      depth--;
    }
  };
  inline.skipToken = function (state: SkippingState): void {
    if (depth < 0) return stockSkip.call(this, state);
    skipToken(md.inline, state, TOKEN_ENDS[depth], PARSE_NUMBERS[depth]);
  };
}

/** markdown-it's skipToken (14.1.0, parser_inline.mjs), line for line but for where it remembers what it found (see TOKEN_ENDS). */
function skipToken(parser: InlineParser, state: SkippingState, table: (typeof TOKEN_ENDS)[number], parse: number): void {
  const pos = state.pos;
  const rules = (parser.ruler as unknown as { getRules(chain: string): InlineRule[] }).getRules('');
  const len = rules.length;
  const maxNesting = state.md.options.maxNesting;
  if (pos < table.stamps.length && table.stamps[pos] === parse) {
    state.pos = table.ends[pos];
    return;
  }
  let ok = false;
  if (state.level < maxNesting) {
    for (let i = 0; i < len; i++) {
      state.level++;
      ok = rules[i](state, true);
      state.level--;
      if (ok) {
        if (pos >= state.pos) throw new Error("inline rule didn't increment state.pos");
        break;
      }
    }
  } else {
    state.pos = state.posMax;
  }
  if (!ok) state.pos++;
  table.stamps = withRoomAt(table.stamps, pos);
  table.ends = withRoomAt(table.ends, pos);
  table.stamps[pos] = parse;
  table.ends[pos] = state.pos;
}

const PIPE = 0x7c;

/** Whether the line holds the character, from its first one that is not indentation. */
function lineHolds(state: BlockState, line: number, code: number): boolean {
  const end = state.eMarks[line];
  for (let pos = state.bMarks[line] + state.tShift[line]; pos < end; pos++) if (state.src.charCodeAt(pos) === code) return true;
  return false;
}

/** The block state's per-line tables, kept from parse to parse: one parse runs at a time, to its end. */
const LINE_TABLES = { bMarks: new Int32Array(256), eMarks: new Int32Array(256), tShift: new Int32Array(256), sCount: new Int32Array(256), bsCount: new Int32Array(256) };

/** Room for `lines` entries in each table, the entries written so far kept. */
function growLineTables(lines: number): void {
  for (const key of ['bMarks', 'eMarks', 'tShift', 'sCount', 'bsCount'] as const) LINE_TABLES[key] = withRoomAt(LINE_TABLES[key], lines - 1);
}

type BlockStateClass = MarkdownIt['block']['State'];

/**
 * markdown-it's block state (14.1.0, rules_block/state_block.mjs), line for line,
 * except that its five per-line tables are views of typed arrays kept from parse to
 * parse, each exactly one entry per line and one past the last, as the lists it
 * pushed to were: reading past the end gives undefined alike. The lists, grown a
 * line at a time, were the biggest allocation of a chunk's parse.
 */
function leanBlockState(Stock: BlockStateClass): BlockStateClass {
  function LeanBlockState(this: Record<string, unknown>, src: string, md: MarkdownIt, env: unknown, tokens: unknown[]) {
    // A parse starts with no quote open (see SAVED).
    SAVED.top = 0;
    this.src = src;
    this.md = md;
    this.env = env;
    this.tokens = tokens;
    let lines = 0;
    for (let start = 0, pos = 0, indent = 0, offset = 0, len = src.length, indentFound = false; pos < len; pos++) {
      const ch = src.charCodeAt(pos);
      if (!indentFound) {
        if (ch === 0x09 || ch === 0x20) {
          indent++;
          if (ch === 0x09) offset += 4 - (offset % 4);
          else offset++;
          continue;
        } else {
          indentFound = true;
        }
      }
      if (ch === 0x0a || pos === len - 1) {
        if (ch !== 0x0a) pos++;
        growLineTables(lines + 2);
        LINE_TABLES.bMarks[lines] = start;
        LINE_TABLES.eMarks[lines] = pos;
        LINE_TABLES.tShift[lines] = indent;
        LINE_TABLES.sCount[lines] = offset;
        LINE_TABLES.bsCount[lines] = 0;
        lines++;
        indentFound = false;
        indent = 0;
        offset = 0;
        start = pos + 1;
      }
    }
    // The fake entry past the last line, as the stock state pushes it.
    growLineTables(lines + 1);
    LINE_TABLES.bMarks[lines] = LINE_TABLES.eMarks[lines] = src.length;
    LINE_TABLES.tShift[lines] = LINE_TABLES.sCount[lines] = LINE_TABLES.bsCount[lines] = 0;
    const n = lines + 1;
    this.bMarks = LINE_TABLES.bMarks.subarray(0, n);
    this.eMarks = LINE_TABLES.eMarks.subarray(0, n);
    this.tShift = LINE_TABLES.tShift.subarray(0, n);
    this.sCount = LINE_TABLES.sCount.subarray(0, n);
    this.bsCount = LINE_TABLES.bsCount.subarray(0, n);
    this.blkIndent = 0;
    this.line = 0;
    this.lineMax = lines;
    this.tight = false;
    this.ddIndent = -1;
    this.listIndent = -1;
    this.parentType = 'root';
    this.level = 0;
  }
  LeanBlockState.prototype = Stock.prototype;
  return LeanBlockState as unknown as BlockStateClass;
}

const NEEDS_NORMALIZING = /[\r\0]/;

/**
 * markdown-it's paragraph rule (14.1.0, rules_block/paragraph.mjs), line for line,
 * except that it pushes only the inline token, with its line map and no text: the
 * analyzer reads a paragraph's block from the source by that map, and never reads
 * the paragraph's opening and closing tokens or its joined, trimmed lines. (The list
 * rule looks for those tokens only to mark tight paragraphs hidden.)
 */
function paragraphByLines(state: BlockState, startLine: number, endLine: number): boolean {
  const terminatorRules = state.md.block.ruler.getRules('paragraph');
  const oldParentType = state.parentType;
  let nextLine = startLine + 1;
  state.parentType = 'paragraph';
  for (; nextLine < endLine && !state.isEmpty(nextLine); nextLine++) {
    // A lazy continuation line, whatever its indentation.
    if (state.sCount[nextLine] - state.blkIndent > 3) continue;
    // A blockquote's line, already checked by that rule.
    if (state.sCount[nextLine] < 0) continue;
    let terminate = false;
    for (let i = 0; i < terminatorRules.length; i++) {
      if (terminatorRules[i](state, nextLine, endLine, true)) {
        terminate = true;
        break;
      }
    }
    if (terminate) break;
  }
  state.line = nextLine;
  state.push('inline', '', 0).map = [startLine, state.line];
  state.parentType = oldParentType;
  return true;
}

/**
 * markdown-it's indented code rule (14.1.0, rules_block/code.mjs), line for line,
 * except that its token has no text: the analyzer never reads inside code, and the
 * text was a copy of the code's lines, joined.
 */
function codeByLines(state: BlockState, startLine: number, endLine: number): boolean {
  if (state.sCount[startLine] - state.blkIndent < 4) return false;
  let nextLine = startLine + 1;
  let last = nextLine;
  while (nextLine < endLine) {
    if (state.isEmpty(nextLine)) {
      nextLine++;
      continue;
    }
    if (state.sCount[nextLine] - state.blkIndent >= 4) {
      nextLine++;
      last = nextLine;
      continue;
    }
    break;
  }
  state.line = last;
  state.push('code_block', 'code', 0).map = [startLine, state.line];
  return true;
}

/**
 * What a quote changes of its lines' tables while its insides are read, to be put
 * back after: one stack for the process, as quotes nest and each puts back its own
 * lines before it returns. Where markdown-it's rule made four lists a quote.
 */
const SAVED = { bMarks: new Int32Array(256), bsCount: new Int32Array(256), sCount: new Int32Array(256), tShift: new Int32Array(256), top: 0 };

function saveLine(state: BlockState, line: number): void {
  for (const key of ['bMarks', 'bsCount', 'sCount', 'tShift'] as const) SAVED[key] = withRoomAt(SAVED[key], SAVED.top);
  SAVED.bMarks[SAVED.top] = state.bMarks[line];
  SAVED.bsCount[SAVED.top] = state.bsCount[line];
  SAVED.sCount[SAVED.top] = state.sCount[line];
  SAVED.tShift[SAVED.top] = state.tShift[line];
  SAVED.top++;
}

/**
 * markdown-it's blockquote rule (14.1.0, rules_block/blockquote.mjs), line for line,
 * except that a line's table entries are saved on SAVED before they change, where
 * the rule pushed them onto four lists of its own; each line of the quote is saved
 * once, in order, so the quote puts back lines [startLine, startLine + count).
 */
function blockquoteByLines(state: BlockState, startLine: number, endLine: number, silent: boolean): boolean {
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  let max = state.eMarks[startLine];
  const oldLineMax = state.lineMax;
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  if (state.src.charCodeAt(pos) !== 0x3e) return false;
  if (silent) return true;
  const base = SAVED.top;
  const terminatorRules = state.md.block.ruler.getRules('blockquote');
  const oldParentType = state.parentType;
  state.parentType = 'blockquote';
  let lastLineEmpty = false;
  let nextLine: number;
  for (nextLine = startLine; nextLine < endLine; nextLine++) {
    const isOutdented = state.sCount[nextLine] < state.blkIndent;
    pos = state.bMarks[nextLine] + state.tShift[nextLine];
    max = state.eMarks[nextLine];
    if (pos >= max) break;
    if (state.src.charCodeAt(pos++) === 0x3e && !isOutdented) {
      let initial = state.sCount[nextLine] + 1;
      let spaceAfterMarker: boolean;
      let adjustTab = false;
      if (state.src.charCodeAt(pos) === 0x20) {
        pos++;
        initial++;
        adjustTab = false;
        spaceAfterMarker = true;
      } else if (state.src.charCodeAt(pos) === 0x09) {
        spaceAfterMarker = true;
        if ((state.bsCount[nextLine] + initial) % 4 === 3) {
          pos++;
          initial++;
          adjustTab = false;
        } else {
          adjustTab = true;
        }
      } else {
        spaceAfterMarker = false;
      }
      let offset = initial;
      saveLine(state, nextLine);
      state.bMarks[nextLine] = pos;
      while (pos < max) {
        const ch = state.src.charCodeAt(pos);
        if (ch === 0x09 || ch === 0x20) {
          if (ch === 0x09) offset += 4 - ((offset + state.bsCount[nextLine] + (adjustTab ? 1 : 0)) % 4);
          else offset++;
        } else {
          break;
        }
        pos++;
      }
      lastLineEmpty = pos >= max;
      state.bsCount[nextLine] = state.sCount[nextLine] + 1 + (spaceAfterMarker ? 1 : 0);
      state.sCount[nextLine] = offset - initial;
      state.tShift[nextLine] = pos - state.bMarks[nextLine];
      continue;
    }
    if (lastLineEmpty) break;
    let terminate = false;
    for (let i = 0, l = terminatorRules.length; i < l; i++) {
      if (terminatorRules[i](state, nextLine, endLine, true)) {
        terminate = true;
        break;
      }
    }
    if (terminate) {
      state.lineMax = nextLine;
      if (state.blkIndent !== 0) {
        saveLine(state, nextLine);
        state.sCount[nextLine] -= state.blkIndent;
      }
      break;
    }
    saveLine(state, nextLine);
    state.sCount[nextLine] = -1;
  }
  const oldIndent = state.blkIndent;
  state.blkIndent = 0;
  const open = state.push('blockquote_open', 'blockquote', 1);
  open.markup = '>';
  const lines: [number, number] = [startLine, 0];
  open.map = lines;
  state.md.block.tokenize(state, startLine, nextLine);
  const close = state.push('blockquote_close', 'blockquote', -1);
  close.markup = '>';
  state.lineMax = oldLineMax;
  state.parentType = oldParentType;
  lines[1] = state.line;
  for (let i = 0; i < SAVED.top - base; i++) {
    state.bMarks[i + startLine] = SAVED.bMarks[base + i];
    state.tShift[i + startLine] = SAVED.tShift[base + i];
    state.sCount[i + startLine] = SAVED.sCount[base + i];
    state.bsCount[i + startLine] = SAVED.bsCount[base + i];
  }
  SAVED.top = base;
  state.blkIndent = oldIndent;
  return true;
}
