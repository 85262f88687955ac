// Offsets to LSP positions. A single analysis takes where lines start from the anchor
// pass (AnchorIndex.lineStarts), which reads the text once; an editor's document keeps
// a LineIndex of its own. Both must count lines as LSP does.
import assert from 'node:assert/strict';
import { AnchorIndex } from '../../server/src/analyzer/anchor-index';
import { compileFamily } from '../../server/src/analyzer/engine';
import { LineIndex } from '../../server/src/analyzer/line-index';
import { seeded } from '../helpers/seeded';

const index = new AnchorIndex([compileFamily({ kind: 'phrase', id: 'p', severity: 'warning', message: 'm', patterns: [{ match: 'word' }] })]);

describe('line positions', () => {
  it('start where the index starts them, with \\n, \\r\\n, a lone \\r, emoji and CJK, in 300 random texts', () => {
    const rand = seeded(5);
    const pieces = ['word ', '\n', '\n\n', '\r\n', '\r', '\r\r\n', '😀', '漢字', ' ', 'x', '%'];
    let crs = 0;
    for (let n = 0; n < 300; n++) {
      const text = (rand(2) ? '\n' : rand(2) ? '\r' : '') + Array.from({ length: rand(200) }, () => pieces[rand(pieces.length)]).join('');
      index.hits(text);
      assert.deepEqual([...index.lineStarts()], [...new LineIndex(text).starts], JSON.stringify(text));
      if (/\r(?!\n)/.test(text)) crs++;
    }
    assert.ok(crs > 100, `only ${crs} texts with a lone \\r`);
  });

  it('put an offset just after a line break at the start of the next line, in UTF-16 columns', () => {
    const lines = new LineIndex('ab\ncd\n😀x');
    assert.deepEqual(lines.position(3), { line: 1, character: 0 });
    assert.deepEqual(lines.position(2), { line: 0, character: 2 });
    assert.deepEqual(lines.position(6), { line: 2, character: 0 });
    assert.deepEqual(lines.position(9), { line: 2, character: 3 });
  });

  it('index text with \\r\\n and a lone \\r as LSP does', () => {
    const lines = new LineIndex('a\r\nb\rc');
    assert.deepEqual(lines.position(3), { line: 1, character: 0 });
    assert.deepEqual(lines.position(5), { line: 2, character: 0 });
    index.hits('a\r\nb\rc');
    assert.deepEqual([...index.lineStarts()], [0, 3, 5]);
  });
});
