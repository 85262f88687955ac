// For the CLI and the language server, which are processes of our own. Each phrase
// pattern runs over many short windows of text; the engine runs a new expression in
// its bytecode interpreter first and compiles it to machine code only afterwards,
// and for these expressions (dozens of alternatives, look-behind) that first step
// costs more than it saves: a first analysis of 1 MB took about 320 ms with it and
// 240 ms without. The library entry (dist/api.js) leaves the host's flags alone.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
