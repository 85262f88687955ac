// The analyzer: text in, findings out. Pure (no LSP, no editor, no file system), so
// the server, the CLI, the library entry and the tests all run the same code.
import type { AnalyzeOptions, CustomRule, Finding, Severity } from '../../../shared/src/findings';
import { CATALOG } from '../rules/catalog';
import { customFamily } from '../rules/custom';
import type { Block, Segmentation } from './blocks';
import { suppressorFor } from './directives';
import { type BlockFinding, type CompiledFamily, analyzeProse, compileFamily } from './engine';
import { LineIndex } from './line-index';
import { segmentMarkdown } from './markdown';
import { segmentPlaintext } from './plaintext';

export { customPhraseProblem } from '../rules/custom';
export { parseDirective } from './directives';

let builtIn: CompiledFamily[] | undefined;
const customCache = new Map<string, CompiledFamily>();

function familiesFor(options: AnalyzeOptions): { families: CompiledFamily[]; severity: Map<string, Severity> } {
  builtIn ??= CATALOG.map(compileFamily);
  const rules = options.rules ?? {};
  const severity = new Map<string, Severity>();
  const families: CompiledFamily[] = [];
  const add = (cf: CompiledFamily, defaultSeverity: Severity) => {
    const setting = rules[cf.family.id] ?? defaultSeverity;
    if (setting === 'off') return;
    severity.set(cf.family.id, setting);
    families.push(cf);
  };
  for (const cf of builtIn) add(cf, cf.family.severity);
  for (const rule of options.customRules ?? []) add(compiledCustom(rule), rule.severity);
  return { families, severity };
}

function compiledCustom(rule: CustomRule): CompiledFamily {
  const key = JSON.stringify(rule);
  let cf = customCache.get(key);
  if (!cf) {
    cf = compileFamily(customFamily(rule));
    if (customCache.size > 200) customCache.clear();
    customCache.set(key, cf);
  }
  return cf;
}

function segment(text: string, lines: LineIndex, languageId: string): Segmentation {
  return languageId === 'markdown' ? segmentMarkdown(text, lines) : segmentPlaintext(text, lines);
}

type BlockCache = Map<string, BlockFinding[]>;

function run(text: string, options: AnalyzeOptions, cache: BlockCache | null): Finding[] {
  const lines = new LineIndex(text);
  const { families, severity } = familiesFor(options);
  if (families.length === 0) return [];
  const { blocks, directives } = segment(text, lines, options.languageId);
  const suppressor = suppressorFor(directives, lines);
  const out: Finding[] = [];
  for (const block of blocks) {
    for (const f of findingsOf(block, families, cache)) {
      const start = lines.position(block.start + f.start);
      if (suppressor?.suppressed(f.ruleId, block.start + f.start, start.line)) continue;
      out.push({
        ruleId: f.ruleId,
        severity: severity.get(f.ruleId)!,
        message: f.message,
        range: { start, end: lines.position(block.start + f.end) },
        text: text.slice(block.start + f.start, block.start + f.end),
        fixes: f.fixes.map((fix) => ({
          title: fix.title,
          edits: fix.edits.map((e) => ({
            range: { start: lines.position(block.start + e.from), end: lines.position(block.start + e.to) },
            newText: e.text,
          })),
        })),
      });
    }
  }
  return out;
}

function findingsOf(block: Block, families: CompiledFamily[], cache: BlockCache | null): BlockFinding[] {
  if (!cache) return analyzeProse(block.prose, families);
  const hit = cache.get(block.prose);
  if (hit) return hit;
  const found = analyzeProse(block.prose, families);
  cache.set(block.prose, found);
  return found;
}

/** Findings in document order, positions in UTF-16 code units. */
export function analyze(text: string, options: AnalyzeOptions): Finding[] {
  return run(text, options, null);
}

/**
 * One per open document: reuses the findings of blocks an edit did not touch
 * (keyed by the block's prose; positions are recomputed, so they shift with the
 * edit). Its output is always identical to `analyze` on the same text.
 */
export function createDocumentAnalyzer(): { analyze(text: string, options: AnalyzeOptions): Finding[] } {
  let cache: BlockCache = new Map();
  let key = '';
  return {
    analyze(text, options) {
      const optionsKey = JSON.stringify([options.rules ?? {}, options.customRules ?? []]);
      if (optionsKey !== key) {
        cache = new Map();
        key = optionsKey;
      }
      const result = run(text, options, cache);
      // Keep the cache from growing without bound across many edits.
      if (cache.size > 4 * (result.length + 1000)) cache = new Map();
      return result;
    },
  };
}
