// Guards read the words just before and after a match (analyzer/words.ts). They read
// only as many runs of text as their longest phrase needs, and must see the same
// words there as a reading of the whole stretch would.
import assert from 'node:assert/strict';
import { endsWithAny, phraseList, startsWithAny, wordsAfter, wordsBefore, wordsIn } from '../../server/src/analyzer/words';
import { seeded } from '../helpers/seeded';

// Words, glue that joins or splits them ($, &, ', dots, dashes), and white space of several kinds.
const PIECES = ['the', 'Decision', 'make', 'a', "don't", 'x.y', '$5', '100%', 'AT&T', 'e.g.', '--', '-', "'", '.', '$', '%', 'İ', 'é', '😀',
  ' ', ' ', ' ', '  ', '\n', '\t', '\u00a0', '\u2009', ', ', '. '];

describe('words around a match', () => {
  it('are the last and first words of the whole stretch, as many as the longest phrase needs, in 3000 random stretches', () => {
    const rand = seeded(107);
    let shortened = 0;
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: rand(40) }, () => PIECES[rand(PIECES.length)]).join('');
      const most = 1 + rand(4);
      const before = wordsBefore(text, 0, text.length, most);
      const after = wordsAfter(text, 0, text.length, most);
      const whole = wordsIn(text);
      const tail = whole.slice(Math.max(0, whole.length - Math.max(most, before.length)));
      assert.deepEqual(before, tail, `before, ${most} words: ${JSON.stringify(text)}`);
      assert.ok(before.length >= Math.min(most, whole.length), `before: too few words of ${JSON.stringify(text)}`);
      assert.deepEqual(after, whole.slice(0, after.length), `after, ${most} words: ${JSON.stringify(text)}`);
      assert.ok(after.length >= Math.min(most, whole.length), `after: too few words of ${JSON.stringify(text)}`);
      if (before.length < whole.length) shortened++;
    }
    assert.ok(shortened > 1000, `only ${shortened} stretches were read in part: the test hardly tests the shortening`);
  });

  it('give the guards the answers the whole stretch gives', () => {
    const list = phraseList(['the', 'make a', 'at&t said', "don't"]);
    const rand = seeded(109);
    for (let n = 0; n < 2000; n++) {
      const text = Array.from({ length: rand(30) }, () => PIECES[rand(PIECES.length)]).join('');
      const whole = wordsIn(text);
      assert.equal(endsWithAny(wordsBefore(text, 0, text.length, list.most), list), endsWithAny(whole, list), JSON.stringify(text));
      assert.equal(startsWithAny(wordsAfter(text, 0, text.length, list.most), list), startsWithAny(whole, list), JSON.stringify(text));
    }
  });
});
