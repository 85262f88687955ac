// The mocha suite inside a real extension host: VS Code's server (from code-server)
// with the smoke-test driver, the browser workbench opened with the development
// extension and the suite as payload; the exit code comes back through
// window.codeAutomationExit, the per-test results through a JSON file.
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';
import { launchBrowser } from './browser.mjs';
import { isolatedEnv } from './code-server.mjs';
import { freePort } from './free-port.mjs';
import { OUTPUT, ROOT } from './paths.mjs';
import { killGroup, spawnGroup, waitForOutput } from './processes.mjs';

const SERVER_START_MS = 60_000;
const SUITE_MS = 6 * 60_000;

/** Returns [{ title, state, error? }] for every test the suite ran. */
export async function runInHost({ serverMain, suiteIndex, workspace, scratch }) {
  const port = await freePort();
  const env = isolatedEnv(path.join(scratch, 'in-host'), {
    VALUED_E2E_RESULTS: path.join(scratch, 'in-host-results.json'),
  });
  const serverData = path.join(scratch, 'in-host', 'server-data');
  mkdirSync(path.join(serverData, 'data', 'Machine'), { recursive: true });
  // Machine settings reach the remote extension host, where the extension runs.
  writeFileSync(path.join(serverData, 'data', 'Machine', 'settings.json'), JSON.stringify({ 'telemetry.telemetryLevel': 'off' }));
  const server = spawnGroup(process.execPath, [
    serverMain,
    '--host', '127.0.0.1',
    '--port', String(port),
    '--without-connection-token',
    '--accept-server-license-terms',
    '--enable-smoke-test-driver',
    '--disable-telemetry',
    '--server-data-dir', serverData,
    '--extensions-dir', path.join(scratch, 'in-host', 'extensions'),
  ], { cwd: scratch, env, logFile: path.join(OUTPUT, 'in-host-server.log') });

  let browser;
  try {
    await waitForOutput(server, /Extension host agent listening on (\d+)|Server bound to|Web UI available at/, 'the VS Code server to listen', SERVER_START_MS);
    browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const consoleLog = [];
    page.on('console', (m) => consoleLog.push(`[${m.type()}] ${m.text()}`));
    page.on('pageerror', (e) => consoleLog.push(`[pageerror] ${e.message}`));

    let exitWith;
    const exited = new Promise((resolve) => (exitWith = resolve));
    await page.exposeFunction('codeAutomationExit', (code) => exitWith(code));
    const hostLog = path.join(OUTPUT, 'in-host-workbench.log');
    writeFileSync(hostLog, '');
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      appendFileSync(hostLog, `[${type}] ${format(...(Array.isArray(args) ? args : [args]))}\n`);
    });

    const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
    const payload = [
      ['extensionDevelopmentPath', remote(ROOT)],
      ['extensionTestsPath', remote(suiteIndex)],
    ];
    const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(url);

    let timer;
    const deadline = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the in-host suite did not finish within ${SUITE_MS / 1000} s`)), SUITE_MS);
    });
    let code;
    try {
      code = await Promise.race([exited, deadline, server.exited.then(({ code: c, signal }) => {
        throw new Error(`the VS Code server exited (${signal ?? c}) during the suite`);
      })]);
    } catch (err) {
      await page.screenshot({ path: path.join(OUTPUT, 'in-host-failure.png') }).catch(() => {});
      writeFileSync(path.join(OUTPUT, 'in-host-browser-console.log'), consoleLog.join('\n'));
      throw err;
    } finally {
      clearTimeout(timer);
    }
    writeFileSync(path.join(OUTPUT, 'in-host-browser-console.log'), consoleLog.join('\n'));
    const results = readResults(env.VALUED_E2E_RESULTS);
    if (!results) {
      throw new Error(`the suite exited with ${code} without writing results: see test-output/in-host-server.log and in-host-browser-console.log`);
    }
    if (code !== 0 && !results.some((r) => r.state === 'failed')) {
      results.push({ title: 'in-host suite exit code', state: 'failed', error: `exit code ${code}` });
    }
    return results;
  } finally {
    await browser?.close().catch(() => {});
    await killGroup(server);
  }
}

function readResults(file) {
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')).results;
}
