// Finds the `.valued.json` files that apply to a document, parses them once per
// modification, remembers each file's last valid contents, and layers them.
import * as path from 'node:path';
import type { CustomRule, SeveritySetting } from '../../../shared/src/findings';
import { isIgnoredBy, relativeInside } from './ignore';
import { type ParsedConfigFile, emptyConfig, parseConfigText, unknownRuleIdProblems } from './parse';
import { CONFIG_FILE_NAME } from './types';
import type { ChainLayers, ConfigChainResult, ConfigFileInfo, ConfigFs, ConfigProblem, ValuedConfig } from './types';

interface CacheEntry {
  mtimeMs: number;
  size: number;
  parsed: ParsedConfigFile;
}

export class ConfigLoader {
  private readonly cache = new Map<string, CacheEntry>();
  private readonly lastValid = new Map<string, ValuedConfig>();

  constructor(private readonly fs: ConfigFs) {}

  /**
   * `.valued.json` files from `stopDir` (inclusive) down to the document's folder,
   * outermost first. Without a `stopDir` the search goes up to the file system
   * root; a document outside `stopDir` only sees the file in its own folder.
   */
  findConfigFiles(docPath: string, stopDir?: string): string[] {
    const found: string[] = [];
    let dir = path.dirname(path.resolve(docPath));
    const stop = stopDir === undefined ? undefined : path.resolve(stopDir);
    const inside = stop === undefined || dir === stop || relativeInside(stop, dir) !== undefined;
    for (;;) {
      const candidate = path.join(dir, CONFIG_FILE_NAME);
      if (this.fs.stat(candidate)?.isFile) found.push(candidate);
      // Gone since last time: re-created later, it starts without old contents to fall back on.
      else if (this.cache.has(candidate)) this.forget(candidate);
      if (!inside || dir === stop) break;
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
    return found.reverse();
  }

  /** The parse of one file, from the cache while its mtime and size are unchanged. */
  parseFile(file: string): ParsedConfigFile | undefined {
    const abs = path.resolve(file);
    const st = this.fs.stat(abs);
    if (!st || !st.isFile) {
      this.forget(abs);
      return undefined;
    }
    const hit = this.cache.get(abs);
    if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit.parsed;
    let parsed: ParsedConfigFile;
    try {
      parsed = parseConfigText(this.fs.readFile(abs), abs);
    } catch (e) {
      parsed = parseConfigText('{}', abs);
      const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      parsed.problems.push({ file: abs, message: `cannot read: ${(e as Error).message}`, severity: 'error', range, line: 1, column: 1 });
    }
    this.cache.set(abs, { mtimeMs: st.mtimeMs, size: st.size, parsed });
    return parsed;
  }

  /** Drops what is known about a file (it was deleted, or the editor wants a fresh start). */
  forget(file: string): void {
    const abs = path.resolve(file);
    this.cache.delete(abs);
    this.lastValid.delete(abs);
  }

  /** The configuration for a document, searching up from its folder to `stopDir`. */
  loadChain(docPath: string, stopDir: string | undefined, layers: ChainLayers = {}): ConfigChainResult {
    return this.loadChainFromFiles(docPath, this.findConfigFiles(docPath, stopDir), layers);
  }

  /** The configuration for a document from the given files (outermost first), e.g. one `--config` file. */
  loadChainFromFiles(docPath: string, files: readonly string[], layers: ChainLayers = {}): ConfigChainResult {
    const doc = path.resolve(docPath);
    const infos: ConfigFileInfo[] = [];
    const inheritedIds = new Set<string>();
    for (const file of files) {
      const parsed = this.parseFile(file);
      if (!parsed) continue;
      const problems = [...parsed.problems, ...unknownRuleIdProblems(parsed, inheritedIds)].sort(byPosition);
      const info = this.settle(parsed.file, parsed.config, problems);
      for (const r of info.effective.customRules) inheritedIds.add(r.id);
      infos.push(info);
    }
    return layer(doc, infos, layers);
  }

  /** Valid contents replace the memory; invalid ones fall back to it. */
  private settle(file: string, config: ValuedConfig, problems: ConfigProblem[]): ConfigFileInfo {
    if (!problems.some((p) => p.severity === 'error')) {
      this.lastValid.set(file, config);
      return { file, state: 'valid', problems, effective: config };
    }
    const remembered = this.lastValid.get(file);
    if (remembered) return { file, state: 'last-valid', problems, effective: remembered };
    return { file, state: 'invalid', problems, effective: emptyConfig() };
  }
}

function byPosition(a: ConfigProblem, b: ConfigProblem): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

/** defaults < editor settings < `.valued.json` (outer to inner) < command-line overrides. */
function layer(doc: string, infos: ConfigFileInfo[], layers: ChainLayers): ConfigChainResult {
  const rules: Record<string, SeveritySetting> = { ...(layers.settingsRules ?? {}) };
  const custom = new Map<string, CustomRule>();
  let ignored = false;
  for (const info of infos) {
    Object.assign(rules, info.effective.rules);
    for (const r of info.effective.customRules) custom.set(r.id, r);
    if (!ignored) ignored = isIgnoredBy(info.effective.ignore, path.dirname(info.file), doc);
  }
  Object.assign(rules, layers.overrideRules ?? {});
  // A custom rule's own severity is its default; a `rules` entry at any layer wins.
  const customRules: CustomRule[] = [];
  for (const r of custom.values()) {
    const s = rules[r.id];
    if (s === 'off') continue;
    customRules.push(s ? { ...r, severity: s } : r);
  }
  const problems = infos.flatMap((i) => i.problems);
  return {
    options: { rules, customRules },
    ignored,
    problems,
    hasErrors: problems.some((p) => p.severity === 'error'),
    files: infos,
  };
}
