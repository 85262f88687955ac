// Which files the CLI reads: folder walks, skipped files, unreadable paths, usage errors.
import * as assert from 'node:assert/strict';
import { CLEAN, FLAGGED, idsByPath, parseJson, valued, workspace } from './run-valued';

describe('cli: files and usage', () => {
  it('walks folders for .md, .markdown and .txt in sorted order, skipping node_modules and dot-folders', () => {
    const ws = workspace({
      'docs/b.md': FLAGGED,
      'docs/a.txt': CLEAN,
      'docs/C.markdown': CLEAN,
      'docs/notes.rst': FLAGGED,
      'docs/sub/z.md': CLEAN,
      'docs/sub-a.md': CLEAN,
      'docs/node_modules/pkg/readme.md': FLAGGED,
      'docs/.drafts/x.md': FLAGGED,
      'docs/UPPER.MD': CLEAN,
    });
    const r = valued(['--format', 'json', 'docs'], { cwd: ws });
    const paths = parseJson(r).files.map((f) => f.path);
    // Code-unit order, folders where their names fall, so every machine agrees.
    assert.deepEqual(paths, ['docs/C.markdown', 'docs/UPPER.MD', 'docs/a.txt', 'docs/b.md', 'docs/sub/z.md', 'docs/sub-a.md']);
    assert.equal(r.status, 1);
  });

  it('paths from a walk are joined onto the folder as given, "." included', () => {
    const ws = workspace({ 'a.md': CLEAN, 'sub/b.md': CLEAN });
    assert.deepEqual(parseJson(valued(['--format', 'json', '.'], { cwd: ws })).files.map((f) => f.path), ['a.md', 'sub/b.md']);
    assert.deepEqual(parseJson(valued(['--format', 'json', 'sub/'], { cwd: ws })).files.map((f) => f.path), ['sub/b.md']);
    const abs = parseJson(valued(['--format', 'json', `${ws}/sub`], { cwd: ws })).files.map((f) => f.path);
    assert.deepEqual(abs, [`${ws}/sub/b.md`]);
  });

  it('a file named explicitly is read whatever its extension, as plain text', () => {
    const ws = workspace({ 'notes.rst': FLAGGED });
    assert.deepEqual(idsByPath(valued(['--format', 'json', 'notes.rst'], { cwd: ws })), { 'notes.rst': ['thanks-for-time', 'needs-noun'] });
  });

  it('a file named twice, or also found by a walk, is reported once', () => {
    const ws = workspace({ 'a.md': FLAGGED });
    assert.deepEqual(parseJson(valued(['--format', 'json', 'a.md', './a.md', '.'], { cwd: ws })).files.map((f) => f.path), ['a.md']);
  });

  it('an unreadable path: exit 2 with a message on stderr, the other files still reported', () => {
    const ws = workspace({ 'a.md': CLEAN });
    const r = valued(['--format', 'json', 'missing.md', 'a.md'], { cwd: ws });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /missing\.md: cannot read: no such file or directory/);
    assert.deepEqual(parseJson(r).files.map((f) => f.path), ['a.md']);
  });

  it('a binary file (NUL byte) is skipped with a reason, not an error', () => {
    const ws = workspace({ 'docs/a.md': CLEAN, 'docs/image.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d, 0x0a]) });
    const r = valued(['--format', 'json', 'docs'], { cwd: ws });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /docs\/image\.md: skipped: looks binary/);
    assert.deepEqual(parseJson(r).files.map((f) => f.path), ['docs/a.md']);
  });

  it('a file over --max-file-size-mb is skipped with a reason naming the flag; 0 lifts the limit', () => {
    const ws = workspace({ 'big.md': FLAGGED.repeat(100) });
    const r = valued(['--format', 'json', '--max-file-size-mb', '0.001', 'big.md'], { cwd: ws });
    assert.equal(r.status, 0);
    assert.match(r.stderr, /big\.md: skipped: .*over the 0\.001 MB limit.*--max-file-size-mb/);
    assert.deepEqual(parseJson(r).files, []);
    assert.equal(valued(['--max-file-size-mb', '0', 'big.md'], { cwd: ws }).status, 1);
    const piped = valued(['--max-file-size-mb', '0.001', '-'], { cwd: ws, input: FLAGGED.repeat(100) });
    assert.equal(piped.status, 0);
    assert.match(piped.stderr, /<stdin>: skipped/);
  });

  it('a byte-order mark is not counted in columns', () => {
    const ws = workspace({ 'a.txt': '\ufeffyour needs\n' });
    assert.match(valued(['a.txt'], { cwd: ws }).stdout, /^a\.txt:1:1  /m);
  });

  it('names with spaces and non-ASCII letters are printed as they are', () => {
    const ws = workspace({ 'mein büro/e-mail 1.md': FLAGGED });
    const r = valued(['.'], { cwd: ws });
    assert.match(r.stdout, /^mein büro\/e-mail 1\.md:1:1  warning  /m);
  });

  it('CRLF line ends count as one line break', () => {
    const ws = workspace({ 'a.txt': 'Hello,\r\n\r\nWe meet your needs.\r\n' });
    assert.match(valued(['a.txt'], { cwd: ws }).stdout, /^a\.txt:3:9  warning  .*\[needs-noun\]$/m);
  });

  describe('usage errors exit 2 with a message on stderr', () => {
    const cases: [string, string[], RegExp][] = [
      ['an unknown option', ['--no-such-flag', 'a.md'], /Unknown option '--no-such-flag'/],
      ['no paths', [], /no files given/],
      ['a bad --format', ['--format', 'xml', 'a.md'], /unknown --format "xml"/],
      ['a --format without a value', ['a.md', '--format'], /--format/],
      ['a --rule without "="', ['--rule', 'needs-noun', 'a.md'], /expected id=severity/],
      ['a --rule with a bad severity', ['--rule', 'needs-noun=loud', 'a.md'], /severity must be off, hint, information, warning or error/],
      ['a --rule for an unknown rule', ['--rule', 'neds-noun=off', 'a.md'], /unknown rule id "neds-noun"/],
      ['a bad --max-file-size-mb', ['--max-file-size-mb', 'lots', 'a.md'], /--max-file-size-mb "lots"/],
      ['a missing --config file', ['--config', 'nope.json', 'a.md'], /nope\.json: cannot read/],
    ];
    for (const [name, args, message] of cases) {
      it(name, () => {
        const ws = workspace({ 'a.md': FLAGGED });
        const r = valued(args, { cwd: ws });
        assert.equal(r.status, 2, `${r.stdout}${r.stderr}`);
        assert.match(r.stderr, message);
        assert.equal(r.stdout, '');
      });
    }
  });
});
