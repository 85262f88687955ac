// npm run bench: Valued against textlint+prh, write-good, alex and a regex floor on the
// same real prose, then the language server's editing latency and footprint.
// Progress goes to stderr; the report goes to stdout.
import { execFileSync, fork } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORPUS_PACKAGE, buildInputs } from './corpus.mjs';
import { measureEditing } from './editing.mjs';
import { settleOnce } from './deadline.mjs';
import { benchPhrases } from './phrases.mjs';
import { logLogSlope, median } from './stats.mjs';
import { API_PATH, ROOT, loadApi } from './tools.mjs';
import { formatBytes, printTable, printTargets } from './report.mjs';

const quick = process.argv.includes('--quick');
const log = (line) => process.stderr.write(`${line}\n`);

// Fewer timed rounds at the large sizes keep the whole run under five minutes on 2 cores.
const SIZES = [
  { label: '10 KB', target: 10_000, rounds: quick ? 2 : 9 },
  { label: '100 KB', target: 100_000, rounds: quick ? 2 : 7 },
  { label: '1 MB', target: 1_000_000, rounds: quick ? 1 : 5 },
  { label: '5 MB', target: 5_000_000, rounds: quick ? 1 : 3 },
];
const TOOL_ORDER = ['valued', 'floor', 'textlint+prh', 'write-good', 'alex'];
// alex finds each word's line by scanning line starts, so it slows down faster than the
// input grows (about 20 s a run at 1 MB here): it is measured up to 100 KB and the larger
// sizes are reported as skipped, with a projection.
const MAX_BYTES = { alex: 100_000 };
// The throughput part must leave time for the editor part inside five minutes: a size
// whose first run would end past THROUGHPUT_DEADLINE_MS (projected linearly from the
// previous size) or take longer than MAX_PROJECTED_RUN_MS is skipped, and a tool stops
// repeating a size once its timed runs add up to TIMED_BUDGET_MS or the deadline nears.
const THROUGHPUT_DEADLINE_MS = 200_000;
// The editor part stops typing at this point of the run, whatever it has measured.
const EDITING_DEADLINE_MS = 270_000;
const MAX_PROJECTED_RUN_MS = 120_000;
const TIMED_BUDGET_MS = 15_000;
const PRIORITY = new Set(['valued', 'floor']);
const RUN_TIMEOUT_MS = 150_000;
// Warm-up: on a 20 KB slice, then on the whole input for a tool whose run on it is
// projected to take at most a second (see child.mjs). Up to 30 runs there: the
// engine was still optimizing functions of an analyzer with many paths (the parser's
// block rules, read for a few chunks a run) 15 to 20 runs in, and runs 7 to 15 took a
// quarter longer than the steady state that the medians are meant to show. The
// projection was capped at half a second until, on a machine busy with other jobs,
// the slice's fastest run projected Valued's 5 MB run (about 100 ms) past it: that size
// was then timed cold, three times slower, and the figure measured the compiler.
const WARMUP = { minRuns: quick ? 1 : 2, maxRuns: quick ? 1 : 10, maxMs: 1000, maxChars: 20_000, fullMaxMs: 1000, fullMinRuns: quick ? 1 : 2, fullMaxRuns: quick ? 1 : 30, fullBudgetMs: 3000 };
// Each round, a tool that warmed up on the whole input (a run projected at most fullMaxMs)
// runs this many times back to back and the round counts the median. The first run
// after a pause in which other tools ran also pays to fault its memory back in and
// refill caches others used, which depends on the machine as much as on the tool: it
// is reported apart, never dropped.
const REPEATS = quick ? 1 : 3;
const repeatsFor = (child) => (child.warmup && child.warmup.fullRuns > 0 ? REPEATS : 1);
const EDITS = 100;
const EDIT_SEED = 20261127;

/** Which source the figures belong to: the commit, and whether the analyzer or server had local edits. */
function sourceVersion() {
  try {
    const git = (...args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = git('status', '--porcelain', '--', 'server', 'shared') !== '';
    return `${git('rev-parse', '--short', 'HEAD')}${dirty ? ' with uncommitted changes in server/ or shared/' : ''}`;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

class Child {
  constructor(tool, size, inputFile, workDir) {
    this.tool = tool;
    this.size = size;
    this.times = [];
    this.cpuTimes = [];
    this.firstTimes = [];
    this.findings = null;
    this.peakRssMB = NaN;
    this.waiters = [];
    this.proc = fork(new URL('./child.mjs', import.meta.url).pathname, [tool, inputFile, workDir], {
      execArgv: ['--expose-gc'],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    this.stderr = '';
    this.proc.stderr.on('data', (d) => {
      this.stderr = (this.stderr + d.toString()).slice(-2000);
    });
    this.proc.on('message', (msg) => {
      const waiter = this.waiters.shift();
      if (!waiter) return;
      if (msg.type === 'error') waiter.reject(new Error(msg.message));
      else waiter.resolve(msg);
    });
    this.proc.on('exit', (code, signal) => {
      this.exited = true;
      for (const w of this.waiters.splice(0)) w.reject(new Error(`exited (code ${code}, signal ${signal}) ${this.stderr.trim()}`));
    });
    this.ready = this.#next(RUN_TIMEOUT_MS);
  }

  #next(timeoutMs) {
    return new Promise((resolve, reject) => {
      this.waiters.push(
        settleOnce(resolve, reject, timeoutMs, (fail) => {
          this.proc.kill('SIGKILL');
          fail(Object.assign(new Error(`no answer within ${(timeoutMs / 1000).toFixed(0)} s`), { timeoutMs }));
        }),
      );
    });
  }

  ask(msg, timeoutMs = RUN_TIMEOUT_MS) {
    if (this.exited) return Promise.reject(new Error(`exited early ${this.stderr.trim()}`));
    const answer = this.#next(timeoutMs);
    this.proc.send(msg);
    return answer;
  }

  end() {
    if (this.exited) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.proc.kill('SIGKILL'), 5000);
      this.proc.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      this.proc.send({ type: 'exit' });
    });
  }
}

async function main() {
  const started = performance.now();
  const loadAtStart = loadavg()[0];
  // Read before the run: dist/ was built from this state, whatever is committed meanwhile.
  const source = sourceVersion();
  const cpu = cpus();
  log(`Valued benchmark: node ${process.version}, ${cpu.length} cores (${cpu[0] ? cpu[0].model.trim() : 'unknown cpu'})${quick ? ', --quick' : ''}`);
  if (!existsSync(API_PATH)) {
    console.error('dist/api.js is missing: run npm run build (npm run bench builds first).');
    process.exit(1);
  }
  const api = loadApi();
  const phraseSet = benchPhrases(api);

  const workDir = mkdtempSync(join(tmpdir(), 'valued-bench-'));
  const cleanup = () => rmSync(workDir, { recursive: true, force: true });
  process.on('exit', cleanup);

  const corpus = buildInputs(SIZES.map((s) => s.target));
  const inputs = SIZES.map((size, i) => {
    const input = corpus.inputs[i];
    const file = join(workDir, `input-${size.target}.md`);
    writeFileSync(file, input.text);
    return { ...size, ...input, file };
  });
  log(`text: ${corpus.messages} plain-text messages of the SpamAssassin public corpus (${CORPUS_PACKAGE}), ${formatBytes(corpus.corpusBytes)}, as Markdown`);
  log(`phrases: ${phraseSet.phrases.length} from ${phraseSet.source}`);

  // One process per tool and size, so each peak RSS belongs to one tool on one input.
  const children = new Map();
  const skipped = new Map();
  // Tools cut off or skipped at a size: the least time a run there would take.
  const lowerBounds = new Map();
  const crashes = [];
  const key = (tool, size) => `${tool}@${size.target}`;
  for (const size of inputs) {
    for (const tool of TOOL_ORDER) {
      if (MAX_BYTES[tool] !== undefined && size.bytes > MAX_BYTES[tool]) continue;
      children.set(key(tool, size), new Child(tool, size, size.file, workDir));
    }
  }
  log(`loading ${children.size} tool processes and warming them up`);
  const fail = (child, what, e) => {
    crashes.push(`${child.tool} at ${child.size.label}: ${what}: ${e.message}`);
    children.delete(key(child.tool, child.size));
    child.proc.kill('SIGKILL');
  };
  for (const child of [...children.values()]) {
    try {
      child.loadMs = (await child.ready).loadMs;
      child.warmup = await child.ask({ type: 'warmup', ...WARMUP });
    } catch (e) {
      fail(child, 'load/warm-up failed', e);
    }
  }

  const maxRounds = Math.max(...inputs.map((s) => s.rounds));
  for (let round = 0; round < maxRounds; round++) {
    log(`round ${round + 1}/${maxRounds} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    // Rotate the order every round so no tool always runs right after the same neighbour.
    const order = TOOL_ORDER.map((_, i) => TOOL_ORDER[(i + round) % TOOL_ORDER.length]);
    for (let s = 0; s < inputs.length; s++) {
      const size = inputs[s];
      if (round >= size.rounds) continue;
      for (const tool of order) {
        const child = children.get(key(tool, size));
        if (!child) continue;
        const elapsed = performance.now() - started;
        if (child.times.length > 0) {
          const spent = child.times.reduce((a, b) => a + b, 0);
          const next = median(child.times);
          // Valued and the floor, the pair the main targets compare, keep their rounds past the deadline.
          const pastDeadline = !PRIORITY.has(tool) && elapsed + next > THROUGHPUT_DEADLINE_MS;
          if (spent + next > TIMED_BUDGET_MS || pastDeadline) continue;
        } else if (s > 0) {
          const previous = children.get(key(tool, inputs[s - 1]));
          const projected = previous && previous.times.length ? median(previous.times) * (size.bytes / inputs[s - 1].bytes) : 0;
          const why = projected > MAX_PROJECTED_RUN_MS ? 'a run' : elapsed + projected > THROUGHPUT_DEADLINE_MS ? 'a run, past the time left for this benchmark' : '';
          if (why) {
            skipped.set(key(tool, size), `skipped: about ${(projected / 1000).toFixed(0)} s ${why}`);
            lowerBounds.set(key(tool, size), projected);
            children.delete(key(tool, size));
            await child.end();
            continue;
          }
        }
        // A first run may use the time left before the deadline; a run cut off there still
        // tells how long the tool takes at least.
        const timeoutMs = child.times.length ? RUN_TIMEOUT_MS : Math.min(RUN_TIMEOUT_MS, Math.max(30_000, THROUGHPUT_DEADLINE_MS - elapsed));
        try {
          const r = await child.ask({ type: 'run', repeats: repeatsFor(child) }, timeoutMs * repeatsFor(child));
          // A round's figure is the median of its runs; its first run, after the pause in
          // which the other tools ran, is kept apart.
          child.times.push(median(r.runs.map((x) => x.ms)));
          child.cpuTimes.push(median(r.runs.map((x) => x.cpuMs)));
          child.firstTimes.push(r.runs[0].ms);
          child.findings = r.findings;
          child.peakRssMB = r.peakRssMB;
        } catch (e) {
          if (e.timeoutMs && child.times.length === 0) {
            skipped.set(key(tool, size), `stopped: no result within ${(e.timeoutMs / 1000).toFixed(0)} s`);
            lowerBounds.set(key(tool, size), e.timeoutMs);
            children.delete(key(tool, size));
          } else {
            fail(child, 'run failed', e);
          }
        }
      }
    }
  }
  await Promise.all([...children.values()].map((c) => c.end()));

  // Results per tool and size.
  const rows = [];
  for (const size of inputs) {
    for (const tool of TOOL_ORDER) {
      const child = children.get(key(tool, size));
      if (child && child.times.length) {
        rows.push({ size, tool, ms: median(child.times), cpuMs: median(child.cpuTimes), firstMs: median(child.firstTimes), runs: child.times.length, repeats: repeatsFor(child), peakRssMB: child.peakRssMB, findings: child.findings, warmup: child.warmup });
      } else if (skipped.has(key(tool, size))) {
        rows.push({ size, tool, skipped: skipped.get(key(tool, size)) });
      }
    }
  }
  const find = (tool, label) => rows.find((r) => r.tool === tool && r.size.label === label && r.ms !== undefined);
  const slopes = {};
  for (const tool of TOOL_ORDER) {
    const pts = rows.filter((r) => r.tool === tool && r.ms !== undefined).map((r) => ({ x: r.size.bytes, y: r.ms }));
    slopes[tool] = { all: logLogSlope(pts), top: pts.length >= 2 ? logLogSlope(pts.slice(-2)) : NaN, upTo: pts.length ? pts[pts.length - 1].x : 0 };
  }
  // Sizes a tool was never given: say why, with its measured growth.
  for (const size of inputs) {
    for (const tool of TOOL_ORDER) {
      if (MAX_BYTES[tool] !== undefined && size.bytes > MAX_BYTES[tool]) {
        const last = rows.filter((r) => r.tool === tool && r.ms !== undefined).pop();
        const slope = slopes[tool].all;
        // Projected at no better than linear growth, whatever the small sizes suggest.
        const projected = last ? (last.ms * (size.bytes / last.size.bytes) ** Math.max(1, slope)) / 1000 : NaN;
        rows.push({ size, tool, skipped: `skipped: capped at ${formatBytes(MAX_BYTES[tool])} to bound the run (projected: at least ${projected.toFixed(0)} s a run)` });
      }
    }
  }
  rows.sort((a, b) => a.size.target - b.size.target || TOOL_ORDER.indexOf(a.tool) - TOOL_ORDER.indexOf(b.tool));

  log('editing latency: spawning dist/server.js --stdio');
  const editing = await measureEditing({
    root: ROOT,
    text1MB: inputs.find((s) => s.label === '1 MB').text,
    text5MB: inputs.find((s) => s.label === '5 MB').text,
    edits: EDITS,
    seed: EDIT_SEED,
    deadline: started + EDITING_DEADLINE_MS,
    log,
  });
  if (editing.error) crashes.push(`language server: ${editing.error}`);

  const machine = { cores: cpu.length, cpuModel: cpu[0] ? cpu[0].model.trim() : 'unknown cpu', node: process.version, loadAtStart, loadAtEnd: loadavg()[0], source, date: new Date().toISOString().slice(0, 16).replace('T', ' ') };
  printTable({ rows, inputs, slopes, find, editing, phraseSet, corpus, quick, machine, warmup: WARMUP });
  const lowerBound = (tool, label) => {
    const size = inputs.find((s) => s.label === label);
    return size ? lowerBounds.get(key(tool, size)) : undefined;
  };
  printTargets({ find, lowerBound, slopes, editing, crashes });
  console.log(`(whole run ${((performance.now() - started) / 1000).toFixed(0)} s)`);
  if (crashes.length) process.exitCode = 1;
}

main().catch((e) => {
  console.error(`bench failed: ${e && e.stack ? e.stack : e}`);
  process.exit(1);
});
