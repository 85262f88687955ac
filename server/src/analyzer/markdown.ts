// Markdown structure from a real CommonMark parser (markdown-it, with front matter).
// Block structure decides what is prose at all; the inline parser, run only on
// blocks that could hold inline code, HTML, links or autolinks, says which spans
// inside a block are not prose. Rules then read blocks with those spans blanked.
import MarkdownIt from 'markdown-it';
import frontMatter from 'markdown-it-front-matter';
import type { LineIndex } from './line-index';
import { type Block, type DirectiveComment, type Segmentation, blankSpans, urlSpans } from './blocks';
import { type InlineRule, type InlineState, lighten, ruleOf } from './markdown-lean';
import type { ParagraphList } from './plain-paragraphs';
import { keepShapes } from './shapes';

/** Where the inline rules report spans that are not prose, for the block being read. */
let sink: { src: string; spans: Array<[number, number]>; directives: Array<[number, number, string]> } | null = null;

const DIRECTIVE = /^<!--\s*(valued-[\s\S]*?)-->$/;

function createParser(withFrontMatter: boolean): MarkdownIt {
  const md = new MarkdownIt({ html: true });
  // Front matter only opens a document; a chunk further in that starts with --- is a rule or a heading.
  if (withFrontMatter) md.use(frontMatter, () => undefined);
  // Only block structure is needed for the whole document; the inline pass runs per block.
  md.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join']);
  lighten(md);
  const wrap = (name: string, spanOf: (state: InlineState, start: number) => [number, number]) => {
    const original = ruleOf<InlineRule>(md.inline.ruler, name);
    md.inline.ruler.at(name, (state: InlineState, silent: boolean) => {
      const start = state.pos;
      const ok = original(state, silent);
      // Image alt text is parsed again as a string of its own: only the block's own source counts.
      if (ok && !silent && sink && state.src === sink.src) {
        const span = spanOf(state, start);
        sink.spans.push(span);
        if (name === 'html_inline') {
          const m = DIRECTIVE.exec(state.src.slice(start, state.pos));
          if (m) sink.directives.push([start, state.pos, m[1]]);
        }
      }
      return ok;
    });
  };
  const whole = (state: InlineState, start: number): [number, number] => [start, state.pos];
  // A link's text is prose; from the closing bracket on (destination, title, reference label) it is not.
  const afterLabel = (offset: number) => (state: InlineState, start: number): [number, number] => {
    const labelEnd = md.helpers.parseLinkLabel(state as never, start + offset, true);
    return [labelEnd >= 0 ? labelEnd : start, state.pos];
  };
  wrap('backticks', whole);
  wrap('html_inline', whole);
  wrap('autolink', whole);
  wrap('link', afterLabel(0));
  wrap('image', afterLabel(1));
  keepParserShapes(md);
  return md;
}

/** The parser's state and token objects, whose shapes its optimized code relies on (see shapes.ts). */
function keepParserShapes(md: MarkdownIt): void {
  const env = {};
  const core = new md.core.State('', md, env);
  const block = new md.block.State('', md, env, []);
  const inline = new md.inline.State('', md, env, []);
  // A link's destination is parsed into an object of the URL library's (normalizeLink).
  const url = md.utils.lib.mdurl.parse('https://user@host.example:8080/path?query#hash', true);
  keepShapes(core, block, inline, new core.Token('paragraph_open', 'p', 1), url);
}

const parsers: { opening?: MarkdownIt; inner?: MarkdownIt } = {};

/** The parser for a chunk that opens the document (front matter) or one further in. */
export function parserFor(opensDocument: boolean): MarkdownIt {
  return opensDocument ? (parsers.opening ??= createParser(true)) : (parsers.inner ??= createParser(false));
}

const MAYBE_INLINE_SYNTAX = /[`<[]/;

/**
 * Blocks and directives of a Markdown text; `opensDocument` when it starts the
 * document (front matter). With `wanted`, only the blocks it accepts are read into
 * prose (the others are left out): the inline parse is the costly part.
 */
export function segmentMarkdown(text: string, lines: LineIndex, opensDocument = true, wanted?: (start: number, end: number) => boolean): Segmentation {
  const md = parserFor(opensDocument);
  const env: Record<string, unknown> = {};
  const tokens = md.parse(text, env);
  const blocks: Block[] = [];
  const directives: DirectiveComment[] = [];
  let lastEndLine = -1;
  let rowMap: [number, number] | null = null;
  for (const tok of tokens) {
    if (tok.type === 'tr_open') rowMap = tok.map as [number, number];
    if (tok.type === 'html_block') {
      collectBlockDirectives(text, lines, tok.map as [number, number], directives);
      continue;
    }
    if (tok.type !== 'inline') continue;
    const map = (tok.map ?? rowMap) as [number, number] | null;
    if (!map || map[0] < lastEndLine) continue; // table cells of a row already taken
    lastEndLine = map[1];
    const start = lines.starts[map[0]];
    const end = lines.lineEnd(map[1] - 1);
    if (wanted && !wanted(start, end)) continue;
    blocks.push(proseBlock(md, env, text, start, end, directives));
  }
  return { blocks, directives };
}

/**
 * The block [start, end) of a paragraph, heading or table row, its prose with what is
 * not prose blanked: code spans, HTML, link destinations and autolinks, as the
 * inline parser finds them, and bare URLs and addresses. Directives in its HTML go to
 * `directives`.
 */
function proseBlock(md: MarkdownIt, env: Record<string, unknown>, text: string, start: number, end: number, directives: DirectiveComment[]): Block {
  const raw = text.slice(start, end);
  let spans = urlSpans(raw);
  if (MAYBE_INLINE_SYNTAX.test(raw)) {
    sink = { src: raw, spans, directives: [] };
    try {
      md.inline.parse(raw, md, env, []);
    } finally {
      const found = sink;
      sink = null;
      spans = found.spans;
      for (const [s, e, body] of found.directives) directives.push({ start: start + s, end: start + e, body });
    }
  }
  return { start, end, prose: blankSpans(raw, spans) };
}

/**
 * Blocks and directives of a text whose paragraphs are known (plain-paragraphs.ts):
 * what segmentMarkdown finds there, without the block pass. (Front matter would open
 * with a line of dashes, which no such text has.)
 */
export function segmentParagraphs(text: string, paragraphs: ParagraphList, wanted?: (start: number, end: number) => boolean): Segmentation {
  const md = parserFor(false);
  const env: Record<string, unknown> = {};
  const blocks: Block[] = [];
  const directives: DirectiveComment[] = [];
  for (let k = 0; k < paragraphs.count; k++) {
    const start = paragraphs.bounds[2 * k];
    const end = paragraphs.bounds[2 * k + 1];
    if (wanted && !wanted(start, end)) continue;
    blocks.push(proseBlock(md, env, text, start, end, directives));
  }
  return { blocks, directives };
}

const COMMENT = /<!--\s*(valued-[\s\S]*?)-->/g;

function collectBlockDirectives(text: string, lines: LineIndex, map: [number, number], out: DirectiveComment[]): void {
  const start = lines.starts[map[0]];
  const raw = text.slice(start, lines.lineEnd(map[1] - 1));
  if (!raw.includes('valued-')) return;
  COMMENT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = COMMENT.exec(raw))) out.push({ start: start + m.index, end: start + m.index + m[0].length, body: m[1] });
}
