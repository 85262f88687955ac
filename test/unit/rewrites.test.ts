// A phrase's rewrites are offered unless one would double the word beside it
// ("negotiate on" -> "agree on on"); the words beside it are read where they stand.
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analyzer';

const titles = (text: string) => analyze(text, { languageId: 'plaintext' }).map((f) => [f.text, f.fixes.map((x) => x.title)]);

describe('rewrites', () => {
  it('leave out one that would double the word after the phrase, in any case', () => {
    assert.deepEqual(titles('We can negotiate on price.'), [['negotiate', ['Replace with "discuss"']]]);
    assert.deepEqual(titles('WE CAN NEGOTIATE ON PRICE.'), [['NEGOTIATE', ['Replace with "DISCUSS"']]]);
    assert.deepEqual(titles('We can negotiate\n on price.'), [['negotiate', ['Replace with "discuss"']]]);
  });

  it('offer every rewrite when no neighbouring word would be doubled', () => {
    assert.deepEqual(titles('We can negotiate the price.'), [['negotiate', ['Replace with "discuss"', 'Replace with "agree on"']]]);
    // The next sentence's first word is not beside the phrase.
    assert.deepEqual(titles('Let us negotiate. On Monday we meet.'), [['negotiate', ['Replace with "discuss"', 'Replace with "agree on"']]]);
  });
});
