// scripts/ensure-built.mjs, run against a miniature project whose "build" only
// counts how often it ran, so the test needs no real build.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { workspace } from './run-valued';

const SCRIPT = path.resolve(__dirname, '../../scripts/ensure-built.mjs');
const OUTPUTS = ['cli.js', 'api.js', 'server.js', 'analyzer.js', 'extension.js'];

function project(buildSucceeds = true): string {
  const root = workspace({
    'package.json': JSON.stringify({ name: 'mini', private: true, scripts: { build: 'node build.mjs' } }),
    'build.mjs': [
      "import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';",
      "appendFileSync('builds.txt', 'x');",
      "console.log('build output');",
      buildSucceeds ? '' : 'process.exit(3);',
      "mkdirSync('dist', { recursive: true });",
      `for (const f of ${JSON.stringify(OUTPUTS)}) writeFileSync('dist/' + f, '');`,
    ].join('\n'),
    'esbuild.mjs': '',
    'shared/src/a.ts': '',
    'server/src/b.ts': '',
    'client/src/c.ts': '',
  });
  mkdirSync(path.join(root, 'scripts'));
  copyFileSync(SCRIPT, path.join(root, 'scripts', 'ensure-built.mjs'));
  return root;
}

const ensure = (root: string) => spawnSync(process.execPath, [path.join(root, 'scripts', 'ensure-built.mjs')], { cwd: root, encoding: 'utf8', timeout: 60000 });
const builds = (root: string) => (existsSync(path.join(root, 'builds.txt')) ? readFileSync(path.join(root, 'builds.txt'), 'utf8').length : 0);

describe('scripts/ensure-built.mjs', function () {
  // Each run starts npm, about a second on a busy 2-core machine.
  this.timeout(60000);

  it('builds when dist/ is missing, keeping stdout clean for the CLI', () => {
    const root = project();
    const r = ensure(root);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(builds(root), 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /dist\/cli\.js is missing/);
    assert.match(r.stderr, /build output/);
  });

  it('does nothing while dist/ is newer than every source', () => {
    const root = project();
    ensure(root);
    const r = ensure(root);
    assert.equal(r.status, 0);
    assert.equal(builds(root), 1);
    assert.equal(r.stderr, '');
  });

  it('rebuilds when a source file, esbuild.mjs or package.json is newer than the build', () => {
    const root = project();
    ensure(root);
    const later = new Date(Date.now() + 60_000);
    let expected = 1;
    for (const changed of ['server/src/b.ts', 'esbuild.mjs', 'package.json']) {
      utimesSync(path.join(root, changed), later, later);
      assert.equal(ensure(root).status, 0);
      assert.equal(builds(root), ++expected, changed);
      // The new build is stamped "now", older than `later`: move the outputs past it.
      const after = new Date(later.getTime() + 1000);
      for (const f of OUTPUTS) utimesSync(path.join(root, 'dist', f), after, after);
      later.setTime(after.getTime() + 60_000);
    }
  });

  it('rebuilds when one output is missing', () => {
    const root = project();
    ensure(root);
    writeFileSync(path.join(root, 'builds.txt'), '');
    rmSync(path.join(root, 'dist', 'api.js'));
    assert.match(ensure(root).stderr, /dist\/api\.js is missing/);
    assert.equal(builds(root), 1);
  });

  it('fails with the build\'s status when the build fails', () => {
    const root = project(false);
    const r = ensure(root);
    assert.equal(r.status, 3);
  });
});
