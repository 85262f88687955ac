// Child processes of a run, each in its own process group so that everything it
// starts (extension hosts, language servers) ends with it: on success, on
// failure, and on SIGINT/SIGTERM.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';

const groups = new Set();
const cleanups = [];

export function onCleanup(fn) {
  cleanups.push(fn);
}

/**
 * Starts `command` detached in a new process group, its output appended to
 * `logFile`; `watchOutput(line)` sees every line for readiness checks.
 */
export function spawnGroup(command, args, { cwd, env, logFile, watchOutput } = {}) {
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  groups.add(child);
  const log = logFile ? createWriteStream(logFile, { flags: 'a' }) : undefined;
  let pending = '';
  const onData = (chunk) => {
    log?.write(chunk);
    if (!watchOutput) return;
    pending += chunk.toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) watchOutput(line);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  child.exited = new Promise((resolve) => child.on('exit', (code, signal) => {
    groups.delete(child);
    log?.end();
    resolve({ code, signal });
  }));
  return child;
}

/** Resolves when a line of `child`'s output matches `pattern`; rejects at the deadline or if it exits first. */
export function waitForOutput(child, pattern, what, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
    const onLine = (line) => {
      const m = pattern.exec(line);
      if (m) done(() => resolve(m));
    };
    const lines = [];
    let pending = '';
    const onData = (chunk) => {
      pending += chunk.toString('utf8');
      const parts = pending.split('\n');
      pending = parts.pop() ?? '';
      for (const l of parts) {
        lines.push(l);
        onLine(l);
      }
    };
    const onExit = (code, signal) => fail(new Error(`${what}: the process exited (${signal ?? code}) first:\n${lines.slice(-20).join('\n')}`));
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', onExit);
    function fail(err) {
      done(() => reject(err));
    }
    function done(fn) {
      clearTimeout(timer);
      child.stdout.off('data', onData);
      child.stderr.off('data', onData);
      child.off('exit', onExit);
      fn();
    }
  });
}

/** Ends a process group: SIGTERM, then SIGKILL if it is still there after a grace period. */
export async function killGroup(child, graceMs = 5000) {
  if (!groups.has(child)) return;
  signalGroup(child, 'SIGTERM');
  const timer = new Promise((resolve) => setTimeout(resolve, graceMs, 'timeout'));
  if ((await Promise.race([child.exited, timer])) === 'timeout') {
    signalGroup(child, 'SIGKILL');
    await child.exited;
  }
  // Grandchildren that left the leader's exit behind still share the group id.
  signalGroup(child, 'SIGKILL');
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // ESRCH: the group is already gone.
  }
}

export async function cleanupAll() {
  for (const fn of cleanups.splice(0).reverse()) {
    try {
      await fn();
    } catch (err) {
      console.error(`cleanup: ${err instanceof Error ? err.message : err}`);
    }
  }
  await Promise.all([...groups].map((c) => killGroup(c, 3000)));
}

let exiting = false;
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
  process.on(signal, () => {
    if (exiting) return;
    exiting = true;
    console.error(`\n${signal}: ending the processes this run started`);
    cleanupAll().finally(() => process.exit(code));
  });
}
// Last resort when the script dies on an exception: no async work is possible here.
process.on('exit', () => {
  for (const c of groups) signalGroup(c, 'SIGKILL');
});
