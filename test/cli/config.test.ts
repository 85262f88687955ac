// The CLI with .valued.json files, --config and --rule.
import * as assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { CLEAN, FLAGGED, idsByPath, parseJson, valued, workspace } from './run-valued';

const severities = (r: ReturnType<typeof valued>) =>
  parseJson(r).files.flatMap((f) => f.findings.map((x) => `${f.path} ${x.ruleId} ${x.severity}`));

describe('cli: configuration', () => {
  it('.valued.json turns a rule off and raises another to error', () => {
    const ws = workspace({
      '.valued.json': '{\n  // comments are allowed\n  "rules": { "needs-noun": "off", "thanks-for-time": "error" }\n}\n',
      'a.md': FLAGGED,
    });
    const r = valued(['--format', 'json', 'a.md'], { cwd: ws });
    assert.deepEqual(severities(r), ['a.md thanks-for-time error']);
    assert.equal(r.status, 1);
  });

  it('nested files: the nearest wins for what it sets, parents still apply otherwise', () => {
    const ws = workspace({
      '.valued.json': JSON.stringify({ rules: { 'needs-noun': 'off', 'thanks-for-time': 'error' } }),
      'emails/.valued.json': JSON.stringify({ rules: { 'needs-noun': 'hint' } }),
      'emails/b.md': FLAGGED,
      'a.md': FLAGGED,
    });
    const r = valued(['--format', 'json', '.'], { cwd: ws });
    assert.deepEqual(severities(r), ['a.md thanks-for-time error', 'emails/b.md thanks-for-time error', 'emails/b.md needs-noun hint']);
  });

  it('the search stops at the repository root: a .valued.json above it does not apply', () => {
    const outer = workspace({ '.valued.json': JSON.stringify({ ignore: ['**'] }), 'repo/a.md': FLAGGED, 'plain/a.md': FLAGGED }, { repository: false });
    mkdirSync(path.join(outer, 'repo', '.git'));
    const inRepo = valued(['--format', 'json', 'a.md'], { cwd: path.join(outer, 'repo') });
    assert.deepEqual(parseJson(inRepo).files.map((f) => f.path), ['a.md']);
    // Outside a repository the search goes on up, and the outer file ignores everything.
    const outside = valued(['--format', 'json', 'a.md'], { cwd: path.join(outer, 'plain') });
    assert.deepEqual(parseJson(outside).files, []);
  });

  it('--stdin-filename also says where the configuration of stdin is searched from', () => {
    const ws = workspace({ 'team/.valued.json': JSON.stringify({ rules: { 'needs-noun': 'off' } }) });
    const r = valued(['--format', 'json', '--stdin-filename', 'team/mail.txt', '-'], { cwd: ws, input: FLAGGED });
    assert.deepEqual(idsByPath(r), { 'team/mail.txt': ['thanks-for-time'] });
  });

  it('--config uses that file instead of searching', () => {
    const ws = workspace({
      '.valued.json': JSON.stringify({ rules: { 'needs-noun': 'off' } }),
      'conf/team.json': '// shared settings\n{ "rules": { "thanks-for-time": "off" } }',
      'a.md': FLAGGED,
    });
    assert.deepEqual(idsByPath(valued(['--format', 'json', '--config', 'conf/team.json', 'a.md'], { cwd: ws })), { 'a.md': ['needs-noun'] });
  });

  it('--rule overrides every file and may be repeated, the last one winning', () => {
    const ws = workspace({ '.valued.json': JSON.stringify({ rules: { 'needs-noun': 'off' } }), 'a.md': FLAGGED });
    const r = valued(['--format', 'json', '--rule', 'needs-noun=error', '--rule', 'thanks-for-time=hint', '--rule', 'thanks-for-time=off', 'a.md'], { cwd: ws });
    assert.deepEqual(severities(r), ['a.md needs-noun error']);
  });

  it('--rule may name a custom rule from the configuration', () => {
    const ws = workspace({
      '.valued.json': JSON.stringify({ customRules: [{ id: 'no-circle-back', message: 'Say when you will follow up.', phrases: ['circle back'], replacements: ['follow up'] }] }),
      'a.md': 'I will circle back next week.\n',
    });
    assert.equal(valued(['--rule', 'no-circle-back=off', 'a.md'], { cwd: ws }).status, 0);
  });

  it('custom phrase rules fire with their replacement as a fix', () => {
    const ws = workspace({
      '.valued.json': JSON.stringify({ customRules: [{ id: 'no-circle-back', message: 'Say when you will follow up.', severity: 'warning', phrases: ['circle back', 'touch base'], replacements: ['follow up'] }] }),
      'c.md': 'I will circle back next week, then we can touch base.\n',
    });
    const r = valued(['--format', 'json', 'c.md'], { cwd: ws });
    const found = parseJson(r).files[0].findings.filter((f) => f.ruleId === 'no-circle-back');
    assert.deepEqual(found.map((f) => f.text), ['circle back', 'touch base']);
    assert.ok(found[0].fixes.some((fx) => fx.edits.some((e) => e.newText === 'follow up')), JSON.stringify(found[0].fixes));
    assert.equal(r.status, 1);
  });

  it('inline directives silence exactly their lines and regions, custom rules included', () => {
    const doc = [
      '<!-- valued-disable-next-line needs-noun -->',
      'We meet your needs.',
      'We meet your needs.',
      '<!-- valued-disable thanks-for-time, no-circle-back -->',
      'Thank you for your time. I will circle back.',
      '<!-- valued-enable thanks-for-time -->',
      'Thank you for your time. I will circle back.',
      'We meet your needs. <!-- valued-disable-line -->',
      '<!-- valued-enable -->',
      'I will circle back.',
      '',
    ].join('\n');
    const ws = workspace({
      '.valued.json': JSON.stringify({ customRules: [{ id: 'no-circle-back', message: 'Say when you will follow up.', phrases: ['circle back'] }] }),
      'd.md': doc,
    });
    const found = parseJson(valued(['--format', 'json', 'd.md'], { cwd: ws })).files[0].findings.map((f) => `${f.range.start.line} ${f.ruleId}`);
    assert.deepEqual(found, ['2 needs-noun', '6 thanks-for-time', '9 no-circle-back']);
  });

  describe('ignore', () => {
    it('globs skip walked files, relative to the folder of the file declaring them', () => {
      const ws = workspace({
        '.valued.json': JSON.stringify({ ignore: ['drafts/**'] }),
        'drafts/x.md': FLAGGED,
        'team/drafts/y.md': CLEAN,
        'team/.valued.json': JSON.stringify({ ignore: ['old'] }),
        'team/old/z.md': FLAGGED,
        'a.md': CLEAN,
      });
      const r = valued(['--format', 'json', '.'], { cwd: ws });
      assert.deepEqual(parseJson(r).files.map((f) => f.path), ['a.md', 'team/drafts/y.md']);
      assert.equal(r.status, 0);
    });

    it('ignored folders are not entered at all: a broken file inside them does not matter', () => {
      const ws = workspace({
        '.valued.json': JSON.stringify({ ignore: ['vendor'] }),
        'vendor/lib/.valued.json': '{ broken',
        'vendor/lib/readme.md': FLAGGED,
        'a.md': CLEAN,
      });
      const r = valued(['--format', 'json', '.'], { cwd: ws });
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(parseJson(r).files.map((f) => f.path), ['a.md']);
      assert.equal(r.stderr, '');
    });

    it('an ignored file named explicitly is skipped too, with a note', () => {
      const ws = workspace({ '.valued.json': JSON.stringify({ ignore: ['*.draft.md'] }), 'plan.draft.md': FLAGGED });
      const r = valued(['--format', 'json', 'plan.draft.md'], { cwd: ws });
      assert.equal(r.status, 0);
      assert.deepEqual(parseJson(r).files, []);
      assert.match(r.stderr, /plan\.draft\.md: skipped: matches an "ignore" pattern/);
    });
  });

  describe('an invalid configuration exits 2 naming file:line:col', () => {
    it('invalid JSON', () => {
      const ws = workspace({ '.valued.json': '{\n  "rules": {\n    "needs-noun": "off",,\n  }\n}\n', 'e.md': FLAGGED });
      const r = valued(['--format', 'json', 'e.md'], { cwd: ws });
      assert.equal(r.status, 2);
      assert.match(r.stderr, /^\.valued\.json:3:25: invalid JSON: /m);
      // Never analysed with a configuration other than the one written.
      assert.deepEqual(parseJson(r).files, []);
    });

    it('a bad severity', () => {
      const ws = workspace({ '.valued.json': '{ "rules": { "needs-noun": "loud" } }', 'e.md': FLAGGED });
      const r = valued(['e.md'], { cwd: ws });
      assert.equal(r.status, 2);
      assert.match(r.stderr, /^\.valued\.json:1:28: invalid severity "loud" for rule "needs-noun"/m);
    });

    it('an unknown rule id in a nested file, reported once for all its documents', () => {
      const ws = workspace({ 'sub/.valued.json': '{\n "rules": { "neds-noun": "off" }\n}', 'sub/a.md': CLEAN, 'sub/b.md': CLEAN });
      const r = valued(['sub'], { cwd: ws });
      assert.equal(r.status, 2);
      const lines = r.stderr.split('\n').filter((l) => l.includes('neds-noun'));
      assert.deepEqual(lines, [`${path.join('sub', '.valued.json')}:2:13: unknown rule id "neds-noun": did you mean "needs-noun"?`]);
    });

    it('an invalid custom phrase', () => {
      const config = '{ "customRules": [ { "id": "x", "message": "m", "phrases": ["ok", "..."] } ] }';
      const ws = workspace({ '.valued.json': config, 'e.md': CLEAN });
      const r = valued(['e.md'], { cwd: ws });
      assert.equal(r.status, 2);
      assert.ok(r.stderr.includes(`.valued.json:1:${config.indexOf('"..."') + 1}: phrase "..." has no letters`), r.stderr);
    });

    it('an invalid --config file', () => {
      const ws = workspace({ 'team.json': '{ "rules": 3 }', 'e.md': CLEAN });
      const r = valued(['--config', 'team.json', 'e.md'], { cwd: ws });
      assert.equal(r.status, 2);
      assert.match(r.stderr, /^team\.json:1:12: "rules" must be an object/m);
    });

    it('documents outside the invalid file\'s reach are still analysed', () => {
      const ws = workspace({ 'bad/.valued.json': '{', 'bad/a.md': FLAGGED, 'good/b.md': FLAGGED });
      const r = valued(['--format', 'json', 'bad', 'good'], { cwd: ws });
      assert.equal(r.status, 2);
      assert.deepEqual(parseJson(r).files.map((f) => f.path), ['good/b.md']);
    });
  });

  it('unknown keys are warnings on stderr, not errors', () => {
    const ws = workspace({ '.valued.json': '{\n  "rulez": {}\n}', 'a.md': CLEAN });
    const r = valued(['a.md'], { cwd: ws });
    assert.equal(r.status, 0);
    assert.match(r.stderr, /^\.valued\.json:2:3: warning: unknown key "rulez"/m);
  });
});
