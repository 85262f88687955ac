// Holds the analyzer to the accuracy bar on the labelled set, with the same scorer
// `npm run eval` uses, and checks the set itself stays well-formed.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../../shared/src/findings';

type EvalLib = typeof import('../../scripts/eval-lib.mjs', { with: { 'resolution-mode': 'import' } });

const root = path.resolve(__dirname, '../..');
const evalDir = path.join(root, 'test/eval');
const apiPath = path.join(root, 'dist/api.js');

let lib: EvalLib;
before(async () => {
  lib = await import(path.join(root, 'scripts/eval-lib.mjs'));
});

interface Api {
  analyze(text: string, options: { languageId: string }): Finding[];
}

function loadApi(): Api {
  assert.ok(existsSync(apiPath), 'dist/api.js is missing: run `npm run build` first');
  return require(apiPath) as Api;
}

function loadAnalyze(): (text: string) => Finding[] {
  const api = loadApi();
  return (text) => api.analyze(text, { languageId: 'plaintext' });
}

describe('evaluation scorer', () => {
  const finding = (ruleId: string, start: number, end: number): Finding => ({
    ruleId,
    severity: 'warning',
    message: '',
    text: '',
    fixes: [],
    range: { start: { line: 0, character: start }, end: { line: 0, character: end } },
  });

  it('turns markers into spans over the clean sentence, in UTF-16 offsets', () => {
    const { text, spans } = lib.parseMarked('🚀 {{thanks-for-time:Thanks for your time}}: see {{needs-noun:your needs}}.');
    assert.equal(text, '🚀 Thanks for your time: see your needs.');
    assert.deepEqual(
      spans.map((s) => [s.ruleId, s.start, s.end, text.slice(s.start, s.end)]),
      [
        ['thanks-for-time', 3, 23, 'Thanks for your time'],
        ['needs-noun', 29, 39, 'your needs'],
      ],
    );
  });

  it('reads the short form with a default rule, and keeps a colon that is not a rule id', () => {
    const { text, spans } = lib.parseMarked('Rep: {{Re: your needs}}', { defaultRule: 'needs-noun' });
    assert.equal(text, 'Rep: Re: your needs');
    assert.deepEqual(spans, [{ ruleId: 'needs-noun', start: 5, end: 19, text: 'Re: your needs' }]);
    assert.throws(() => lib.parseMarked('{{your needs}}'), /no default rule/);
    assert.throws(() => lib.parseMarked('a {{needs-noun:b} c'), /unbalanced/);
  });

  it('counts an overlapping finding of the same rule once, and everything else as FP or FN', () => {
    const cases = lib.parseCases('[outreach] We meet {{needs-noun:your needs}} and {{price-concession:best price}}.\n[news] Oil prices rose.', {
      requireSource: true,
    });
    const byText: Record<string, Finding[]> = {
      // overlaps "your needs" partly; a duplicate on the same span; a wrong rule on the price span
      'We meet your needs and best price.': [finding('needs-noun', 13, 18), finding('needs-noun', 8, 18), finding('transaction-word', 23, 27)],
      'Oil prices rose.': [finding('price-concession', 4, 10)],
    };
    const result = lib.scoreCases(cases, (text) => byText[text] ?? []);
    assert.equal(result.perRule['needs-noun'].tp, 1);
    assert.equal(result.perRule['needs-noun'].exact, 1, 'the exact finding wins the match over the partial one');
    assert.equal(result.perRule['needs-noun'].fp, 1);
    assert.equal(result.perRule['transaction-word'].fp, 1);
    assert.equal(result.perRule['price-concession'].fn, 1);
    assert.equal(result.perRule['price-concession'].fp, 1);
    assert.deepEqual([result.overall.tp, result.overall.fp, result.overall.fn], [1, 3, 1]);
    assert.equal(result.overall.precision, 0.25);
    assert.equal(result.overall.recall, 0.5);
  });

  it('converts multi-line positions, CRLF included', () => {
    const text = 'a\r\nb\nyour needs';
    const spans = lib.predictedSpans(text, [{ ...finding('needs-noun', 0, 10), range: { start: { line: 2, character: 0 }, end: { line: 2, character: 10 } } }]);
    assert.equal(text.slice(spans[0].start, spans[0].end), 'your needs');
  });
});

describe('labelled evaluation set', () => {
  const load = (name: string) => lib.loadCases(path.join(evalDir, name), { requireSource: true });

  it('is large enough, tagged by source, and balanced between positives and negatives', () => {
    const dev = load('dev.txt');
    const holdout = load('holdout.txt');
    assert.ok(dev.length >= 450, `dev.txt has ${dev.length} sentences, needs at least 450`);
    assert.ok(holdout.length >= 150, `holdout.txt has ${holdout.length} sentences, needs at least 150`);
    for (const set of [dev, holdout]) {
      const share = set.filter((c) => c.spans.length > 0).length / set.length;
      assert.ok(share > 0.3 && share < 0.5, `positives are ${(share * 100).toFixed(0)}% of the set`);
      for (const family of lib.FAMILIES) {
        assert.ok(set.some((c) => c.spans.some((s) => s.ruleId === family)), `no positive for ${family}`);
      }
    }
  });

  it('holds no sentence twice, within or across the two files', () => {
    const seen = new Map<string, string>();
    for (const c of [...load('dev.txt'), ...load('holdout.txt')]) {
      const key = c.sentence.toLowerCase();
      assert.ok(!seen.has(key), `${c.where} repeats ${seen.get(key)}`);
      seen.set(key, c.where);
    }
  });

  it('keeps every labelled span on word boundaries', () => {
    for (const c of [...load('dev.txt'), ...load('holdout.txt')]) {
      for (const s of c.spans) {
        assert.equal(s.text, s.text.trim(), `${c.where}: span "${s.text}" has outer spaces`);
        const before = c.sentence[s.start - 1] ?? ' ';
        const after = c.sentence[s.end] ?? ' ';
        assert.ok(!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after), `${c.where}: span "${s.text}" cuts a word`);
      }
    }
  });
});

describe('accuracy on the dev set', () => {
  it(`reaches overall precision >= 0.95 and recall >= 0.90`, () => {
    const analyze = loadAnalyze();
    const result = lib.scoreCases(lib.loadCases(path.join(evalDir, 'dev.txt'), { requireSource: true }), analyze);
    const { precision, recall } = result.overall;
    const misses = lib.formatErrors(result).split('\n').slice(0, 40).join('\n');
    assert.ok(
      lib.meetsBar(result),
      `precision ${precision?.toFixed(3)}, recall ${recall?.toFixed(3)}; first errors (npm run eval -- --verbose lists all):\n${misses}`,
    );
  });
});

// The per-rule and Markdown fixtures share the eval format, so they are checked
// with the same matcher: every labelled span found, nothing else of the rule.
describe('rule fixtures', () => {
  const rulesDir = path.join(root, 'test/fixtures/rules');
  const ruleIds = ['thanks-for-time', 'needs-noun', 'transaction-word', 'rapport-language', 'price-concession', 'single-thread'];

  for (const ruleId of ruleIds) {
    it(`${ruleId}: flags every marked span and nothing unmarked`, () => {
      const analyze = loadAnalyze();
      const cases = lib.loadCases(path.join(rulesDir, `${ruleId}.txt`), { defaultRule: ruleId });
      const result = lib.scoreCases(cases, analyze, { rules: [ruleId] });
      assert.equal(result.errors.filter((e) => e.kind !== 'span').length, 0, `\n${lib.formatErrors(result)}`);
    });

    it(`${ruleId}: every fix reads right and removes the finding without a new one`, () => {
      const analyze = loadAnalyze();
      const cases = lib.loadCases(path.join(rulesDir, `${ruleId}.txt`), { defaultRule: ruleId });
      const problems: string[] = [];
      let tried = 0;
      for (const c of cases) {
        const before = analyze(c.sentence).filter((f) => f.ruleId === ruleId);
        for (const finding of before) {
          for (const fix of finding.fixes) {
            tried++;
            const fixed = applyEdits(c.sentence, fix.edits);
            const after = analyze(fixed).filter((f) => f.ruleId === ruleId);
            const label = `${c.where} "${fix.title}": ${JSON.stringify(c.sentence)} -> ${JSON.stringify(fixed)}`;
            if (after.length >= before.length) problems.push(`${label} still has ${after.length} finding(s)`);
            const doubled = doubledWords(fixed).filter((w) => !doubledWords(c.sentence).includes(w));
            if (doubled.length) problems.push(`${label} doubles "${doubled.join('", "')}"`);
            if (/ {2}| [,.;:!?]|^\s|\s$/.test(fixed) && !/ {2}| [,.;:!?]|^\s|\s$/.test(c.sentence)) problems.push(`${label} leaves broken spacing`);
          }
        }
      }
      assert.deepEqual(problems, []);
      // The brief offers no automatic rewrite for price concessions; every other rule has one.
      if (ruleId !== 'price-concession') assert.ok(tried > 0, `no ${ruleId} fix was offered on any fixture line`);
    });
  }
});

describe('markdown fixtures', () => {
  const dir = path.join(root, 'test/fixtures/markdown');
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
    it(`${name}: findings exactly where marked, none in code, markup or metadata`, () => {
      const analyze = loadApi().analyze;
      const { text, spans } = lib.parseMarked(readFileSync(path.join(dir, name), 'utf8'));
      const findings = analyze(text, { languageId: 'markdown' });
      const { fp, fn } = lib.matchSpans(spans, lib.predictedSpans(text, findings));
      const starts = lib.lineStarts(text);
      const lineOf = (offset: number) => starts.filter((st) => st <= offset).length;
      const show = (s: { ruleId: string; start: number; text: string }) => `${s.ruleId} "${s.text}" on line ${lineOf(s.start)}`;
      assert.deepEqual({ unexpected: fp.map(show), missed: fn.map(show) }, { unexpected: [], missed: [] });
    });
  }
});

function applyEdits(text: string, edits: Finding['fixes'][number]['edits']): string {
  const starts = lib.lineStarts(text);
  const spans = edits
    .map((e) => ({ start: lib.toOffset(starts, e.range.start), end: lib.toOffset(starts, e.range.end), newText: e.newText }))
    .sort((a, b) => b.start - a.start);
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + s.newText + out.slice(s.end);
  return out;
}

function doubledWords(text: string): string[] {
  return [...text.matchAll(/\b([\p{L}']+)\s+\1\b/giu)].map((m) => m[1].toLowerCase());
}
