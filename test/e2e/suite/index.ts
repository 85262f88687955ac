// The suite's entry point, in the contract VS Code's test runners call (`run()`),
// inside the extension host. Results also go to VALUED_E2E_RESULTS as JSON, so a
// runner that cannot read the host's console still knows what passed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

interface TestResult {
  title: string;
  state: 'passed' | 'failed';
  error?: string;
  ms?: number;
}

// Files run in this order: diagnostics first, the workspace-wide run last so
// its published results do not mix into the earlier checks.
const ORDER = ['report-html', 'diagnostics', 'plaintext', 'untitled', 'code-actions', 'report', 'settings', 'config-file', 'workspace'];

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 90_000, color: false, reporter: 'spec' });
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js'));
  files.sort((a, b) => rank(a) - rank(b));
  for (const f of files) mocha.addFile(path.join(__dirname, f));
  const grep = process.env.VALUED_E2E_GREP;
  if (grep) mocha.grep(grep);

  const results: TestResult[] = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const file = process.env.VALUED_E2E_RESULTS;
      if (file) fs.writeFileSync(file, JSON.stringify({ results }, null, 2));
      if (failures > 0) reject(new Error(`${failures} real-editor test(s) failed`));
      else resolve();
    });
    runner.on('pass', (t) => results.push({ title: t.fullTitle(), state: 'passed', ms: t.duration }));
    runner.on('fail', (t, err: Error) => results.push({ title: t.fullTitle(), state: 'failed', error: err?.stack ?? String(err) }));
  });
}

function rank(file: string): number {
  const i = ORDER.indexOf(file.replace(/\.test\.js$/, ''));
  return i < 0 ? ORDER.length : i;
}
