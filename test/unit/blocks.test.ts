// Spans that are never prose: e-mail addresses are found from each @ rather than by
// trying an expression at every position; they must be exactly what it finds.
import assert from 'node:assert/strict';
import { urlSpans } from '../../server/src/analyzer/blocks';
import { seeded } from '../helpers/seeded';

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

describe('e-mail address spans', () => {
  it('are what the address expression finds, in 2,000 random strings', () => {
    const rand = seeded(13);
    const alphabet = 'ab1_.+-@@ \n,é';
    for (let n = 0; n < 2000; n++) {
      const text = Array.from({ length: rand(40) }, () => alphabet[rand(alphabet.length)]).join('');
      const expected = [...text.matchAll(EMAIL)].map((m) => [m.index, m.index + m[0].length]);
      assert.deepEqual(urlSpans(text), expected, JSON.stringify(text));
    }
  });

  it('cover the address and nothing around it', () => {
    const text = 'Write to jane.doe+sales@example.co.uk, or bob@host.';
    assert.deepEqual(urlSpans(text).map(([s, e]) => text.slice(s, e)), ['jane.doe+sales@example.co.uk']);
  });
});
