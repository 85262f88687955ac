// Labelled-text format and scoring shared by `npm run eval`, the unit test that
// enforces the accuracy bar, and the fixture tests. See test/eval/README.md.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const FAMILIES = [
  'thanks-for-time',
  'needs-noun',
  'transaction-word',
  'rapport-language',
  'price-concession',
  'single-thread',
];

// `{{rule-id:flagged text}}`, or `{{flagged text}}` where a default rule applies.
// The prefix only counts as a rule id when it is a known one, so flagged text may
// itself contain a colon.
const MARKER = /\{\{(?:([a-z]+(?:-[a-z]+)*):)?([\s\S]*?)\}\}/g;
const SOURCE_TAG = /^\[([a-z-]+)\]\s+/;

/**
 * Removes markers from a text and returns the clean text with the labelled spans
 * as UTF-16 offsets into it.
 * @param {string} marked
 * @param {{ defaultRule?: string, ruleIds?: readonly string[] }} [options]
 */
export function parseMarked(marked, options = {}) {
  const ruleIds = options.ruleIds ?? FAMILIES;
  const spans = [];
  let text = '';
  let last = 0;
  for (const m of marked.matchAll(MARKER)) {
    let ruleId = m[1];
    let inner = m[2];
    if (ruleId !== undefined && !ruleIds.includes(ruleId)) {
      inner = `${ruleId}:${inner}`;
      ruleId = undefined;
    }
    ruleId ??= options.defaultRule;
    if (ruleId === undefined) {
      throw new Error(`marker without a rule id and no default rule: ${m[0]}`);
    }
    if (inner.length === 0) throw new Error(`empty marker: ${m[0]}`);
    text += marked.slice(last, m.index);
    spans.push({ ruleId, start: text.length, end: text.length + inner.length, text: inner });
    text += inner;
    last = m.index + m[0].length;
  }
  text += marked.slice(last);
  if (text.includes('{{') || text.includes('}}')) {
    throw new Error(`unbalanced marker in: ${marked}`);
  }
  return { text, spans };
}

/**
 * One case per line; blank lines and `#` comments are skipped. Eval lines start
 * with a source tag such as `[outreach]`, which is not part of the sentence.
 * @param {string} content
 * @param {{ defaultRule?: string, requireSource?: boolean, file?: string }} [options]
 */
export function parseCases(content, options = {}) {
  const cases = [];
  const lines = content.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const where = `${options.file ?? '<text>'}:${i + 1}`;
    let source;
    let body = line;
    const tag = SOURCE_TAG.exec(line);
    if (tag) {
      source = tag[1];
      body = line.slice(tag[0].length);
    } else if (options.requireSource) {
      throw new Error(`${where}: line does not start with a [source] tag`);
    }
    let parsed;
    try {
      parsed = parseMarked(body, { defaultRule: options.defaultRule });
    } catch (e) {
      throw new Error(`${where}: ${e instanceof Error ? e.message : e}`);
    }
    cases.push({ where, lineNumber: i + 1, source, sentence: parsed.text, spans: parsed.spans });
  });
  return cases;
}

export function loadCases(file, options = {}) {
  return parseCases(readFileSync(file, 'utf8'), { ...options, file: path.relative(process.cwd(), file) || file });
}

/** Offsets of every line start, so LSP positions convert to string offsets. */
export function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  return starts;
}

export function toOffset(starts, position) {
  const base = starts[Math.min(position.line, starts.length - 1)] ?? 0;
  return base + position.character;
}

/** Findings as offset spans in `text`, keeping only the rules being scored. */
export function predictedSpans(text, findings, rules = FAMILIES) {
  const starts = lineStarts(text);
  return findings
    .filter((f) => rules.includes(f.ruleId))
    .map((f) => ({
      ruleId: f.ruleId,
      start: toOffset(starts, f.range.start),
      end: toOffset(starts, f.range.end),
      text: f.text,
    }));
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;

/**
 * Matches predictions to labelled spans one to one: a prediction is a true
 * positive when it has the same rule and overlaps a labelled span not matched
 * yet. A second prediction on the same span is a false positive (the writer sees
 * two squiggles for one problem).
 */
export function matchSpans(gold, predicted) {
  const used = new Set();
  const tp = [];
  const fp = [];
  const ordered = [...predicted].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const p of ordered) {
    let best = -1;
    let bestOverlap = 0;
    gold.forEach((g, i) => {
      if (used.has(i) || g.ruleId !== p.ruleId || !overlaps(g, p)) return;
      const size = Math.min(g.end, p.end) - Math.max(g.start, p.start);
      if (size > bestOverlap) {
        best = i;
        bestOverlap = size;
      }
    });
    if (best >= 0) {
      used.add(best);
      tp.push({ gold: gold[best], predicted: p, exact: gold[best].start === p.start && gold[best].end === p.end });
    } else {
      fp.push(p);
    }
  }
  const fn = gold.filter((_, i) => !used.has(i));
  return { tp, fp, fn };
}

function emptyCounts() {
  return { tp: 0, fp: 0, fn: 0, exact: 0 };
}

function withRates(c) {
  const precision = c.tp + c.fp === 0 ? null : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? null : c.tp / (c.tp + c.fn);
  const f1 = precision === null || recall === null || precision + recall === 0 ? null : (2 * precision * recall) / (precision + recall);
  const exactRate = c.tp === 0 ? null : c.exact / c.tp;
  return { ...c, precision, recall, f1, exactRate };
}

/**
 * Runs `analyze` on every case and scores it per family and overall.
 * @param {Array<{ where: string, sentence: string, spans: any[] }>} cases
 * @param {(text: string) => any[]} analyze
 * @param {{ rules?: readonly string[] }} [options]
 */
export function scoreCases(cases, analyze, options = {}) {
  const rules = options.rules ?? FAMILIES;
  const perRule = Object.fromEntries(rules.map((r) => [r, emptyCounts()]));
  const overall = emptyCounts();
  const errors = [];
  let positives = 0;
  for (const c of cases) {
    const gold = c.spans.filter((s) => rules.includes(s.ruleId));
    if (gold.length > 0) positives++;
    const predicted = predictedSpans(c.sentence, analyze(c.sentence), rules);
    const { tp, fp, fn } = matchSpans(gold, predicted);
    for (const t of tp) {
      perRule[t.gold.ruleId].tp++;
      overall.tp++;
      if (t.exact) {
        perRule[t.gold.ruleId].exact++;
        overall.exact++;
      } else {
        errors.push({ kind: 'span', where: c.where, sentence: c.sentence, ruleId: t.gold.ruleId, expected: t.gold.text, got: c.sentence.slice(t.predicted.start, t.predicted.end) });
      }
    }
    for (const p of fp) {
      perRule[p.ruleId].fp++;
      overall.fp++;
      errors.push({ kind: 'FP', where: c.where, sentence: c.sentence, ruleId: p.ruleId, got: c.sentence.slice(p.start, p.end) });
    }
    for (const g of fn) {
      perRule[g.ruleId].fn++;
      overall.fn++;
      errors.push({ kind: 'FN', where: c.where, sentence: c.sentence, ruleId: g.ruleId, expected: g.text });
    }
  }
  return {
    sentences: cases.length,
    positives,
    negatives: cases.length - positives,
    labels: cases.reduce((n, c) => n + c.spans.filter((s) => rules.includes(s.ruleId)).length, 0),
    perRule: Object.fromEntries(Object.entries(perRule).map(([r, c]) => [r, withRates(c)])),
    overall: withRates(overall),
    errors,
  };
}

const pct = (x) => (x === null ? '    -' : x.toFixed(3));

/** A fixed-width table of one scored set. */
export function formatReport(name, result) {
  const head = `${name}: ${result.sentences} sentences (${result.positives} with labels, ${result.negatives} without), ${result.labels} labelled spans`;
  const cols = ['family'.padEnd(18), '  TP', '  FP', '  FN', ' prec.', ' recall', '    F1', ' exact'];
  const rows = [head, cols.join(' ')];
  const row = (label, c) =>
    [label.padEnd(18), String(c.tp).padStart(4), String(c.fp).padStart(4), String(c.fn).padStart(4), pct(c.precision).padStart(6), pct(c.recall).padStart(7), pct(c.f1).padStart(6), pct(c.exactRate).padStart(6)].join(' ');
  for (const [r, c] of Object.entries(result.perRule)) rows.push(row(r, c));
  rows.push(row('overall', result.overall));
  return rows.join('\n');
}

export function formatErrors(result, { spans = false } = {}) {
  return result.errors
    .filter((e) => spans || e.kind !== 'span')
    .map((e) => {
      const what = e.kind === 'FN' ? `missed "${e.expected}"` : e.kind === 'FP' ? `flagged "${e.got}"` : `span "${e.got}" vs labelled "${e.expected}"`;
      return `${e.kind.padEnd(4)} ${e.ruleId.padEnd(17)} ${what}\n     ${e.where}  ${e.sentence}`;
    })
    .join('\n');
}

/** The accuracy bar `npm test` holds the analyzer to on the dev set. */
export const BAR = { precision: 0.95, recall: 0.9 };

export function meetsBar(result) {
  const { precision, recall } = result.overall;
  return precision !== null && recall !== null && precision >= BAR.precision && recall >= BAR.recall;
}
