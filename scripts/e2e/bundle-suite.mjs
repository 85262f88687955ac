// The extension host loads JavaScript: bundle each suite file of test/e2e/suite
// into out/e2e/suite/, with vscode and mocha left to the host.
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ROOT, SUITE_OUT } from './paths.mjs';

export async function bundleSuite() {
  const src = path.join(ROOT, 'test', 'e2e', 'suite');
  const entryPoints = readdirSync(src)
    .filter((f) => f === 'index.ts' || f.endsWith('.test.ts'))
    .map((f) => path.join(src, f));
  rmSync(SUITE_OUT, { recursive: true, force: true });
  await esbuild.build({
    entryPoints,
    outdir: SUITE_OUT,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return path.join(SUITE_OUT, 'index.js');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await bundleSuite());
}
