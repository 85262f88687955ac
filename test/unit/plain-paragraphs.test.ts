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
  'See <https://example.com> now.', '[x]: http://x.y', '- item', '# Heading', '    code', ' Indented.', '<div>', '```', 'a | b', ':-|-:', '---', '===',
  // Lines that open with a block opener's character and open no block, and their near misses.
  '-- ', '--', '-BB', '> -BB', '-----Original Message-----', '> --]And yet', '--|--', '|-|-|', '| a | b |', '|x', ':-)', ': -', '*bold* start', '**', '***', '* * *',
  '+1 from me', '+', '#5 on the list', '#', '###### six', '####### seven', '=> arrow', '==', '_x_ start', '___', '``two ticks``', '```', '~~', '~~~',
  '1857.', '1857 was a year.', '2002-08-30 is a date', '1.5 million', '10) ten', '1234567890. ten digits', '[Update] a note', '[snip]', '[a]: /url',
  '> [Update] a note', '    indented four', '>     quoted and indented four', '     five'];

// Mail: quotes nested and not, lazy lines, lines indented by a few spaces.
const MAIL = ['> Some prose here.', '> > Nested prose.', '>> Nested prose.', '>>> Deeper.', '>', '>>', '> >', 'Not quoted.', ' Indented a little.', '   Indented three.',
  '>  Two spaces.', '>    Four spaces.', '', 'Plain prose with <b>html</b> and [a](b).', '-- ', '-BB', '> -----Original Message-----', '    indented four', '>     indented four',
  '[snip]', '2002-08-30 here', ':-)', '_   _ ____'];

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
      const lines = new LineIndex(text);
      // As a chunk further in reads it, and as the chunk that opens the document (front matter and all).
      let taken = false;
      for (const opensDocument of [false, true]) {
        const paragraphs = plainParagraphs(text, list, opensDocument);
        if (!paragraphs) continue;
        taken = true;
        assert.deepEqual(blocks(segmentParagraphs(text, paragraphs)), blocks(segmentMarkdown(text, lines, opensDocument)), `${opensDocument ? 'opening the document: ' : ''}${JSON.stringify(text)}`);
      }
      if (!taken) {
        declined++;
        continue;
      }
      read++;
      if (/(^|\n)(>+ ?)+\S[^\n]*\n(?!\2)(>|[^\n>\s])/.test(text)) changes++;
      if (/(^|\n)(> ?)* {1,3}\S/.test(text)) indented++;
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
    for (const text of ['> a\n> - item', '> [x]: /url', '> a\n> ===', '>\ta', '> a\r\n> b', 'a\n- b', '[x]: /url', 'a | b\n:-|-:', '>     code', '> a\n\n>     b',
      'a\n--', 'a\n-- ', 'a\n=', '***', '- - -', '___', '# h', '1857.', '> 2.  item', '```x', '[a\nb]: /url', '| a |\n|---|', '<snip>']) assert.equal(plainParagraphs(text), null, JSON.stringify(text));
    // A line indented four spaces or more goes on with the paragraph before it, quoted or lazy.
    assert.deepEqual(pairs(plainParagraphs('> a\n>     b')), [[0, 11]]);
    assert.deepEqual(pairs(plainParagraphs('a\n     b\n')), [[0, 8]]);
    // Mail's lines that open with an opener's character and open nothing.
    assert.deepEqual(pairs(plainParagraphs('-- \nJane\n')), [[0, 8]]);
    assert.deepEqual(pairs(plainParagraphs('> -----Original Message-----\n> From: x\n')), [[0, 38]]);
    assert.deepEqual(pairs(plainParagraphs('[snip]\n2002-08-30 was a day. :-)\n')), [[0, 32]]);
    assert.deepEqual(pairs(plainParagraphs('Some <b>prose</b>\nand [a link](x).\n\nMore.\n')), [[0, 34], [36, 41]]);
  });

});
