/**
 * `.valued.json` configuration: discovery, parsing with positions, layering,
 * `ignore` globs and "last valid configuration stays in effect".
 *
 * A `.valued.json` is JSON with comments:
 *   { "rules": { "<id>": "off|hint|information|warning|error" },
 *     "ignore": ["glob", ...],                 // relative to this file's folder
 *     "customRules": [{ "id", "message", "severity"?, "phrases": [...], "replacements"?: [...] }] }
 *
 * Layering, lowest first: built-in defaults < editor settings (`valued.rules`)
 * < `.valued.json` files from the stop folder down to the document's folder
 * (nearest wins for what it sets) < command-line `--rule` < inline directives
 * (applied by the analyzer). `ignore` is a union: a nested file cannot
 * un-ignore what a parent ignores.
 *
 * API
 *   const loader = new ConfigLoader(fs);          // one per server / CLI run; fs: ConfigFs
 *   const r = loader.loadChain(docPath, stopDir, { settingsRules, overrideRules });
 *     r.options   -> { rules, customRules }: spread into AnalyzeOptions
 *     r.ignored   -> the document matches an `ignore` glob: do not analyse it
 *     r.problems  -> ConfigProblem[] of every file in the chain: { file, message,
 *                    severity: 'error'|'warning', range (0-based LSP), line, column (1-based) }
 *     r.hasErrors -> any problem is an error (the CLI exits 2)
 *     r.files     -> per file: { file, state: 'valid'|'last-valid'|'invalid', problems, effective }
 *   loader.loadChainFromFiles(docPath, [configFile], layers)  // an explicit file (`--config`)
 *   loader.findConfigFiles(docPath, stopDir)     // which files apply (to watch or report)
 *   loader.parseFile(file) / loader.forget(file) // after a delete, drop cache and memory
 *   loadConfigChain(docPath, stopDir, fs, layers) // the same with a loader kept per fs
 *   parseConfigText(text, file)                  // problems of an unsaved buffer
 *   setRuleSeverity(text | undefined, id, 'off') // { edits, newText } keeping comments and layout
 *   configFileToEdit(loader.findConfigFiles(doc, stop), workspaceDir) // the nearest file, or a new one
 *
 * Parses are cached by path + mtime + size, so calling loadChain for every
 * document on every change is cheap. When a file turns invalid, its last valid
 * contents stay in effect (state 'last-valid') and its errors are still reported;
 * a file never valid since it was first read contributes nothing ('invalid').
 * An id in `rules` must be built-in or a custom rule of the same file or of a
 * file further out in the chain.
 */
import { ConfigLoader } from './loader';
import type { ChainLayers, ConfigChainResult, ConfigFs, ConfigProblem } from './types';

export { ConfigLoader } from './loader';
export { parseConfigText, unknownRuleIdMessage } from './parse';
export type { ParsedConfigFile } from './parse';
export { isIgnoredBy } from './ignore';
export { setRuleSeverity, configFileToEdit } from './edit';
export type { RuleSeverityEdit } from './edit';
export { nodeConfigFs, findRepositoryRoot } from './node-fs';
export * from './types';

const loaders = new WeakMap<ConfigFs, ConfigLoader>();

export function loadConfigChain(docPath: string, stopDir: string | undefined, fs: ConfigFs, layers?: ChainLayers): ConfigChainResult {
  let loader = loaders.get(fs);
  if (!loader) {
    loader = new ConfigLoader(fs);
    loaders.set(fs, loader);
  }
  return loader.loadChain(docPath, stopDir, layers);
}

/** `path:line:col: message`, with `warning: ` before the message of a warning. */
export function formatProblem(p: ConfigProblem, shownPath: string = p.file): string {
  return `${shownPath}:${p.line}:${p.column}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`;
}
