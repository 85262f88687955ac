// What reaches the analyzer: the CLI run in-process with a recording analyzer,
// so layering is checked independently of what the rules themselves flag.
import * as assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import type { AnalyzeOptions, Finding } from '../../shared/src/findings';
import { runCli } from '../../server/src/cli/run';
import { workspace } from './run-valued';

async function record(argv: string[], cwd: string, input = '') {
  const calls: { text: string; options: AnalyzeOptions }[] = [];
  let stdout = '';
  let stderr = '';
  const status = await runCli(argv, {
    cwd,
    stdin: Readable.from([Buffer.from(input)]),
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    version: '0.0.0-test',
    analyze: (text, options): Finding[] => {
      calls.push({ text, options });
      return [];
    },
  });
  return { status, stdout, stderr, calls };
}

describe('cli: options passed to the analyzer', () => {
  const circle = { id: 'no-circle-back', message: 'Say when.', phrases: ['circle back'], replacements: ['follow up'] };

  it('layers .valued.json files outer to inner, then --rule, into rules and customRules', async () => {
    const ws = workspace({
      '.valued.json': JSON.stringify({ rules: { 'needs-noun': 'off', 'thanks-for-time': 'error' }, customRules: [circle] }),
      'emails/.valued.json': JSON.stringify({ rules: { 'needs-noun': 'warning', 'no-circle-back': 'hint' } }),
      'emails/a.md': 'text a',
      'b.txt': 'text b',
    });
    const r = await record(['--rule', 'single-thread=off', 'emails/a.md', 'b.txt'], ws);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(r.calls[0], {
      text: 'text a',
      options: {
        languageId: 'markdown',
        rules: { 'needs-noun': 'warning', 'thanks-for-time': 'error', 'no-circle-back': 'hint', 'single-thread': 'off' },
        customRules: [{ ...circle, severity: 'hint' }],
      },
    });
    assert.deepEqual(r.calls[1], {
      text: 'text b',
      options: {
        languageId: 'plaintext',
        rules: { 'needs-noun': 'off', 'thanks-for-time': 'error', 'single-thread': 'off' },
        customRules: [{ ...circle, severity: 'warning' }],
      },
    });
  });

  it('--config replaces the search; stdin gets the configuration of --stdin-filename\'s folder', async () => {
    const ws = workspace({
      '.valued.json': JSON.stringify({ rules: { 'needs-noun': 'off' } }),
      'team/.valued.json': JSON.stringify({ rules: { 'price-concession': 'hint' } }),
      'other.json': JSON.stringify({ rules: { 'rapport-language': 'error' } }),
    });
    const viaConfig = await record(['--config', 'other.json', '--stdin-filename', 'team/x.md', '-'], ws, 'piped');
    assert.deepEqual(viaConfig.calls.map((c) => c.options.rules), [{ 'rapport-language': 'error' }]);
    const searched = await record(['--stdin-filename', 'team/x.md', '-'], ws, 'piped');
    assert.deepEqual(searched.calls, [{ text: 'piped', options: { languageId: 'markdown', rules: { 'needs-noun': 'off', 'price-concession': 'hint' }, customRules: [] } }]);
  });

  it('--rule id=off drops a custom rule entirely', async () => {
    const ws = workspace({ '.valued.json': JSON.stringify({ customRules: [circle] }), 'a.md': 'x' });
    const r = await record(['--rule', 'no-circle-back=off', 'a.md'], ws);
    assert.deepEqual(r.calls[0].options.customRules, []);
  });
});
