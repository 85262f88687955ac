// The CLI's two output formats, its exit statuses and stdin.
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CLEAN, CLI, FLAGGED, idsByPath, parseJson, valued, workspace } from './run-valued';

describe('cli: output and exit status', () => {
  const email = '# Follow-up\n\nThank you for your time. Our platform meets your needs.\n';

  it('text: path:line:col  severity  message  [ruleId], 1-based, path as given; summary on stderr', () => {
    const ws = workspace({ 'mail/email.md': email });
    const r = valued(['mail/email.md'], { cwd: ws });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /^mail\/email\.md:3:1  warning  \S.*  \[thanks-for-time\]$/m);
    const needs = r.stdout.split('\n').find((l) => l.endsWith('[needs-noun]'));
    assert.ok(needs, r.stdout);
    const col = '# Follow-up\n\nThank you for your time. Our platform meets '.length - '# Follow-up\n\n'.length + 1;
    assert.ok(needs.startsWith(`mail/email.md:3:${col}  warning  `), needs);
    assert.equal(r.stdout.trim().split('\n').length, 2, r.stdout);
    assert.match(r.stderr, /2 findings \(2 warnings\) in 1 file/);
  });

  it('text: columns are UTF-16 code units, as in the editor', () => {
    const ws = workspace({ 'a.txt': '😀 我们 your needs\n' });
    const r = valued(['a.txt'], { cwd: ws });
    assert.match(r.stdout, new RegExp(`^a\\.txt:1:${'😀 我们 '.length + 1}  warning  .*\\[needs-noun\\]$`, 'm'));
  });

  it('json: { files: [{ path, findings: [Finding] }] } with the analyzer\'s exact finding shape', () => {
    const ws = workspace({ 'email.md': email });
    const r = valued(['--format', 'json', 'email.md'], { cwd: ws });
    assert.equal(r.status, 1);
    const report = parseJson(r);
    assert.deepEqual(Object.keys(report), ['files']);
    assert.equal(report.files.length, 1);
    assert.equal(report.files[0].path, 'email.md');
    const needs = report.files[0].findings.find((f) => f.ruleId === 'needs-noun');
    assert.ok(needs, JSON.stringify(report));
    assert.deepEqual(Object.keys(needs).sort(), ['fixes', 'message', 'range', 'ruleId', 'severity', 'text']);
    assert.equal(needs.text, 'your needs');
    assert.equal(needs.severity, 'warning');
    const line = email.split('\n')[2];
    assert.deepEqual(needs.range, { start: { line: 2, character: line.indexOf('your needs') }, end: { line: 2, character: line.indexOf('your needs') + 10 } });
    assert.ok(needs.fixes[0].edits.some((e) => e.newText.includes('business')), JSON.stringify(needs.fixes));
  });

  it('json: findings come in document order', () => {
    const ws = workspace({ 'a.md': 'We meet your needs.\n\nThank you for your time.\n' });
    const findings = parseJson(valued(['--format', 'json', 'a.md'], { cwd: ws })).files[0].findings;
    const starts = findings.map((f) => f.range.start.line * 1e6 + f.range.start.character);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
    assert.deepEqual(findings.map((f) => f.ruleId), ['needs-noun', 'thanks-for-time']);
  });

  it('exit 0 and every file listed when nothing is at warning or above', () => {
    const ws = workspace({ 'a.md': CLEAN, 'b.txt': 'I asked my contact for the report.\n' });
    const r = valued(['--format', 'json', 'a.md', 'b.txt'], { cwd: ws });
    assert.equal(r.status, 0, r.stderr);
    const report = parseJson(r);
    assert.deepEqual(report.files.map((f) => f.path), ['a.md', 'b.txt']);
    assert.deepEqual(report.files[0].findings, []);
    // single-thread is information by default: reported, but not a failure.
    assert.deepEqual(report.files[1].findings.map((f) => [f.ruleId, f.severity]), [['single-thread', 'information']]);
  });

  it('exit 1 when any file has a finding at warning or above', () => {
    const ws = workspace({ 'a.md': CLEAN, 'b.md': FLAGGED });
    assert.equal(valued(['a.md', 'b.md'], { cwd: ws }).status, 1);
  });

  describe('stdin', () => {
    it('"-" reads stdin; --stdin-filename names it in the output', () => {
      const ws = workspace({});
      const r = valued(['--format', 'json', '--stdin-filename', 'x.txt', '-'], { cwd: ws, input: 'We will meet your needs.\n' });
      assert.equal(r.status, 1);
      assert.deepEqual(idsByPath(r), { 'x.txt': ['needs-noun'] });
      const plain = valued(['-'], { cwd: ws, input: CLEAN });
      assert.equal(plain.status, 0);
    });

    it('--stdin-filename picks the language: code is prose in .txt, skipped in .md', () => {
      const ws = workspace({});
      const input = '```\nyour needs\n```\n';
      assert.deepEqual(idsByPath(valued(['--format', 'json', '--stdin-filename', 'x.txt', '-'], { cwd: ws, input })), { 'x.txt': ['needs-noun'] });
      assert.deepEqual(idsByPath(valued(['--format', 'json', '--stdin-filename', 'x.md', '-'], { cwd: ws, input })), { 'x.md': [] });
      assert.deepEqual(idsByPath(valued(['--format', 'json', '--stdin-filename', 'x.markdown', '-'], { cwd: ws, input })), { 'x.markdown': [] });
    });

    it('stdin can be mixed with files, and is analysed once', () => {
      const ws = workspace({ 'a.md': CLEAN });
      const r = valued(['--format', 'json', 'a.md', '-'], { cwd: ws, input: FLAGGED });
      assert.deepEqual(parseJson(r).files.map((f) => f.path), ['a.md', '<stdin>']);
      assert.equal(valued(['-', '-'], { cwd: ws }).status, 2);
    });
  });

  it('--help prints usage and exits 0; --version prints the package version', () => {
    const ws = workspace({});
    const help = valued(['--help'], { cwd: ws });
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: valued \[options\] <file\|dir\|->\.\.\./);
    for (const flag of ['--format', '--stdin-filename', '--config', '--rule', '--max-file-size-mb']) assert.ok(help.stdout.includes(flag), flag);
    const pkg = JSON.parse(readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')) as { version: string };
    const v = valued(['--version'], { cwd: ws });
    assert.equal(v.status, 0);
    assert.equal(v.stdout.trim(), pkg.version);
  });
});

describe('cli: a reader that stops early', () => {
  it('`valued … | head` ends quietly with the usual exit status', async () => {
    const ws = workspace({ 'big.md': FLAGGED.repeat(4000) });
    const child = spawn(process.execPath, [CLI, 'big.md'], { cwd: ws, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the CLI did not exit within 30 s')), 30000);
      child.on('exit', (code) => {
        clearTimeout(timer);
        resolve(code);
      });
    });
    assert.equal(status, 1, stderr);
    assert.doesNotMatch(stderr, /EPIPE|at .*\.js:\d+/);
  });
});
