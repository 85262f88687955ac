// One tool on one input, in a process of its own so its peak memory is its own.
// The parent drives it over IPC: warmup, run (timed), exit.
import { readFileSync } from 'node:fs';
import { TOOLS } from './tools.mjs';

const [toolName, inputFile, workDir] = process.argv.slice(2);

function send(msg) {
  process.send(msg);
}

function peakRssMB() {
  // resourceUsage().maxRSS is in kilobytes.
  return process.resourceUsage().maxRSS / 1024;
}

function prefixAtParagraph(text, maxChars) {
  if (text.length <= maxChars) return text;
  const cut = text.lastIndexOf('\n\n', maxChars);
  return text.slice(0, cut > 0 ? cut + 2 : maxChars);
}

// Leave with the parent, even when it could not say goodbye.
process.on('disconnect', () => process.exit(0));

async function main() {
  const tool = TOOLS[toolName];
  if (!tool) throw new Error(`unknown tool ${toolName}`);
  const text = readFileSync(inputFile, 'utf8');
  const t0 = performance.now();
  const run = await tool.load({ workDir });
  const loadMs = performance.now() - t0;
  send({ type: 'ready', loadMs });

  process.on('message', async (msg) => {
    try {
      if (msg.type === 'warmup') {
        // The JIT warms up on a slice first, bounded by time as well as count, so slow
        // tools warm up without stalling the run.
        const slice = prefixAtParagraph(text, msg.maxChars);
        const until = performance.now() + msg.maxMs;
        let runs = 0;
        let fastest = Infinity;
        while (runs < msg.minRuns || (runs < msg.maxRuns && performance.now() < until)) {
          const start = performance.now();
          await run(slice);
          fastest = Math.min(fastest, performance.now() - start);
          runs++;
        }
        // A slice does not reach every path a big input takes, so the first runs on the
        // input itself would still be compiling: a tool whose run on the whole input is
        // projected (from its fastest run on the slice, by size) to take at most fullMaxMs
        // also warms up on it, within fullBudgetMs. The same rule for every tool; the time
        // of the first such run (the coldest) is reported.
        const projected = fastest * (text.length / slice.length);
        let fullRuns = 0;
        let firstFullMs = null;
        if (slice.length < text.length && projected <= msg.fullMaxMs) {
          const fullUntil = performance.now() + msg.fullBudgetMs;
          while (fullRuns < msg.fullMinRuns || (fullRuns < msg.fullMaxRuns && performance.now() < fullUntil)) {
            const start = performance.now();
            await run(text);
            firstFullMs ??= performance.now() - start;
            fullRuns++;
          }
        }
        send({ type: 'warmed', runs, fullRuns, firstFullMs });
      } else if (msg.type === 'run') {
        // `repeats` runs back to back: the first follows a pause in which other tools ran.
        const runs = [];
        let findings = null;
        for (let i = 0; i < (msg.repeats ?? 1); i++) {
          if (global.gc) global.gc();
          const cpuStart = process.cpuUsage();
          const start = performance.now();
          findings = await run(text);
          const ms = performance.now() - start;
          const cpu = process.cpuUsage(cpuStart);
          // Processor time of this process (all its threads): less sensitive than wall-clock
          // time to other work on a shared machine.
          runs.push({ ms, cpuMs: (cpu.user + cpu.system) / 1000 });
        }
        send({ type: 'result', runs, findings, peakRssMB: peakRssMB() });
      } else if (msg.type === 'exit') {
        process.exit(0);
      }
    } catch (e) {
      send({ type: 'error', message: e && e.stack ? e.stack : String(e) });
      process.exit(1);
    }
  });
}

main().catch((e) => {
  send({ type: 'error', message: e && e.stack ? e.stack : String(e) });
  process.exit(1);
});
