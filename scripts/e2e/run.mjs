// npm run test:e2e: the real-editor tests on this machine, offline.
//  1. package the extension (production build + .vsix);
//  2. install code-server (pinned, once, into .e2e/);
//  3. the mocha suite inside a real extension host;
//  4. the user's view: the packaged .vsix installed, driven through the workbench in Chromium.
// Ends with "N passed, M failed"; exits non-zero on any failure.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundleSuite } from './bundle-suite.mjs';
import { ensureCodeServer } from './code-server.mjs';
import { runInHost } from './in-host.mjs';
import { OUTPUT, ROOT } from './paths.mjs';
import { checkPrerequisites, MissingPrerequisite } from './prerequisites.mjs';
import { cleanupAll, onCleanup } from './processes.mjs';
import { runUserView } from './user-view.mjs';
import { prepareWorkspace } from './workspace.mjs';

const only = process.env.VALUED_E2E_ONLY; // "in-host" or "user-view", for working on one part
const results = [];
const started = Date.now();

function record(list) {
  for (const r of list) {
    results.push(r);
    console.log(`  ${r.state === 'passed' ? 'ok  ' : 'FAIL'} ${r.title}${r.ms ? ` (${r.ms} ms)` : ''}`);
    if (r.error) console.log(`       ${r.error.split('\n').slice(0, 12).join('\n       ')}`);
  }
}

async function main() {
  checkPrerequisites({ forInstall: false });
  mkdirSync(OUTPUT, { recursive: true });
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'valued-e2e-'));
  onCleanup(() => rmSync(scratch, { recursive: true, force: true }));

  console.log('packaging the extension');
  execFileSync('npm', ['run', '--silent', 'package'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const vsix = path.join(ROOT, `valued-${version}.vsix`);
  const suiteIndex = await bundleSuite();
  const { serverMain, entry } = ensureCodeServer();

  if (only !== 'user-view') {
    console.log('in-host suite (VS Code server 1.100, smoke-test driver)');
    try {
      record(await runInHost({ serverMain, suiteIndex, workspace: prepareWorkspace(scratch), scratch }));
    } catch (err) {
      record([{ title: 'in-host suite', state: 'failed', error: err instanceof Error ? err.stack ?? err.message : String(err) }]);
    }
  }
  if (only !== 'in-host') {
    console.log('user\'s view (code-server with the packaged .vsix, Chromium)');
    record(await runUserView({ entry, vsix, workspace: prepareWorkspace(scratch), scratch }));
  }
}

let exitCode = 0;
try {
  await main();
} catch (err) {
  if (err instanceof MissingPrerequisite) {
    console.error(err.message);
  } else {
    console.error(err instanceof Error ? err.stack : err);
  }
  results.push({ title: 'setup', state: 'failed' });
} finally {
  await cleanupAll();
}
const passed = results.filter((r) => r.state === 'passed').length;
const failed = results.length - passed;
if (failed || passed === 0) exitCode = 1;
console.log(`real-editor tests took ${((Date.now() - started) / 1000).toFixed(0)} s; logs and screenshots in ${path.relative(ROOT, OUTPUT)}/`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(exitCode);
