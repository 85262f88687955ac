// Builds dist/ when it is missing or older than its sources, so
// `npm install && npm run analyze -- <paths>` works straight after a clean install.
// Build output goes to stderr: stdout stays the CLI's (e.g. --format json piped on).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUTS = ['dist/cli.js', 'dist/api.js', 'dist/server.js', 'dist/analyzer.js', 'dist/extension.js'];
const SOURCES = ['shared/src', 'server/src', 'client/src', 'esbuild.mjs', 'package.json'];

function newestMtime(p) {
  let st;
  try {
    st = statSync(p);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs; // a deleted source file changes its folder's mtime
  for (const entry of readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

function staleReason() {
  for (const out of OUTPUTS) if (!existsSync(path.join(root, out))) return `${out} is missing`;
  const built = Math.min(...OUTPUTS.map((out) => statSync(path.join(root, out)).mtimeMs));
  for (const src of SOURCES) if (newestMtime(path.join(root, src)) > built) return `${src} changed since the last build`;
  return undefined;
}

const reason = staleReason();
if (reason) {
  process.stderr.write(`Building (${reason})...\n`);
  const r = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 2, 2], shell: process.platform === 'win32' });
  if (r.error) {
    process.stderr.write(`Could not run npm run build: ${r.error.message}\n`);
    process.exit(2);
  }
  if (r.status !== 0) process.exit(r.status ?? 2);
}
