// The candidate step asks which openers of blanked spans a chunk holds. In a single
// analysis the anchor pass has marked where their last characters stand, and the
// kinds are looked up (analyzer/openers.ts); they must be what a search of the
// chunk's own text finds.
import assert from 'node:assert/strict';
import { AnchorIndex } from '../../server/src/analyzer/anchor-index';
import { compileFamily } from '../../server/src/analyzer/engine';
import { Openers, openersIn } from '../../server/src/analyzer/openers';
import { seeded } from '../helpers/seeded';

const index = new AnchorIndex([compileFamily({ kind: 'phrase', id: 'p', severity: 'warning', message: 'm', patterns: [{ match: '100% off' }, { match: 'deal' }] })]);

describe('openers', () => {
  it('a chunk holds are those a search of its text finds, in 500 random texts cut at random lines', () => {
    const rand = seeded(71);
    // Openers whole, cut short, in capitals, inside words, and the characters around them.
    // "www." also in pieces ("w", "W.", "_"): its period is marked only after such a run.
    const pieces = ['`code`', '<b>', 'a > b', '[x](y)', 'x]', 'me@x.org', 'http://x.y', 'https:/x', 'WWW.x.org', 'www.', 'awww.', 'ww.', 'w', 'W.', '_', '-', 'mailto:x', 'MAILTO:', 'xmailto:', 'mailt:',
      ':', '.', ' ', 'word ', '\n', '\n\n', '\r\n', '% ', '😀'];
    const openers = new Openers();
    let kinds = 0;
    for (let n = 0; n < 500; n++) {
      const text = Array.from({ length: rand(60) }, () => pieces[rand(pieces.length)]).join('');
      index.hits(text);
      const ends = index.openerEnds();
      openers.reset(text, ends.at, ends.count);
      // Chunks are runs of whole lines, asked about in order.
      const starts = [0, ...[...text.matchAll(/\r\n|\n|\r/g)].map((m) => m.index + m[0].length).filter(() => rand(3) === 0), text.length];
      for (let k = 0; k + 1 < starts.length; k++) {
        const chunk = text.slice(starts[k], starts[k + 1]);
        const found = openers.within(starts[k], starts[k + 1]);
        assert.equal(found, openersIn(chunk), JSON.stringify(chunk));
        kinds |= found;
      }
    }
    assert.equal(kinds, 31, 'every kind of opener was found');
  });
});
