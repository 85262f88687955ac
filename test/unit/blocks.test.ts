// Spans that are never prose: e-mail addresses are found from each @ rather than by
// trying an expression at every position; they must be exactly what it finds. Spans
// are blanked to spaces, all but their line breaks, so offsets still agree.
import assert from 'node:assert/strict';
import { blankSpans, urlSpans } from '../../server/src/analyzer/blocks';
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

describe('URL spans', () => {
  it('are what the URL expression finds, in 3,000 random strings', () => {
    // Schemes whole, cut short and inside words, in both cases, and what may end a URL or follow it.
    const URL = /\b(?:https?:\/\/|ftp:\/\/|www\.|mailto:)[^\s<>()"'`]*[^\s<>()"'`.,;:!?]/gi;
    const pieces = ['http://', 'https://', 'HTTP://', 'ftp://', 'www.', 'WWW.', 'mailto:', 'http:/', 'htp://', 'xhttp://', 'awww.', 'a', 'b.c', '/', '?q=1', '.', ',', ':', '!', ' ', '\n', '<', '>', '(', ')', '"', "'", '`', 'é', '😀'];
    const rand = seeded(29);
    let urls = 0;
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: rand(12) }, () => pieces[rand(pieces.length)]).join('');
      const expected = [...text.matchAll(URL)].map((m) => [m.index, m.index + m[0].length]);
      // Without an @, the spans are the URLs alone.
      if (text.includes('@')) continue;
      assert.deepEqual(urlSpans(text), expected, JSON.stringify(text));
      urls += expected.length;
    }
    assert.ok(urls > 1000, `only ${urls} URLs`);
  });
});

describe('blanked spans', () => {
  it('are spaces but for their line breaks, and the rest of the text is as it was, in 2,000 random strings and spans', () => {
    const rand = seeded(17);
    const alphabet = 'ab \n\r\t😀é';
    let long = 0;
    for (let n = 0; n < 2000; n++) {
      // Now and then longer than the spaces kept to slice from.
      const length = rand(5) === 0 ? 200 + rand(400) : rand(40);
      const text = Array.from({ length }, () => alphabet[rand(alphabet.length)]).join('');
      // Overlapping, out of order, empty and reaching past the end.
      const spans: Array<[number, number]> = Array.from({ length: rand(5) }, () => {
        const s = rand(text.length + 1);
        return [s, s + rand(length + 10)];
      });
      const inSpan = (i: number) => spans.some(([s, e]) => s <= i && i < e);
      // By code units: a span may end inside an emoji's pair.
      const expectedUnits = Array.from({ length: text.length }, (_, i) => (inSpan(i) && text[i] !== '\n' && text[i] !== '\r' ? ' ' : text[i])).join('');
      assert.equal(blankSpans(text, spans.map(([s, e]) => [s, e] as [number, number])), expectedUnits, JSON.stringify({ text, spans }));
      if (spans.some(([s, e]) => Math.min(e, text.length) - s > 256)) long++;
    }
    assert.ok(long > 20, `only ${long} spans longer than 256 characters`);
  });
});
