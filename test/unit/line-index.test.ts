// Offsets to LSP positions: the line index an editor keeps and the counter a single
// analysis uses must give the same positions, in whatever order they are asked for.
import assert from 'node:assert/strict';
import { LineIndex, linesOf } from '../../server/src/analyzer/line-index';
import { seeded } from '../helpers/seeded';

describe('line positions', () => {
  it('count the same lines and UTF-16 columns as the index, asked forwards, backwards and at random', () => {
    const rand = seeded(5);
    const pieces = ['word ', '\n', '\n\n', '😀', '漢字', ' ', 'x'];
    for (let n = 0; n < 50; n++) {
      const text = (rand(2) ? '\n' : '') + Array.from({ length: 200 }, () => pieces[rand(pieces.length)]).join('');
      const index = new LineIndex(text);
      const counter = linesOf(text);
      const offsets = [...Array.from({ length: 60 }, () => rand(text.length + 1)), 0, text.length, text.length, 0];
      for (const offset of offsets) {
        assert.deepEqual(counter.position(offset), index.position(offset), `offset ${offset} of ${JSON.stringify(text)}`);
        assert.equal(counter.lineOf(offset), index.lineOf(offset));
      }
    }
  });

  it('put an offset just after a line break at the start of the next line', () => {
    const lines = linesOf('ab\ncd\n');
    assert.deepEqual(lines.position(3), { line: 1, character: 0 });
    assert.deepEqual(lines.position(2), { line: 0, character: 2 });
    assert.deepEqual(lines.position(6), { line: 2, character: 0 });
  });

  it('index text with \\r\\n and a lone \\r as LSP does', () => {
    const lines = linesOf('a\r\nb\rc');
    assert.deepEqual(lines.position(3), { line: 1, character: 0 });
    assert.deepEqual(lines.position(5), { line: 2, character: 0 });
  });
});
