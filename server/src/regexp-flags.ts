// For the CLI and the language server, which are processes of our own. Each phrase
// pattern runs over many short windows of text; the engine runs a new expression in
// its bytecode interpreter first and compiles it to machine code only afterwards,
// and for these expressions (dozens of alternatives, look-behind) that first step
// costs more than it saves: a first analysis of 1 MB took about 320 ms with it and
// 240 ms without. The library entry (dist/api.js) leaves the host's flags alone.
//
// The server sets it when it first loads the analyzer (lsp/analyzer-module.ts),
// not at start: loading the engine's settings module costs about 11 ms, which
// answering `initialize` need not wait for.
import type * as V8 from 'node:v8';

let set = false;

export function compileRegExpsNatively(): void {
  if (set) return;
  set = true;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require('node:v8') as typeof V8).setFlagsFromString('--no-regexp-tier-up');
}
