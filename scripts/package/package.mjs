// npm run package: a production build (minified, no source maps), then
// valued-<version>.vsix in the repository root, checked for size and contents.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync, rmSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const MAX_BYTES = 3 * 1024 * 1024;
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const out = path.join(root, `valued-${version}.vsix`);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

// Source maps from an earlier development build must not ride along.
for (const f of ['extension', 'server', 'cli', 'api']) rmSync(path.join(root, 'dist', `${f}.js.map`), { force: true });
run(process.execPath, ['esbuild.mjs', '--production']);

const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
if (!existsSync(vsce)) throw new Error('@vscode/vsce is missing: run npm install');
// --no-dependencies: the bundles already hold every runtime dependency.
// --no-rewrite-relative-links: the README's links stay relative, there is no public repository to point at.
run(process.execPath, [vsce, 'package', '--no-dependencies', '--no-rewrite-relative-links', '--allow-missing-repository', '--out', out]);

const size = statSync(out).size;
console.log(`${path.basename(out)}: ${(size / 1024).toFixed(0)} KB`);
if (size > MAX_BYTES) {
  console.error(`the package is ${size} bytes, over the ${MAX_BYTES}-byte budget`);
  process.exit(1);
}
