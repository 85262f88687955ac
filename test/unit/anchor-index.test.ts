// The anchor pass reads the catalog's words run by run (analyzer/anchor-words.ts), and
// any other words with an expression that matches only a word's first character
// (rules/anchors.ts, firstCharacterSource) and the whole word, sticky there. Both must
// find what the whole-word expression finds when each match is searched again from
// one character past its start.
import assert from 'node:assert/strict';
import { AnchorIndex, HitList } from '../../server/src/analyzer/anchor-index';
import { AnchorWords, isScannable } from '../../server/src/analyzer/anchor-words';
import { compileFamily } from '../../server/src/analyzer/engine';
import { CATALOG } from '../../server/src/rules/catalog';
import { anchorsSource, firstCharacterSource, isBoundedWord } from '../../server/src/rules/anchors';
import { normalizeWord } from '../../server/src/rules/trie';
import { seeded } from '../helpers/seeded';

/** [start, end) of each match of the whole-word expression, searched again from one past each start. */
function byWholeWord(words: string[], text: string): string[] {
  const re = new RegExp(anchorsSource([{ words }]), 'gi');
  const out: string[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    out.push(`${m.index}-${m.index + m[0].length}`);
    re.lastIndex = m.index + 1;
  }
  return out;
}

/** Where each match of the whole-word expression starts, and the word it is (the longest there). */
function wordsByWholeWord(words: string[], text: string): string[] {
  const re = new RegExp(anchorsSource([{ words }]), 'gi');
  const out: string[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    out.push(`${m.index}:${normalizeWord(m[0])}`);
    re.lastIndex = m.index + 1;
  }
  return out;
}

function wordsByRuns(words: string[], text: string): string[] {
  const scanned = new AnchorWords([...new Set(words.map(normalizeWord))].map((word) => ({ word, value: word }))).scan(text);
  return Array.from({ length: scanned.length }, (_, k) => `${scanned.at[k]}:${scanned.values[k]}`);
}

function byFirstCharacter(words: string[], text: string): string[] {
  const starts = new RegExp(firstCharacterSource(words, words.every(isBoundedWord)), 'gi');
  const ends = new RegExp(anchorsSource([{ words }]), 'iy');
  const out: string[] = [];
  while (starts.test(text)) {
    const at = starts.lastIndex - 1;
    ends.lastIndex = at;
    assert.ok(ends.test(text), `a word starts at ${at} of ${JSON.stringify(text)} but none ends`);
    out.push(`${at}-${ends.lastIndex}`);
  }
  return out;
}

const catalogWords = [...new Set(CATALOG.map(compileFamily).flatMap((f) => f.anchors.flatMap((a) => ('words' in a ? a.words : []))))];
const bounded = catalogWords.filter(isBoundedWord);
const unbounded = ['valued-', "'ll try not to", '%', '100%'];
// A word of one character that also opens longer ones, and words that open others.
const short = ['u', 'ur', 'u r', 'thank', 'thank you', 'thanks', "i'd", 'i', 'x_y'];

// Pieces that meet the words at their edges: other word characters, both apostrophes,
// runs and kinds of white space, capitals, digits, punctuation and non-ASCII letters.
function randomText(rand: (n: number) => number, words: string[]): string {
  const glue = [' ', '  ', '\n', '\t', '\u00a0', '-', "'", '’', '.', ',', 'x', 'S', '_', '0', 'é', '%', ''];
  const variants = (w: string) => [w, w.toUpperCase(), w[0].toUpperCase() + w.slice(1), w.replace(/'/g, '’'), w.replace(/ /g, ' \n '), w.slice(0, -1), w + 's'];
  return Array.from({ length: 30 }, () => {
    const forms = variants(words[rand(words.length)]);
    return forms[rand(forms.length)] + glue[rand(glue.length)];
  }).join('');
}

describe('anchor index', () => {
  for (const [name, words, seed] of [['catalog words', bounded, 83], ['words without a word character at an edge', unbounded, 89], ['short words that open longer ones', short, 97]] as const) {
    it(`finds each word where the whole-word expression does, in 400 random texts (${name})`, () => {
      assert.ok(words.length > 3, `expected words to test, found ${words.length}`);
      const rand = seeded(seed);
      let found = 0;
      for (let n = 0; n < 400; n++) {
        const text = randomText(rand, words);
        const expected = byWholeWord(words, text);
        assert.deepEqual(byFirstCharacter(words, text), expected, JSON.stringify(text));
        found += expected.length;
      }
      assert.ok(found > 2000, `only ${found} words found: the texts hardly test the anchors`);
    });
  }

  for (const [name, words, seed] of [['catalog words', bounded, 101], ['short words that open longer ones', short, 103]] as const) {
    it(`reads each word run by run where the whole-word expression finds it, in 400 random texts (${name})`, () => {
      assert.ok(words.every(isScannable), 'every word of the set can be read run by run');
      const rand = seeded(seed);
      let found = 0;
      let several = 0;
      for (let n = 0; n < 400; n++) {
        const text = randomText(rand, words);
        const expected = wordsByWholeWord(words, text);
        assert.deepEqual(wordsByRuns(words, text), expected, JSON.stringify(text));
        found += expected.length;
        several += expected.filter((e) => /[\s'-]/.test(e)).length;
      }
      assert.ok(found > 2000 && several > 300, `only ${found} words found, ${several} of several runs: the texts hardly test the reading`);
    });
  }

  it('reads a word whose run the bitmaps hold only with the run after it, and not where another run follows', () => {
    const words = ['the only contact', 'the relationship', 'deal'];
    const text = 'The only contact. the  relationship, the only one, THE\nrelationship-deal the-relationship';
    assert.deepEqual(wordsByRuns(words, text), wordsByWholeWord(words, text));
    // Not "the-relationship": a hyphen is no white space.
    assert.deepEqual(wordsByRuns(words, text).map((w) => w.split(':')[1]), ['the only contact', 'the relationship', 'the relationship', 'deal']);
  });

  it('leaves to a search the words it cannot read run by run, and merges their hits in order', () => {
    assert.equal(isScannable('naïve approach'), false);
    assert.equal(isScannable('100%'), false);
    assert.equal(isScannable("don't want"), true);
    const families = [compileFamily({ kind: 'phrase', id: 'p', severity: 'warning', message: 'm', patterns: [{ match: '100% (off|discount)' }, { match: 'deal' }] })];
    const hits = new AnchorIndex(families).hits('A deal: 100% off, <!-- valued-disable --> deal').toArray();
    assert.deepEqual(hits.map((h) => h.at), [2, 8, 23, 42]);
  });

  it('finds literals where they are written, as a plain search does, in 300 random texts', () => {
    const families = [compileFamily({ kind: 'phrase', id: 'p', severity: 'warning', message: 'm', patterns: [{ match: '100% off', anchor: '100%' }, { match: '(save )?%' }] })];
    const index = new AnchorIndex(families);
    const rand = seeded(107);
    const pieces = ['100%', '2100%', '%', '10%', 'valued-', 'VALUED-', 'valued', '<!-- valued-disable -->', ' ', 'off ', '\n', '-'];
    let found = 0;
    for (let n = 0; n < 300; n++) {
      const text = Array.from({ length: rand(30) }, () => pieces[rand(pieces.length)]).join('');
      const expected: number[] = [];
      for (const word of ['100%', '%', 'valued-']) for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) expected.push(at);
      const hits = index.hits(text).toArray().map((h) => h.at);
      assert.deepEqual(hits, expected.sort((a, b) => a - b), JSON.stringify(text));
      found += hits.length;
    }
    assert.ok(found > 1500, `only ${found} literals found`);
  });

  it('reports each hit at its word, with the targets of the words it opens with', () => {
    const families = [compileFamily({ kind: 'phrase', id: 'p', severity: 'warning', message: 'm', patterns: [{ match: '(thank you) kindly', anchor: 'thank you' }, { match: 'thank' }, { match: 'you kindly', anchor: 'kindly' }] })];
    const index = new AnchorIndex(families);
    const hits = index.hits('THANK  you kindly, and Thank’s.').toArray();
    // "thank you" (any white space between) at 0, "kindly" at 11, "thank" before ’s at 23.
    assert.deepEqual(hits.map((h) => [h.at, h.targets.length]), [[0, 2], [11, 1], [23, 1]]);
  });

  it('keeps hits in order as the list grows and others are merged in, the list first on a tie', () => {
    const a: never[] = [];
    const b: never[] = [];
    const list = new HitList();
    for (let k = 0; k < 600; k++) list.push(k * 2, a);
    list.merge([{ at: -1, targets: b }, { at: 4, targets: b }, { at: 601, targets: b }, { at: 5000, targets: b }]);
    const merged = list.toArray();
    assert.equal(merged.length, 604);
    assert.deepEqual(merged.slice(0, 5).map((h) => [h.at, h.targets === a ? 'list' : 'more']), [[-1, 'more'], [0, 'list'], [2, 'list'], [4, 'list'], [4, 'more']]);
    assert.ok(merged.every((h, k) => k === 0 || merged[k - 1].at <= h.at));
    assert.equal(merged[603].at, 5000);
    // Emptied and filled again, it holds only the new hits.
    new AnchorIndex([compileFamily({ kind: 'phrase', id: 'p', severity: 'warning', message: 'm', patterns: [{ match: 'thank' }] })]).hits('Thank you.', list);
    assert.deepEqual(list.toArray().map((h) => h.at), [0]);
  });
});
