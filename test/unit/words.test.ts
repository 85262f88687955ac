// Guards read the words around a match as offsets into the prose (analyzer/tokens.ts).
// Those words must be the ones wordsIn reads as strings, the words just before and
// after a match must be those of the whole stretch however little of it is read, and
// a phrase list must answer as a plain comparison of word lists would.
import assert from 'node:assert/strict';
import { Tokens, phraseList, tokenize, tokensAfter, tokensBefore, tokensEndWithAny, tokensHaveAny, tokensStartWithAny, wordAt } from '../../server/src/analyzer/tokens';
import { endsAbbreviation, sentenceAround, wordsIn } from '../../server/src/analyzer/words';
import { seeded } from '../helpers/seeded';

// Words, glue that joins or splits them ($, &, ', dots, dashes), characters whose lower
// case is ASCII or longer (İ, the Kelvin sign), and white space of several kinds.
const PIECES = ['the', 'Decision', 'make', 'a', "don't", 'don’t', 'x.y', '$5', '100%', 'AT&T', 'e.g.', '--', '-', "'", '’', '.', '$', '%', 'İ', 'Kİt', '\u212aey', 'é', '😀', 'MAKE', 'A',
  ' ', ' ', ' ', '  ', '\n', '\t', '\u00a0', '\u2009', ', ', '. '];

/** A stretch of up to `most` random pieces. */
const stretch = (rand: (n: number) => number, most: number) => Array.from({ length: rand(most) }, () => PIECES[rand(PIECES.length)]).join('');

const strings = (tokens: Tokens) => Array.from({ length: tokens.length }, (_, k) => wordAt(tokens, k));

// The answers a phrase list must give, on words as strings.
const phraseAt = (words: string[], at: number, phrase: string[]) => at >= 0 && phrase.every((w, i) => words[at + i] === w);
const endsWith = (words: string[], phrases: string[][]) => phrases.some((p) => phraseAt(words, words.length - p.length, p));
const startsWith = (words: string[], phrases: string[][]) => phrases.some((p) => phraseAt(words, 0, p));
const has = (words: string[], phrases: string[][]) => phrases.some((p) => words.some((_, i) => phraseAt(words, i, p)));

describe('words around a match', () => {
  it('are the words wordsIn reads, at their places, in 3000 random stretches', () => {
    const rand = seeded(103);
    const tokens = new Tokens();
    let special = 0;
    for (let n = 0; n < 3000; n++) {
      const text = stretch(rand, 40);
      const lo = rand(text.length + 1);
      const hi = lo + rand(text.length - lo + 1);
      tokenize(text, lo, hi, tokens);
      assert.deepEqual(strings(tokens), wordsIn(text.slice(lo, hi)), JSON.stringify(text.slice(lo, hi)));
      for (let k = 0; k < tokens.length; k++) assert.ok(tokens.starts[k] >= lo && tokens.ends[k] <= hi && (k === 0 || tokens.starts[k] >= tokens.ends[k - 1]));
      if (/[İ\u212a’]/.test(text.slice(lo, hi))) special++;
    }
    assert.ok(special > 500, `only ${special} stretches held İ, the Kelvin sign or ’`);
  });

  it('are the last and first words of the whole stretch, as many as the longest phrase needs, in 3000 random stretches', () => {
    const rand = seeded(107);
    const tokens = new Tokens();
    let shortened = 0;
    for (let n = 0; n < 3000; n++) {
      const text = stretch(rand, 40);
      const most = 1 + rand(4);
      const whole = wordsIn(text);
      const before = strings(tokensBefore(text, 0, text.length, most, tokens));
      const tail = whole.slice(Math.max(0, whole.length - Math.max(most, before.length)));
      assert.deepEqual(before, tail, `before, ${most} words: ${JSON.stringify(text)}`);
      assert.ok(before.length >= Math.min(most, whole.length), `before: too few words of ${JSON.stringify(text)}`);
      const after = strings(tokensAfter(text, 0, text.length, most, tokens));
      assert.deepEqual(after, whole.slice(0, after.length), `after, ${most} words: ${JSON.stringify(text)}`);
      assert.ok(after.length >= Math.min(most, whole.length), `after: too few words of ${JSON.stringify(text)}`);
      if (before.length < whole.length) shortened++;
    }
    assert.ok(shortened > 1000, `only ${shortened} stretches were read in part: the test hardly tests the shortening`);
  });

  it('give the guards the answers a comparison of the whole stretch\'s words gives', () => {
    const phrases = ['the', 'make a', 'at&t said', "don't", 'kit', 'i', 'key', 'a a', 'decision'];
    const list = phraseList(phrases);
    const split = phrases.map((p) => p.split(' '));
    const rand = seeded(109);
    const tokens = new Tokens();
    const seen = { ends: 0, starts: 0, has: 0 };
    for (let n = 0; n < 3000; n++) {
      const text = stretch(rand, 30);
      const whole = wordsIn(text);
      const ends = endsWith(whole, split);
      const starts = startsWith(whole, split);
      assert.equal(tokensEndWithAny(tokensBefore(text, 0, text.length, list.most, tokens), list), ends, `ends: ${JSON.stringify(text)}`);
      assert.equal(tokensStartWithAny(tokensAfter(text, 0, text.length, list.most, tokens), list), starts, `starts: ${JSON.stringify(text)}`);
      assert.equal(tokensHaveAny(tokenize(text, 0, text.length, tokens), list), has(whole, split), `has: ${JSON.stringify(text)}`);
      if (ends) seen.ends++;
      if (starts) seen.starts++;
      if (has(whole, split)) seen.has++;
    }
    // Both answers must occur often, or the comparison says little.
    for (const [what, count] of Object.entries(seen)) assert.ok(count > 300 && count < 2700, `${what}: true in ${count} of 3000`);
  });

  it('bound a sentence where a scan of the whole prose finds its breaks, within 600 characters, in 3000 random stretches', () => {
    // The breaks as a reading of the whole prose from its start finds them: after . ! ?
    // and any closers before white space (or the end), around a |, at a blank line.
    const isCloser = (ch: string) => '"”’\')]*_'.includes(ch);
    const breaksOf = (text: string): number[] => {
      const out = [0];
      for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (ch === '|') out.push(i, i + 1);
        else if (ch === '\n' && text[i + 1] === '\n') out.push(i);
        else if ('.!?'.includes(ch) && (i + 1 >= text.length || /\s/.test(text[i + 1]) || isCloser(text[i + 1]))) {
          let e = i + 1;
          while (e < text.length && isCloser(text[e])) e++;
          if (e < text.length && !/\s/.test(text[e])) continue;
          if (ch === '.' && endsAbbreviation(text, i)) continue;
          out.push(e);
          i = e - 1;
        }
      }
      return [...out, text.length];
    };
    const pieces = ['word', 'Word', ' ', ' ', '  ', '\n', '\n\n', '\t', '.', '!', '?', '...', '"', '”', '’', "'", ')', ']', '*', '_', '|', 'e.g', 'Mr', 'etc', '😀', 'x'.repeat(150), 'y '.repeat(350)];
    const rand = seeded(127);
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: 1 + rand(60) }, () => pieces[rand(pieces.length)]).join('');
      const start = rand(text.length);
      const end = Math.min(text.length, start + 1 + rand(20));
      const breaks = breaksOf(text);
      const before = Math.max(...breaks.filter((b) => b <= start));
      const after = Math.min(...breaks.filter((b) => b >= end));
      let s = Math.max(before, start - 600);
      while (s < start && /\s/.test(text[s])) s++;
      const found = sentenceAround(text, start, end);
      assert.deepEqual([found.start, found.end], [s, Math.min(after, end + 600)], `${start}-${end} of ${JSON.stringify(text)}`);
    }
  });

  it('end no sentence at the full stop of an abbreviation, as the expression for them finds it, in 3000 random stretches', () => {
    const expression = /\b(?:e\.g|i\.e|etc|vs|mr|mrs|ms|dr|inc|st|approx|no)\.$/i;
    const pieces = ['e.g', 'I.E', 'etc', 'Vs', 'mr', 'MRS', 'ms', 'dr', 'inc', 'st', 'approx', 'No', 'x', 'a', '_', '1', ' ', '.', '-', 'İ', '\u212a'];
    const rand = seeded(113);
    let abbreviations = 0;
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: rand(6) }, () => pieces[rand(pieces.length)]).join('') + '.';
      const dot = text.length - 1;
      const expected = expression.test(text.slice(Math.max(0, dot - 5), dot + 1));
      assert.equal(endsAbbreviation(text, dot), expected, JSON.stringify(text));
      if (expected) abbreviations++;
    }
    assert.ok(abbreviations > 300, `only ${abbreviations} abbreviations`);
  });
});
