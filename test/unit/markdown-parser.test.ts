// The analyzer's markdown-it is lightened (analyzer/markdown-lean.ts): normalize runs only
// when there is something to normalize, paragraphs and indented code carry no text, the
// block state's tables and a quote's saved lines are kept between parses, and the inline
// parse gathers no text. Its block structure and spans must stay what stock markdown-it
// reads, or blocks and chunks would move.
import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import frontMatter from 'markdown-it-front-matter';
import { parserFor, segmentMarkdown } from '../../server/src/analyzer/markdown';
import { withStockInlineRules } from '../../server/src/analyzer/markdown-lean';
import { LineIndex } from '../../server/src/analyzer/line-index';
import { seeded } from '../helpers/seeded';

const PIECES = ['Some prose here.', 'More prose that goes on', 'Thank you for your time.', '```', '~~~', '    indented code', '<div>', '</div>',
  '<!-- c -->', '---', '***', '# Heading', 'Setext', '===', '> quoted', '> > nested', '- item', '  - nested item', '1. item', '2) item',
  '[ref]: https://example.com "t"', '[x][ref] and [y](u)', 'a | b', '--- | ---', 'c | d', '', '', '', '   ', '\t', 'NUL\u0000here', 'line  ',
  'lazy continuation', '     - indented marker', '    > indented quote', '>     code in a quote', '> - item in a quote', '>', '- > quote in an item', '      # not a heading'];

function stock(withFrontMatter: boolean): MarkdownIt {
  const md = new MarkdownIt({ html: true });
  if (withFrontMatter) md.use(frontMatter, () => undefined);
  md.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join']);
  return md;
}

/** What the analyzer reads of a parse: the types and line maps of the blocks it reads prose or directives from, and of table rows; and indented code, whose rule is ours. */
const READ = new Set(['inline', 'html_block', 'tr_open', 'code_block']);
const structure = (md: MarkdownIt, text: string) =>
  md.parse(text, {}).filter((t) => READ.has(t.type)).map((t) => `${t.type} ${JSON.stringify(t.map)}`);

describe('markdown parser', () => {
  for (const opensDocument of [true, false]) {
    it(`reads the block structure stock markdown-it reads, in 400 random documents (${opensDocument ? 'opening' : 'inner'} chunk)`, () => {
      const rand = seeded(opensDocument ? 53 : 59);
      const reference = stock(opensDocument);
      const ours = parserFor(opensDocument);
      let paragraphs = 0;
      for (let n = 0; n < 400; n++) {
        const eol = ['\n', '\n', '\r\n', '\r'][rand(4)];
        const text = Array.from({ length: 3 + rand(30) }, () => PIECES[rand(PIECES.length)]).join(eol) + (rand(2) ? eol : '');
        const expected = structure(reference, text);
        assert.deepEqual(structure(ours, text), expected, JSON.stringify(text));
        paragraphs += reference.parse(text, {}).filter((t) => t.type === 'paragraph_open').length;
      }
      assert.ok(paragraphs > 1000, `only ${paragraphs} paragraphs: the documents hardly test the paragraph rule`);
    });
  }

  it('reads long documents as stock markdown-it does, its line tables grown and kept from one parse to the next', () => {
    const rand = seeded(67);
    const reference = stock(false);
    const ours = parserFor(false);
    // Long, then short, then longer again: the tables grow, are reused, and grow with their entries kept.
    for (const lines of [300, 5, 1200, 40, 3000]) {
      const text = Array.from({ length: lines }, () => PIECES[rand(PIECES.length)]).join('\n');
      assert.deepEqual(structure(ours, text), structure(reference, text), `${lines} lines`);
    }
    // Quotes of hundreds of lines, nested, with lazy lines and lists inside: the lines a
    // quote saves while its insides are read outgrow their first room.
    const QUOTED = ['> a', '> > b', '>> c', '> - item', '> 1. item', 'lazy', '> ```', '>     code', '> # h', '> ---', '>\tt', '  > indented'];
    for (const lines of [700, 20, 1500]) {
      const text = Array.from({ length: lines }, () => QUOTED[rand(QUOTED.length)]).join('\n');
      assert.deepEqual(structure(ours, text), structure(reference, text), `a quote of ${lines} lines`);
    }
  });

  it('reads tables, and rules of dashes under text, as stock markdown-it does', () => {
    // The table rule is asked first whether the line above a delimiter-like row holds a |.
    const LINES = ['a | b', '| a | b |', 'a \\| b', 'text', 'more text', '--- | ---', '|---|---|', ':-: | -:', '-----', '---', ':--', '- item', '> a | b', '    a | b', 'c | d', ''];
    const rand = seeded(71);
    const reference = stock(false);
    const ours = parserFor(false);
    let rows = 0;
    for (let n = 0; n < 800; n++) {
      const text = Array.from({ length: 2 + rand(8) }, () => LINES[rand(LINES.length)]).join('\n');
      const expected = structure(reference, text);
      assert.deepEqual(structure(ours, text), expected, JSON.stringify(text));
      rows += expected.filter((t) => t.startsWith('tr_open')).length;
    }
    assert.ok(rows > 200, `only ${rows} table rows: the documents hardly test the table rule`);
  });

  it('makes one token of a paragraph, with no text: the analyzer reads blocks from the source', () => {
    const tokens = parserFor(false).parse('Some prose\nthat goes on.\n', {});
    assert.deepEqual(tokens.map((t) => t.type), ['inline']);
    assert.equal(tokens[0].content, '');
    assert.deepEqual(tokens[0].map, [0, 2]);
    const code = parserFor(false).parse('    code\n\n    more\nProse.\n', {});
    assert.deepEqual(code.map((t) => [t.type, t.map, t.content]), [['code_block', [0, 3], ''], ['inline', [3, 4], '']]);
  });

  it('blanks the same spans with the inline rules it leaves out or replaces as with stock ones, in 2000 random paragraphs', () => {
    // Inline syntax of every kind, run together, so that markers, entities and line
    // breaks stand next to, inside and across code spans, HTML, links and autolinks.
    const inline = ['word', ' ', ' ', '\n', '  \n', '*', '**', '_', '~~', '`', '``', '<b>', '</b>', '<!-- c -->', '<http://x.y>', '<a@b.c>', '[', ']', '(', ')',
      '](u)', '](<u v>)', '][r]', '![', '&amp;', '&#96;', '&lt;b>', '\\', '\\`', '\\[', '\\*', 'http://x.y/z', 'a@b.c', '"t"'];
    const md = parserFor(false);
    const rand = seeded(71);
    let blanked = 0;
    for (let n = 0; n < 2000; n++) {
      const text = 'p ' + Array.from({ length: 1 + rand(30) }, () => inline[rand(inline.length)]).join('') + '\n';
      const lines = new LineIndex(text);
      const without = segmentMarkdown(text, lines, false);
      assert.deepEqual(without, withStockInlineRules(md, () => segmentMarkdown(text, lines, false)), JSON.stringify(text));
      if (without.blocks.some((b) => b.prose !== text.slice(b.start, b.end))) blanked++;
    }
    assert.ok(blanked > 1000, `only ${blanked} paragraphs had a span blanked`);
  });
});
