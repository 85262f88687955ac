// Anchors only decide where the patterns run; they must never change what is found.
import assert from 'node:assert/strict';
import { CATALOG } from '../../server/src/rules/catalog';
import { analyze } from '../../server/src/analyzer';
import { analyzeProse, compileFamily } from '../../server/src/analyzer/engine';
import { patternAnchor } from '../../server/src/rules/anchors';
import { trieSource } from '../../server/src/rules/trie';
import { labelledSentences } from '../helpers/labelled';
import { unanchored } from '../helpers/unanchored';

const families = CATALOG.map(compileFamily);

describe('anchors', () => {
  it('find exactly what the full patterns find, on every labelled and fixture sentence', () => {
    const all = labelledSentences();
    assert.ok(all.length > 800, `expected the labelled sets and fixtures, found ${all.length} sentences`);
    // The full pipeline (anchor index, chunks, selected patterns) and the per-block anchor
    // tests must both agree with running every pattern everywhere.
    const differ = all.filter((s) => {
      const full = analyzeProse(s, unanchored).map((f) => `${f.ruleId}:${f.start}-${f.end}`).join();
      const blockAnchors = analyzeProse(s, families).map((f) => `${f.ruleId}:${f.start}-${f.end}`).join();
      const pipeline = analyze(s, { languageId: 'plaintext' }).map((f) => `${f.ruleId}:${f.range.start.character}-${f.range.end.character}`).join();
      return blockAnchors !== full || pipeline !== full;
    });
    assert.deepEqual(differ, []);
  });

  it('are literal words for every pattern but the one anchored on a number with a percent sign', () => {
    const expressions = families.flatMap((f) => f.patterns.filter((p) => 'source' in p.anchorSpec).map((p) => `${f.family.id}: ${p.spec.match}`));
    // A pattern without a literal anchor is scanned on its own over the whole text: keep them rare.
    assert.ok(expressions.length <= 1 && expressions.every((e) => e.includes('%')), expressions.join('\n'));
  });

  it('take a mandatory word group, never an optional one', () => {
    // `at` is where the group starts in the pattern, for the probe that matches around it.
    assert.deepEqual(patternAnchor('(really )?(thank|thanks) (so much )?for', 'x'), { words: ['thank', 'thanks'], at: 10 });
    assert.deepEqual(patternAnchor('(my|our) (only )?(contact|champion)', 'x'), { words: ['contact', 'champion'], at: 17 });
    assert.throws(() => patternAnchor('(my|our) (only )?(contact|champion)', 'x', 'only'), /not a mandatory word/);
  });

  it('take two neighbouring groups together when the pair is rarer, but not a run of common words', () => {
    // "main person" is rarer than "person": every match holds both groups, side by side.
    assert.deepEqual(patternAnchor('(our|my) (main|key) (person|guy) (at|in)', 'x'), { words: ['main person', 'main guy', 'key person', 'key guy'], at: 9 });
    // "of a" stands in every other sentence: the rarer single group is kept.
    assert.deepEqual(patternAnchor('(start|beginning) of a (beautiful )?friendship', 'x'), { words: ['friendship'], at: 36 });
    // An optional group between two groups parts them.
    assert.deepEqual(patternAnchor('(cozy|cosy) (up )?to', 'x'), { words: ['cozy', 'cosy'], at: 0 });
  });

  it('compile many words into one prefix-factored expression that matches each of them', () => {
    const words = ['decide', 'decision', 'decisions', 'deal', 'thank you', "can't"];
    const re = new RegExp(`^(?:${trieSource(words)})$`, 'i');
    for (const w of [...words, 'Thank   you', 'can’t']) assert.ok(re.test(w), w);
    for (const w of ['decid', 'dea', 'thank']) assert.ok(!re.test(w), w);
  });
});
