// Anchor hits are narrowed on the raw text before a chunk is parsed (analyzer/candidates.ts).
// That must never lose a finding, least of all where Markdown blanks a span inside a
// phrase: the pipeline is checked against every pattern run on every block of a parse.
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analyzer';
import { AnchorIndex } from '../../server/src/analyzer/anchor-index';
import { candidateHits } from '../../server/src/analyzer/candidates';
import { markdownChunks, plaintextChunks } from '../../server/src/analyzer/chunks';
import { analyzeProse, compileFamily } from '../../server/src/analyzer/engine';
import { LineIndex } from '../../server/src/analyzer/line-index';
import { segmentMarkdown } from '../../server/src/analyzer/markdown';
import { segmentPlaintext } from '../../server/src/analyzer/plaintext';
import { CATALOG } from '../../server/src/rules/catalog';
import { patternAnchor } from '../../server/src/rules/anchors';
import { patternReach } from '../../server/src/rules/compile';
import { maxSpaceRuns } from '../../server/src/rules/reach';
import { labelledSentences } from '../helpers/labelled';
import { seeded } from '../helpers/seeded';
import { unanchored } from '../helpers/unanchored';


/** Findings as rule:start-end offsets, from every pattern on every block. */
function reference(text: string, languageId: 'markdown' | 'plaintext'): string[] {
  const chunks = languageId === 'markdown' ? markdownChunks(text) : plaintextChunks(text);
  return chunks.flatMap((c) => {
    const slice = text.slice(c.start, c.end);
    const { blocks } = languageId === 'markdown' ? segmentMarkdown(slice, new LineIndex(slice), c.start === 0) : segmentPlaintext(slice, new LineIndex(slice));
    return blocks.flatMap((b) => analyzeProse(b.prose, unanchored).map((f) => `${f.ruleId}:${c.start + b.start + f.start}-${c.start + b.start + f.end}`));
  });
}

function pipeline(text: string, languageId: 'markdown' | 'plaintext'): string[] {
  const lines = new LineIndex(text);
  const offset = (p: { line: number; character: number }) => lines.starts[p.line] + p.character;
  return analyze(text, { languageId }).map((f) => `${f.ruleId}:${offset(f.range.start)}-${offset(f.range.end)}`);
}

// Spans the parser blanks (code, HTML with spaces inside, link destinations with
// titles, URLs, addresses), Markdown that stays, and line breaks, to put between words.
const DECOR = ['`x y`', '<b class="a b">', '</b>', '<span title="x y" >', '[', '](https://example.com/a "a b c")', '][ref]',
  'https://example.com/x?q=1', 'bob@example.com', '<https://example.com>', '**', '_', '\n', '\n> ', '![alt text](i.png "t t")', '<!-- c d -->', '>',
  // Spans whose end hides behind an earlier closer: a quoted >, a > in a comment, a ) in a title or nested.
  '<a title="x>y" class="a b">', '<!-- c > d e -->', '](u "a) b")', '](a(b) "c d")', ')', '(an aside)', '<x@example.com> >',
  '][a ref]', '[1]', '<<', 'a < b', '<br />'];

// Pairs of words an anchor of several words joins ("last look"). A span between them
// hides the anchor from the pass over the raw text: a limit anchor-index.ts states.
const joined = new Set(
  CATALOG.map(compileFamily)
    .flatMap((f) => f.patterns.flatMap((p) => ('words' in p.anchorSpec ? p.anchorSpec.words : [])))
    .flatMap((w) => {
      const words = w.toLowerCase().split(' ');
      return words.slice(1).map((next, i) => `${words[i]} ${next}`);
    }),
);

/** Sentences with a decoration put in place of the space between two words. */
function decorated(seed: number): string[] {
  const rand = seeded(seed);
  return labelledSentences().map((s) => {
    const gaps = [...s.matchAll(/(\S+) (?=(\S+))/g)].filter((m) => !joined.has(`${m[1]} ${m[2]}`.toLowerCase().replace(/[^\w' -]/g, ''))).map((m) => m.index + m[1].length);
    if (gaps.length === 0) return s;
    const at = gaps[rand(gaps.length)];
    return `${s.slice(0, at)} ${DECOR[rand(DECOR.length)]} ${s.slice(at + 1)}`;
  });
}

describe('candidate hits', () => {
  for (const languageId of ['markdown', 'plaintext'] as const) {
    it(`lose no finding of a full reading, on every labelled sentence with blanked spans put inside (${languageId})`, () => {
      for (const seed of [3, 7]) {
        const sentences = decorated(seed);
        // Paragraphs of a few sentences each, so chunks hold several blocks and hits.
        for (let i = 0; i < sentences.length; i += 40) {
          const text = sentences.slice(i, i + 40).map((s, k) => (k % 3 === 2 ? `${s}\n\n` : `${s} `)).join('');
          assert.deepEqual(pipeline(text, languageId), reference(text, languageId), `seed ${seed}, sentences ${i}-${i + 39}`);
        }
      }
    });
  }

  it('lose no finding in documents of random Markdown structure around labelled sentences', () => {
    const rand = seeded(19);
    const sentences = labelledSentences();
    const structure = ['', '', '```', '~~~', '    indented', '<div>', '</div>', '<!-- x -->', '<pre>', '</pre>', '# ', '> ', '- ', '1. ', '  ', 'a | b', '--- | ---', '---', '[x]: https://example.com'];
    let found = 0;
    for (let n = 0; n < 600; n++) {
      const lines = Array.from({ length: 10 + rand(30) }, () => {
        const piece = structure[rand(structure.length)];
        return rand(2) ? piece + sentences[rand(sentences.length)] : piece;
      });
      const text = lines.join(rand(5) ? '\n' : '\r\n');
      const expected = reference(text, 'markdown');
      assert.deepEqual(pipeline(text, 'markdown'), expected, JSON.stringify(text));
      found += expected.length;
    }
    assert.ok(found > 200, `only ${found} findings: the documents hardly test anything`);
  });

  it('lose no finding where chunks read in place meet: sentences cut by a blank line, and the words around the cut', () => {
    // A chunk with no opener is asked about where it stands in the whole text, whose
    // neighbouring chunks a pattern or a sentence could reach into; its findings must be
    // those of the chunk read alone.
    const rand = seeded(23);
    const sentences = labelledSentences();
    let found = 0;
    for (let i = 0; i < sentences.length; i += 30) {
      const text = sentences
        .slice(i, i + 30)
        .map((s) => {
          const gaps = [...s.matchAll(/ /g)].map((m) => m.index);
          if (gaps.length === 0 || rand(2) === 0) return `${s}\n\n`;
          const at = gaps[rand(gaps.length)];
          return `${s.slice(0, at)}\n\n${s.slice(at + 1)}\n\n`;
        })
        .join('');
      for (const languageId of ['markdown', 'plaintext'] as const) {
        const expected = reference(text, languageId);
        assert.deepEqual(pipeline(text, languageId), expected, `${languageId}, sentences ${i}-${i + 29}`);
        found += expected.length;
      }
    }
    assert.ok(found > 100, `only ${found} findings: the documents hardly test anything`);
  });

  it('keep a phrase whose words an HTML tag with spaces separates', () => {
    const text = 'Thanks <b class="x y z">for</b> your time.\n';
    assert.deepEqual(reference(text, 'markdown'), ['thanks-for-time:0-41']);
    assert.deepEqual(pipeline(text, 'markdown'), reference(text, 'markdown'));
  });

  it('keep a phrase whose words a bare URL separates, counting the URL as the space it becomes', () => {
    const text = 'Our lone https://example.com/x?q=1 contact at Dunder left.\n';
    assert.equal(reference(text, 'markdown').length, 1);
    assert.deepEqual(pipeline(text, 'markdown'), reference(text, 'markdown'));
  });

  it('keep a phrase whose words a bare URL separates, also when an address in the chunk holds a ]', () => {
    // A ] inside an address would read as a link's in the raw text: the chunk is then blanked whole.
    for (const text of ['Our lone https://example.com/a]b contact at Dunder left.\n', 'See https://example.com/x]y.\nOur lone https://example.com/x?q=1 contact at Dunder left.\n']) {
      assert.equal(reference(text, 'markdown').length, 1, text);
      assert.deepEqual(pipeline(text, 'markdown'), reference(text, 'markdown'), text);
    }
  });

  it('keep a phrase whose words a reference label with spaces separates, from its closing bracket', () => {
    // The label's "][a b ref]" becomes white space; the reach back from "contact" ends inside it.
    const text = '[a b ref]: https://example.com\n[Our lone][a b ref] contact at Dunder left.\n';
    assert.equal(reference(text, 'markdown').length, 1);
    assert.deepEqual(pipeline(text, 'markdown'), reference(text, 'markdown'));
  });

  it('drop hits no pattern matches around, without parsing anything', () => {
    // "time" and "close" are anchors; nothing here is a finding.
    assert.deepEqual(pipeline('It is time to close the window.\n', 'markdown'), []);
  });

  it("judge a one-word match's guard requirements on its whole sentence, and keep every finding the blocks give", () => {
    // Where the chunk blanks nothing, a one-word match whose guard requires a word in its
    // sentence is dropped when the chunk's sentence around it lacks that word. The word
    // stands far from the match here, before it and after it, in one paragraph, across a
    // soft line break, and in a neighbouring list item or quote line, which is another block.
    const filler = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua';
    const cases = CATALOG.map(compileFamily).flatMap((f) => f.patterns).filter((p) => p.oneRun && p.guard?.requireSentenceHas && 'words' in p.anchorSpec);
    assert.ok(cases.length >= 10, `only ${cases.length} one-word patterns with a sentence requirement`);
    let found = 0;
    for (const p of cases) {
      const word = (p.anchorSpec as { words: string[] }).words[0];
      for (const required of p.spec.guard!.requireSentenceHas!.slice(0, 3)) {
        const match = `${word} Acme`;
        for (const text of [
          `${required} ${filler} ${match} today.\n`,
          `${match} ${filler} ${required} today.\n`,
          `${required} ${filler}\n${filler} ${match} today.\n`,
          `- ${required} ${filler}.\n- ${match} ${filler} today.\n`,
          `> ${required} ${filler}.\n>\n> ${match} ${filler} today.\n`,
        ]) {
          const expected = reference(text, 'markdown');
          assert.deepEqual(pipeline(text, 'markdown'), expected, JSON.stringify(text));
          assert.deepEqual(pipeline(text, 'plaintext'), reference(text, 'plaintext'), JSON.stringify(text));
          found += expected.length;
        }
      }
    }
    assert.ok(found > cases.length, `only ${found} findings: the sentences hardly test anything`);
  });

  it('keep a hit only for a match that holds its anchor there, not for one near it', () => {
    // "approval budget" is anchored on "approval". The first "approval" is within reach
    // of the match that starts at the second, but no match holds it.
    const families = [compileFamily({ kind: 'phrase', id: 'p', severity: 'warning', message: 'm', patterns: [{ match: 'approval (of )?budget' }] })];
    const text = 'Approval approval budget, and approval of budget.';
    const hits = new AnchorIndex(families).hits(text);
    assert.deepEqual(hits.toArray().map((h) => h.at), [0, 9, 30]);
    assert.deepEqual(candidateHits(text, hits).toArray().map((h) => h.at), [9, 30]);
  });
});

describe('pattern reach', () => {
  it('counts the runs of white space a match can hold', () => {
    assert.equal(maxSpaceRuns('a\\s+b'), 1);
    assert.equal(maxSpaceRuns('(?:x\\s+)?y\\s+z'), 2);
    assert.equal(maxSpaceRuns('(?:a|b\\s+c\\s+d)'), 2);
    assert.equal(maxSpaceRuns('(?:[\\w-]+\\s+){0,3}end'), 3);
    assert.equal(maxSpaceRuns('\\d{1,3}\\s*%'), 1);
    assert.equal(maxSpaceRuns("(?<![\\w\\s'])a"), 0);
    assert.equal(maxSpaceRuns('[\\d,.]*x'), 0);
    assert.equal(maxSpaceRuns('[^x]'), 1);
    assert.equal(maxSpaceRuns('(?:a\\s+)*'), Infinity);
  });

  it('is finite for every catalog pattern, on both sides of its anchor', () => {
    for (const f of CATALOG.map(compileFamily)) {
      for (const p of f.patterns) {
        assert.ok(Number.isFinite(p.reach.before) && Number.isFinite(p.reach.after), `${f.family.id}: ${p.spec.match}`);
      }
    }
  });

  it('counts runs before the anchor and from it on, apart', () => {
    const pattern = '(thank you|thanks) (so much )?for (your|the) time';
    // "thank you so much for your time": six gaps, all before "time", all after "thank".
    assert.deepEqual(patternReach(pattern, patternAnchor(pattern, '', 'time')), { before: 6, after: 0 });
    assert.deepEqual(patternReach(pattern, patternAnchor(pattern, '', 'thanks')), { before: 0, after: 6 });
  });
});
