// npm run test:electron: the same in-host suite in desktop VS Code, downloaded by
// @vscode/test-electron. Needs a network that reaches VS Code's download servers
// (a developer's machine, public CI); offline, use npm run test:e2e.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { bundleSuite } from './bundle-suite.mjs';
import { ROOT } from './paths.mjs';
import { prepareWorkspace } from './workspace.mjs';

const version = process.env.VALUED_VSCODE_VERSION || '1.100.0';
const scratch = mkdtempSync(path.join(os.tmpdir(), 'valued-electron-'));
const resultsFile = path.join(scratch, 'results.json');
let code = 1;
let results = [];
try {
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  const suiteIndex = await bundleSuite();
  const workspace = prepareWorkspace(scratch);
  mkdirSync(path.join(scratch, 'user-data'), { recursive: true });
  code = await runTests({
    version,
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: suiteIndex,
    extensionTestsEnv: { VALUED_E2E_RESULTS: resultsFile },
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', path.join(scratch, 'user-data'), '--skip-welcome', '--skip-release-notes'],
  }).then(() => 0, (err) => {
    const message = err instanceof Error ? err.message : String(err);
    console.error(message);
    if (/ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN/.test(message)) {
      console.error('npm run test:electron downloads VS Code and needs a network that reaches its download servers; offline, run npm run test:e2e');
    }
    return 1;
  });
  try {
    results = JSON.parse(readFileSync(resultsFile, 'utf8')).results;
  } catch {
    // The suite never ran (no VS Code download): counted as one failure below.
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
const passed = results.filter((r) => r.state === 'passed').length;
const failed = results.length - passed || (code === 0 ? 0 : 1);
console.log(`${passed} passed, ${failed} failed`);
process.exit(code === 0 && failed === 0 && passed > 0 ? 0 : 1);
