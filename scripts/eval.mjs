// Measures the analyzer (dist/api.js) on the labelled sentences in test/eval/.
// Usage: node scripts/eval.mjs [--verbose] [--spans] [--json] [--set dev|dev2|holdout|blind]
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BAR, formatErrors, formatReport, loadCases, meetsBar, scoreCases } from './eval-lib.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SETS = ['dev', 'dev2', 'holdout', 'blind'];
const usage = 'usage: node scripts/eval.mjs [--verbose] [--spans] [--json] [--set dev|dev2|holdout|blind]';

const args = process.argv.slice(2);
const opts = { verbose: false, spans: false, json: false, sets: [...SETS] };
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--verbose' || a === '-v') opts.verbose = true;
  else if (a === '--spans') opts.spans = opts.verbose = true;
  else if (a === '--json') opts.json = true;
  else if (a === '--set' && SETS.includes(args[i + 1])) opts.sets = [args[++i]];
  else if (a === '--help' || a === '-h') {
    console.log(usage);
    process.exit(0);
  } else {
    console.error(`unknown argument: ${a}\n${usage}`);
    process.exit(2);
  }
}

const apiPath = path.join(root, 'dist/api.js');
if (!existsSync(apiPath)) {
  console.error('dist/api.js is missing: run `npm run build` first.');
  process.exit(2);
}
const api = createRequire(import.meta.url)(apiPath);
const analyze = (text) => api.analyze(text, { languageId: 'plaintext' });

const results = {};
for (const set of opts.sets) {
  const cases = loadCases(path.join(root, 'test/eval', `${set}.txt`), { requireSource: true });
  const started = process.hrtime.bigint();
  const result = scoreCases(cases, analyze);
  result.ms = Number(process.hrtime.bigint() - started) / 1e6;
  results[set] = result;
}

if (opts.json) {
  const out = Object.fromEntries(
    Object.entries(results).map(([set, r]) => [set, opts.verbose ? r : { ...r, errors: undefined }]),
  );
  console.log(JSON.stringify({ bar: BAR, ...out }, null, 2));
} else {
  for (const [set, r] of Object.entries(results)) {
    console.log(formatReport(set, r));
    console.log(`${set}: ${meetsBar(r) ? 'meets' : 'below'} the bar (precision >= ${BAR.precision}, recall >= ${BAR.recall}); ${r.ms.toFixed(0)} ms`);
    if (opts.verbose) {
      const listed = formatErrors(r, { spans: opts.spans });
      if (listed) console.log(`\n${listed}`);
    }
    console.log('');
  }
}
