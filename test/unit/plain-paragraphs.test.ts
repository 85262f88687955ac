// Plain paragraphs, quoted or not, are read without the parser's block pass
// (analyzer/plain-paragraphs.ts); wherever that reading is taken, its blocks must be
// the parser's.
import assert from 'node:assert/strict';
import { LineIndex } from '../../server/src/analyzer/line-index';
import { segmentMarkdown, segmentParagraphs } from '../../server/src/analyzer/markdown';
import { ParagraphList, plainParagraphs } from '../../server/src/analyzer/plain-paragraphs';
import { seeded } from '../helpers/seeded';

// Quoted lines at several depths, blank and not, with inline syntax, and lines the
// parser reads otherwise: lazy lines, lists, headings, rules, fences, HTML, tables,
// reference definitions, indented code.
const LINES = ['> Some prose here.', '> Thank you for your time.', '>', '> ', '>  ', '> > Nested prose.', '>> Nested prose.', '>>', '> >', '>No space.',
  '> with `code` and <b>html</b> and [a link](http://x.y) and http://example.com', '> <!-- valued-disable -->', '', '', 'lazy line',
  '> - item', '> 1. item', '> # Heading', '> ---', '> ===', '> ```', '> <div>', '> a | b', '> :-|-:', '> [x]: http://x.y', '>     code', '>\tTab.',
  '>  Two spaces.', '> 1857 was a year.', '> *emphasis* here', '> _x_', '> \\# escaped', 'Not quoted.', 'Plain prose with <b>html</b> and [a](b).',
  'See <https://example.com> now.', '[x]: http://x.y', '- item', '# Heading', '    code', ' Indented.', '<div>', '```', 'a | b', ':-|-:', '---', '==='];

// Mail: quotes nested and not, lazy lines, lines indented by a few spaces.
const MAIL = ['> Some prose here.', '> > Nested prose.', '>> Nested prose.', '>>> Deeper.', '>', '>>', '> >', 'Not quoted.', ' Indented a little.', '   Indented three.',
  '>  Two spaces.', '>    Four spaces.', '', 'Plain prose with <b>html</b> and [a](b).'];

/** The paragraphs found, as [start, end) pairs of offsets, or null. */
const pairs = (list: ParagraphList | null) => list && Array.from({ length: list.count }, (_, k) => [list.bounds[2 * k], list.bounds[2 * k + 1]]);

const blocks = (segmentation: { blocks: Array<{ start: number; end: number; prose: string }>; directives: unknown[] }) =>
  [segmentation.blocks.map((b) => `${b.start}-${b.end}:${b.prose}`), segmentation.directives];

describe('plain paragraphs', () => {
  it('are the blocks the parser finds, wherever they are read without it, in 3000 random texts', () => {
    const rand = seeded(61);
    let read = 0;
    let declined = 0;
    let changes = 0;
    let indented = 0;
    // One list refilled for every text, as the analyzer keeps one.
    const list = new ParagraphList();
    for (let n = 0; n < 3000; n++) {
      // Mostly plain lines, quoted or not, nested, lazy and indented, so that many texts can be read without the parser.
      const pool = [LINES.slice(0, 13), MAIL, LINES][rand(3)];
      const text = Array.from({ length: 1 + rand(8) }, () => pool[rand(pool.length)]).join('\n') + (rand(2) ? '\n' : '');
      const paragraphs = plainParagraphs(text, list);
      if (!paragraphs) {
        declined++;
        continue;
      }
      read++;
      if (/(^|\n)(>+ ?)+\S[^\n]*\n(?!\2)(>|[^\n>\s])/.test(text)) changes++;
      if (/(^|\n)(> ?)* {1,3}\S/.test(text)) indented++;
      const lines = new LineIndex(text);
      // As a chunk further in reads it, and as the chunk that opens the document (front matter and all).
      for (const opensDocument of [false, true]) assert.deepEqual(blocks(segmentParagraphs(text, paragraphs)), blocks(segmentMarkdown(text, lines, opensDocument)), JSON.stringify(text));
    }
    assert.ok(read > 800 && declined > 500, `read ${read} texts without the parser and declined ${declined}`);
    assert.ok(changes > 200 && indented > 200, `only ${changes} texts read with a change of depth and ${indented} with an indented line`);
  });

  it('read lazy lines and nested quotes as the parser does, and decline a line that may open a block', () => {
    // From the first line's start to the last line's end, before its line break.
    assert.deepEqual(pairs(plainParagraphs('> a\nlazy\n')), [[0, 8]]);
    assert.deepEqual(pairs(plainParagraphs('> a\n>> b\n')), [[0, 3], [4, 8]]);
    assert.deepEqual(pairs(plainParagraphs('>> a\n> b\n>> c')), [[0, 13]]);
    assert.deepEqual(pairs(plainParagraphs('> One\n>  line.\n>\n>   Two.\n')), [[0, 14], [17, 25]]);
    for (const text of ['> a\n> - item', '> [x]: /url', '> a\n> ===', '>\ta', '> a\r\n> b', 'a\n- b', '[x]: /url', 'a | b\n:-|-:', '>     code', '> a\n>     b']) assert.equal(plainParagraphs(text), null, JSON.stringify(text));
    assert.deepEqual(pairs(plainParagraphs('Some <b>prose</b>\nand [a link](x).\n\nMore.\n')), [[0, 34], [36, 41]]);
  });

});
