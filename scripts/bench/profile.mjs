// Where Valued's analysis spends its time: profiles analyze() on the 1 MB benchmark input
// and prints the functions with the most self time, by function and by source file.
// It bundles server/src/api.ts itself, unminified with a source map, so the names and
// places are the sources' whatever build dist/ holds.
// Run: node scripts/bench/profile.mjs [--size 1000000] [--top 25]
import { Session } from 'node:inspector/promises';
import { createRequire, findSourceMap } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { buildInputs } from './corpus.mjs';
import { ROOT } from './tools.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const size = arg('--size', 1_000_000);
const top = arg('--top', 25);

const workDir = mkdtempSync(join(tmpdir(), 'valued-profile-'));
process.on('exit', () => rmSync(workDir, { recursive: true, force: true }));
const bundle = join(workDir, 'api.js');
await build({ entryPoints: [join(ROOT, 'server/src/api.ts')], outfile: bundle, bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: 'inline', keepNames: true, logLevel: 'error' });
process.setSourceMapsEnabled(true);
const api = createRequire(import.meta.url)(bundle);

/** file:line in the TypeScript sources for a profiled call frame of the bundle. */
function place(callFrame) {
  const url = callFrame.url;
  if (!url) return '(native)';
  const path = url.replace(/^file:\/\//, '');
  const map = findSourceMap(path);
  const entry = map ? map.findEntry(callFrame.lineNumber, callFrame.columnNumber) : null;
  if (entry && entry.originalSource) {
    const source = entry.originalSource.replace(/^file:\/\//, '');
    return `${relative(ROOT, join(workDir, source.startsWith('/') ? relative(workDir, source) : source))}:${entry.originalLine + 1}`;
  }
  return `${relative(ROOT, path)}:${callFrame.lineNumber + 1}`;
}
const { text } = buildInputs([size]).inputs[0];
for (let i = 0; i < 3; i++) api.analyze(text.slice(0, 20_000), { languageId: 'markdown' });

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
await session.post('Profiler.start');
const start = performance.now();
const findings = api.analyze(text, { languageId: 'markdown' }).length;
const ms = performance.now() - start;
const { profile } = await session.post('Profiler.stop');
session.disconnect();

// Self time per node = its sample count times the mean sampling interval.
const counts = new Map();
for (const id of profile.samples) counts.set(id, (counts.get(id) ?? 0) + 1);
const interval = (profile.endTime - profile.startTime) / 1000 / Math.max(1, profile.samples.length);
const byFunction = new Map();
const byFile = new Map();
for (const node of profile.nodes) {
  const self = (counts.get(node.id) ?? 0) * interval;
  if (self === 0) continue;
  const where = place(node.callFrame);
  const file = where.replace(/:\d+$/, '');
  const name = `${node.callFrame.functionName || '(anonymous)'}  ${where}`;
  byFunction.set(name, (byFunction.get(name) ?? 0) + self);
  byFile.set(file, (byFile.get(file) ?? 0) + self);
}
const print = (title, map, n) => {
  console.log(title);
  for (const [name, t] of [...map].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(`  ${t.toFixed(1).padStart(8)} ms  ${name}`);
};
console.log(`analyze() on ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB: ${ms.toFixed(0)} ms under the profiler, ${findings} findings`);
print('self time by function:', byFunction, top);
print('self time by file:', byFile, 10);
