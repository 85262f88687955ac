// The user's view: the packaged .vsix installed into code-server, the workbench
// driven in headless Chromium the way a writer would use it: open the sample from
// the explorer, find a Valued squiggle, hover it, open the light bulb, apply the
// rewrite, save, and check the file on disk.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser } from './browser.mjs';
import { isolatedEnv, writeUserSettings } from './code-server.mjs';
import { freePort } from './free-port.mjs';
import { OUTPUT, ROOT } from './paths.mjs';
import { killGroup, spawnGroup, waitForOutput } from './processes.mjs';

const STEP_MS = 60_000;
const SAMPLE = 'playbook.md';
// Steps after a failure are not reached and count as failed, so the total stays the same.
const STEP_COUNT = 7;

export async function runUserView({ entry, vsix, workspace, scratch }) {
  const base = path.join(scratch, 'user-view');
  const env = isolatedEnv(base);
  const userData = path.join(base, 'user-data');
  const extensions = path.join(base, 'extensions');
  mkdirSync(userData, { recursive: true });
  // Saving is the writer's act here, so the test sees the edit before it reaches the disk.
  writeUserSettings(userData, { 'editor.hover.delay': 200, 'files.autoSave': 'off' });

  const steps = [];
  const step = async (title, fn) => {
    const t0 = Date.now();
    try {
      const r = await fn();
      steps.push({ title: `user's view: ${title}`, state: 'passed', ms: Date.now() - t0 });
      return r;
    } catch (err) {
      steps.push({ title: `user's view: ${title}`, state: 'failed', error: err instanceof Error ? err.message : String(err) });
      if (page) await page.screenshot({ path: path.join(OUTPUT, `user-view-failed-step-${steps.length}.png`) }).catch(() => {});
      throw err;
    }
  };

  let server;
  let browser;
  let page;
  try {
    await step('install the packaged .vsix', () => {
      const out = execFileSync(process.execPath, [entry, '--user-data-dir', userData, '--extensions-dir', extensions, '--install-extension', vsix], { env, encoding: 'utf8' });
      if (!/successfully installed/i.test(out)) throw new Error(`install said: ${out}`);
    });

    const port = await freePort();
    server = spawnGroup(process.execPath, [
      entry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check',
      '--disable-workspace-trust', '--user-data-dir', userData, '--extensions-dir', extensions, workspace,
    ], { cwd: base, env, logFile: path.join(OUTPUT, 'user-view-code-server.log') });
    await waitForOutput(server, /HTTP server listening on/, 'code-server to listen', 60_000);

    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(STEP_MS);

    await step(`open ${SAMPLE} from the explorer`, async () => {
      await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
      const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: SAMPLE }).first();
      await row.waitFor({ state: 'visible' });
      await row.click();
      await page.locator(`.tabs-container .tab[data-resource-name="${SAMPLE}"], .tabs-container .tab:has-text("${SAMPLE}")`).first().waitFor();
      await page.locator('.monaco-editor .view-lines').first().waitFor();
    });

    const squiggle = page.locator('.monaco-editor .squiggly-warning').first();
    const message = await step('a Valued squiggle appears and its hover reads the Valued message', async () => {
      await squiggle.waitFor({ state: 'visible' });
      // Squiggles are drawn under the text layer, which takes the pointer: aim at the middle of one.
      await page.mouse.move(...(await middleOf(squiggle)));
      const hover = page.locator('.monaco-hover').filter({ hasText: 'Valued' }).first();
      await hover.waitFor({ state: 'visible' });
      const text = (await hover.innerText()).trim();
      if (!/Valued/.test(text)) throw new Error(`hover without Valued: ${text}`);
      await page.keyboard.press('Escape');
      return text;
    });

    const { finding, original } = await step('click into it and the light bulb shows', async () => {
      await page.mouse.click(...(await middleOf(squiggle)));
      await page.locator('.lightBulbWidget').first().waitFor({ state: 'visible' });
      const { line, column } = await cursorPosition(page);
      const text = readFileSync(path.join(workspace, SAMPLE), 'utf8');
      const f = findingAt(text, line - 1, column - 1);
      if (!f) throw new Error(`no Valued finding with a fix at Ln ${line}, Col ${column}`);
      if (!message.includes(f.message)) throw new Error(`the hover (${message}) does not carry the finding's message (${f.message})`);
      return { finding: f, original: text };
    });

    await step(`Control+. offers "${finding.fixes[0].title}" and applying it and saving rewrites the file on disk`, async () => {
      await page.keyboard.press('Control+.');
      const title = finding.fixes[0].title;
      await page.locator('.action-widget .monaco-list-row', { hasText: title }).first().waitFor({ state: 'visible' });
      // The menu sits under a pointer block while it opens; choose as a keyboard user does.
      await chooseFromMenu(page, title);
      const file = path.join(workspace, SAMPLE);
      const dirtyTab = page.locator('.tabs-container .tab.dirty', { hasText: SAMPLE });
      await dirtyTab.waitFor({ state: 'visible' });
      if (readFileSync(file, 'utf8') !== original) throw new Error('the file changed on disk before it was saved');
      await page.keyboard.press('Control+s');
      // Saved when the editor no longer marks the tab dirty.
      await dirtyTab.waitFor({ state: 'detached' });
      const onDisk = readFileSync(file, 'utf8');
      const expected = applyEdits(original, finding.fixes[0].edits);
      if (onDisk !== expected) {
        throw new Error(`the saved file differs from the original with "${finding.fixes[0].title}" applied:\n${firstDifference(onDisk, expected)}`);
      }
    });

    await step('"Valued: Analyze Document" from the command palette shows the report beside the editor, as many findings as the status bar counts', async () => {
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input').first();
      await input.waitFor({ state: 'visible' });
      await input.fill('>Valued: Analyze Document');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Valued: Analyze Document' }).first().waitFor({ state: 'visible' });
      await page.keyboard.press('Enter');
      await page.locator('.tabs-container .tab', { hasText: `Valued: ${SAMPLE}` }).first().waitFor({ state: 'visible' });
      // The report lives two iframes down: the webview host, then its content frame.
      const report = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
      await report.locator('h2', { hasText: 'By family' }).waitFor({ state: 'visible' });
      const score = Number(await report.locator('.score .value').innerText());
      if (!(score >= 0 && score <= 100)) throw new Error(`report score ${score}`);
      const rows = await report.locator('.finding').count();
      if (rows < 6) throw new Error(`the report lists ${rows} findings; the sample has one of every family at least`);
      const status = await page.locator('.statusbar-item', { hasText: /Valued: \d+/ }).first().innerText();
      if (Number(/Valued: (\d+)/.exec(status)?.[1]) !== rows) throw new Error(`the status bar says "${status}", the report lists ${rows}`);
      await page.screenshot({ path: path.join(OUTPUT, 'user-view-report.png') });
    });

    await step('clicking a finding in the report selects it in the editor', async () => {
      const report = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
      const last = report.locator('.finding').last();
      const line = Number(/Line (\d+)/.exec(await last.locator('.line').innerText())?.[1]);
      const flagged = await last.locator('mark').innerText();
      await last.click();
      const selection = page.locator('#status\\.editor\\.selection').first();
      await selection.filter({ hasText: `Ln ${line},` }).waitFor({ state: 'visible' });
      const text = await selection.innerText();
      if (!text.includes(`(${flagged.length} selected)`)) throw new Error(`expected "${flagged}" selected on line ${line}, the status bar says ${text}`);
    });
  } catch {
    // Recorded by step(); later steps count as failed below.
  } finally {
    if (page) {
      const failed = steps.some((s) => s.state === 'failed');
      await page.screenshot({ path: path.join(OUTPUT, failed ? 'user-view-failure.png' : 'user-view.png') }).catch(() => {});
    }
    await browser?.close().catch(() => {});
    if (server) await killGroup(server);
  }
  while (steps.length < STEP_COUNT) steps.push({ title: `user's view: step ${steps.length + 1}`, state: 'failed', error: 'not reached' });
  return steps;
}

async function chooseFromMenu(page, title) {
  const rows = page.locator('.action-widget .monaco-list-row.action');
  const count = await rows.count();
  for (let i = 0; i <= count; i++) {
    const focused = page.locator('.action-widget .monaco-list-row.focused').first();
    if ((await focused.getAttribute('aria-label')) === title) {
      await page.keyboard.press('Enter');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  const labels = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  throw new Error(`the quick-fix menu has no "${title}": ${JSON.stringify(labels)}`);
}

async function middleOf(locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('the squiggle has no box on screen');
  return [box.x + box.width / 2, box.y + box.height / 2];
}

/** The cursor's 1-based position, as the status bar shows it ("Ln 12, Col 5"). */
async function cursorPosition(page) {
  const item = page.locator('#status\\.editor\\.selection').first();
  await item.waitFor({ state: 'visible' });
  const text = await item.innerText();
  const m = /Ln (\d+), Col (\d+)/.exec(text);
  if (!m) throw new Error(`cursor position unreadable: ${text}`);
  return { line: Number(m[1]), column: Number(m[2]) };
}

/** The finding with a fix whose range holds the cursor, from the packaged analyzer itself. */
function findingAt(text, line, character) {
  const require = createRequire(import.meta.url);
  const { analyze } = require(path.join(ROOT, 'dist', 'api.js'));
  const inside = (r) =>
    (r.start.line < line || (r.start.line === line && r.start.character <= character)) &&
    (r.end.line > line || (r.end.line === line && r.end.character >= character));
  return analyze(text, { languageId: 'markdown' }).find((f) => f.fixes.length && inside(f.range));
}

function applyEdits(text, edits) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = (p) => starts[p.line] + p.character;
  return [...edits]
    .sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}

function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `on disk: ${JSON.stringify(a.slice(Math.max(0, i - 40), i + 60))}\nexpected: ${JSON.stringify(b.slice(Math.max(0, i - 40), i + 60))}`;
}
