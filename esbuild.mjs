// Bundles the four entry points that other tools rely on (see README "Build outputs"), and
// the language server's analyzer apart from the server (dist/analyzer.js, see below).
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  // jsonc-parser's UMD "main" loads its parts with a dynamic require a bundle cannot follow; its ES module build bundles.
  mainFields: ['module', 'main'],
};

/**
 * The language server's analyzer (the rule catalog, markdown-it, the tagger: six tenths of
 * its code) is a file of its own, dist/analyzer.js, which the server requires on its
 * first analysis (server/src/lsp/analyzer-module.ts): the engine then compiles only the
 * rest before the server can answer `initialize`.
 */
const analyzerApart = {
  name: 'analyzer-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/analyzer$/ }, (args) => (args.importer.endsWith('analyzer-module.ts') ? { path: './analyzer.js', external: true } : undefined));
  },
};

const entries = [
  // vscode is provided by the editor at run time.
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', plugins: [analyzerApart] },
  { entryPoints: ['server/src/analyzer/index.ts'], outfile: 'dist/analyzer.js' },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['server/src/api.ts'], outfile: 'dist/api.js' },
];

const contexts = await Promise.all(entries.map((e) => esbuild.context({ ...common, ...e })));
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
