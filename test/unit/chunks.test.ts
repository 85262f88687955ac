// Chunks are parsed on their own (analyzer/chunks.ts); that is only sound if the parser
// reads every chunk as it reads the whole document.
import assert from 'node:assert/strict';
import { chunkLocator, isBlankLineCut, markdownChunks, plaintextChunks } from '../../server/src/analyzer/chunks';
import { LineIndex } from '../../server/src/analyzer/line-index';
import { segmentMarkdown } from '../../server/src/analyzer/markdown';
import { seeded } from '../helpers/seeded';
import { AnchorIndex } from '../../server/src/analyzer/anchor-index';
import { compileFamily } from '../../server/src/analyzer/engine';

const ANCHORS = new AnchorIndex([compileFamily({ kind: 'phrase', id: 'p', severity: 'warning', message: 'm', patterns: [{ match: 'thank you for your time' }] })]);

// Lines that open and close what chunks must not cut: fences, HTML blocks, front
// matter; and what they may: blank lines, lists, quotes, indented code.
const PIECES = ['Some prose here.', 'Thank you for your time.', '```', '```js', '~~~~', '    indented code', '<div>', '</div>', '<pre>', '</PRE>',
  '<script>', '</script>', '<!--', '-->', '<?php', '?>', '<!DOCTYPE html>', '---', '...', '# Heading', '> quoted', '- item', '1. item',
  '', '', '', '  ', '\t', 'text with `code` and <b>html</b>', 'a | b', '--- | ---'];

// Mail: quoted lines of every kind, what a quote can hold that a cut must not split,
// the line that introduces a quote, and lines indented after a blank line.
const QUOTED = ['> Some prose here.', '> Thank you for your time.', '> More.', '>', '>', '> ', '>\t', '> > nested', '>> nested', '>no space', '>  two spaces', '>\ttab',
  '> ```', '> ~~~', '> <pre>', '> </pre>', '> <!--', '> -->', '> <div>', '> - item', '> 1. item', '>     code', '> # Heading', '> ---', '> ===',
  '> a | b', '> --- | ---', '> > ```', 'lazy line', '', '', '> [x]', '> <b>html</b>', 'Jane wrote:', ' Indented a little.', ' Indented a little.', '   Indented three.', '   Indented three.', '', '', 'x | y', ':-|-:',
  ' > indented quote', '- item', '    code'];

const MAIL = ['> Some prose here.', '>', '> ', '> > nested', '>no space', 'Jane wrote:', 'More prose.', ' Indented a little.', '   Indented three.', '', ''];

const blocksOf = (text: string, base: number, opensDocument: boolean) =>
  segmentMarkdown(text, new LineIndex(text), opensDocument).blocks.map((b) => `${base + b.start}-${base + b.end}:${b.prose}`);

describe('markdown chunks', () => {
  it('are read by the parser as the whole document reads them, in 300 random documents', () => {
    const rand = seeded(41);
    for (let n = 0; n < 300; n++) {
      const eol = rand(4) === 0 ? '\r\n' : '\n';
      const text = Array.from({ length: 5 + rand(40) }, () => PIECES[rand(PIECES.length)]).join(eol) + (rand(2) ? eol : '');
      const whole = blocksOf(text, 0, true);
      const chunked = markdownChunks(text).flatMap((c) => blocksOf(text.slice(c.start, c.end), c.start, c.start === 0));
      assert.deepEqual(chunked, whole, JSON.stringify(text));
    }
  });

  it('are cut inside quotes and around them where the parser reads the parts as it reads the whole, in 1500 random documents', () => {
    const rand = seeded(53);
    const kinds = { inQuote: 0, interrupting: 0, indented: 0 };
    for (let n = 0; n < 1500; n++) {
      const eol = rand(4) === 0 ? '\r\n' : '\n';
      // Plain mail, cut at many places; quotes of every kind; and anything.
      const pieces = [MAIL, QUOTED, [...QUOTED, ...PIECES]][rand(3)];
      const text = Array.from({ length: 3 + rand(25) }, () => pieces[rand(pieces.length)]).join(eol) + (rand(2) ? eol : '');
      const chunks = markdownChunks(text);
      const whole = blocksOf(text, 0, true);
      const chunked = chunks.flatMap((c) => blocksOf(text.slice(c.start, c.end), c.start, c.start === 0));
      assert.deepEqual(chunked, whole, JSON.stringify(text));
      for (const c of chunks) {
        const before = text.slice(0, c.start);
        if (c.start === 0 || /\n[ \t]*\r?\n$/.test(before)) {
          // After a blank line: a cut inside a chunk only where the line is indented.
          if (c.start > 0 && /^[ \t]/.test(text.slice(c.start))) kinds.indented++;
        } else if (/(^|\n)>[^\n]*\n$/.test(before)) kinds.inQuote++;
        else kinds.interrupting++;
      }
    }
    for (const [kind, count] of Object.entries(kinds)) assert.ok(count > 100, `only ${count} cuts of the kind ${kind}: the test hardly tests them`);
  });

  it('are not cut inside a quote before an indented line, a fence or a line that is not quoted', () => {
    // Each would be read otherwise on its own: the list item's paragraph as indented
    // code, the fence's blank line as the end of the quote's fence, the lazy line as
    // a paragraph of its own.
    const traps = ['> - item\n>\n>     more of the item\n', '> ```\n> code\n>\n> code\n> ```\n', '> a\nlazy\n>\n> b\n', '> <!--\n>\n> -->\n', '> - item\n>\n>   more\n'];
    for (const text of traps) {
      const chunked = markdownChunks(text).flatMap((c) => blocksOf(text.slice(c.start, c.end), c.start, c.start === 0));
      assert.deepEqual(chunked, blocksOf(text, 0, true), JSON.stringify(text));
    }
    // And where it may, it is.
    const mail = 'Jane wrote:\n> First paragraph.\n>\n> Second paragraph.\n> \n>Third.\n\n  My answer.\n';
    assert.deepEqual(markdownChunks(mail).map((c) => mail.slice(c.start, c.end)), ['Jane wrote:\n', '> First paragraph.\n>\n', '> Second paragraph.\n> \n', '>Third.\n\n', '  My answer.\n']);
  });

  it('cover the text end to end, each starting where the last ended', () => {
    const rand = seeded(43);
    for (let n = 0; n < 100; n++) {
      const text = Array.from({ length: 5 + rand(40) }, () => PIECES[rand(PIECES.length)]).join('\n');
      const chunks = markdownChunks(text);
      assert.equal(chunks[0].start, 0);
      assert.equal(chunks[chunks.length - 1].end, text.length);
      for (let i = 1; i < chunks.length; i++) assert.equal(chunks[i].start, chunks[i - 1].end);
    }
  });

  it('are found one by one as offsets are reached, as the whole cut finds them, in 300 random documents', () => {
    const rand = seeded(47);
    for (let n = 0; n < 300; n++) {
      const eol = rand(4) === 0 ? '\r\n' : '\n';
      const pieces = rand(2) ? [...QUOTED, ...PIECES] : PIECES;
      const text = (rand(3) ? '' : eol) + Array.from({ length: 5 + rand(40) }, () => pieces[rand(pieces.length)]).join(eol) + (rand(2) ? eol : '');
      for (const markdown of [true, false]) {
        const chunks = markdown ? markdownChunks(text) : plaintextChunks(text);
        // With every line start to look for cuts at, and with the lines the anchor pass notes.
        ANCHORS.hits(text);
        for (const lines of [undefined, ANCHORS.cutLines()]) {
          const locator = chunkLocator(text, markdown, lines);
          // Offsets in order, with gaps and repeats, as anchor hits come.
          for (let at = 0; at < text.length; at += rand(3)) {
            const expected = chunks.find((c) => c.start <= at && at < c.end);
            assert.deepEqual(locator.around(at), expected, `${markdown ? 'markdown' : 'plain text'}${lines ? ', cut lines noted by the anchor pass' : ''}: offset ${at} of ${JSON.stringify(text)}`);
          }
        }
      }
    }
  });

  it('are looked for at the lines the anchor pass notes: after a blank line, and where a region may open, in 500 random texts', () => {
    const rand = seeded(59);
    const pieces = ['a', 'b.', ' ', '  ', '   ', '    ', '\t', '\n', '\n', '\n', '\r\n', '\r', '```', '~', '<', '<!--', 'x y', '\n\n', ' \n', '\t\n', '\r\r\n', '😀'];
    for (let n = 0; n < 500; n++) {
      const text = Array.from({ length: 1 + rand(30) }, () => pieces[rand(pieces.length)]).join('');
      const starts = [...new LineIndex(text).starts].filter((at) => at < text.length);
      ANCHORS.hits(text);
      const { afterBlank, opening } = ANCHORS.cutLines();
      assert.deepEqual(Array.from(afterBlank), starts.filter((at) => isBlankLineCut(text, at)), `after a blank line: ${JSON.stringify(text)}`);
      assert.deepEqual(Array.from(opening), starts.filter((at) => /^ {0,3}[`~<]/.test(text.slice(at))), `opening: ${JSON.stringify(text)}`);
    }
  });

  it('are cut after blank lines where the expression for them would cut, in 500 random texts', () => {
    const rand = seeded(101);
    const pieces = ['a', 'b.', ' ', '  ', '\t', '\n', '\n', '\n', '\r\n', '\r', '\u00a0', '\u2028', 'x y', '\n\n', ' \n', '\t\n'];
    for (let n = 0; n < 500; n++) {
      const text = Array.from({ length: 1 + rand(30) }, () => pieces[rand(pieces.length)]).join('');
      const split = /\n(?:[ \t]*\r?\n)+(?=\S)/g;
      const expected: number[] = [];
      while (split.test(text)) expected.push(split.lastIndex);
      const found = [...new LineIndex(text).starts].filter((at) => isBlankLineCut(text, at));
      assert.deepEqual(found, expected, JSON.stringify(text));
    }
  });

  it('keep a fence, an HTML block and front matter whole across blank lines', () => {
    const text = '---\ntitle: x\n\nmore: y\n---\n\nProse.\n\n```\ncode\n\ncode\n```\n\n<pre>\n\n</pre>\n\nEnd.\n';
    const starts = markdownChunks(text).map((c) => text.slice(c.start, c.start + 4));
    assert.deepEqual(starts, ['---\n', 'Pros', '```\n', '<pre', 'End.']);
  });
});
