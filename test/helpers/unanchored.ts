// The catalog with every anchor test made to pass: every pattern runs on every block.
// The reference a narrowed pipeline must agree with.
import { type CompiledFamily, compileFamily } from '../../server/src/analyzer/engine';
import { CATALOG } from '../../server/src/rules/catalog';

export const unanchored: CompiledFamily[] = CATALOG.map(compileFamily).map((f) => ({
  ...f,
  anchor: /(?:)/,
  patterns: f.patterns.map((p) => ({ ...p, anchor: /(?:)/ })),
}));
