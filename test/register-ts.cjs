// Lets mocha load TypeScript tests directly: esbuild strips types per file (type checking is `npm run typecheck`).
const { transformSync } = require('esbuild');
const fs = require('node:fs');
require.extensions['.ts'] = function (module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { code } = transformSync(source, { loader: 'ts', format: 'cjs', target: 'node20', sourcemap: 'inline', sourcefile: filename });
  module._compile(code, filename);
};
