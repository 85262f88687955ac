// The analyzer: text in, findings out. Pure (no LSP, no editor, no file system), so
// the server, the CLI, the library entry and the tests all run the same code.
import type { AnalyzeOptions, CustomRule, Finding, Severity } from '../../../shared/src/findings';
import { AnchorIndex, DIRECTIVES, HitList } from './anchor-index';
import { candidateHits, candidateHitsInPlace } from './candidates';
import { CATALOG } from '../rules/catalog';
import { customFamily } from '../rules/custom';
import { type DirectiveComment, type Segmentation, blankSpans, urlSpans } from './blocks';
import { type Chunk, chunkLocator, markdownChunks, plaintextChunks } from './chunks';
import { suppressorFor } from './directives';
import { type BlockFinding, type CompiledFamily, type Selection, analyzeProse, compileFamily } from './engine';
import { LineIndex, type Lines } from './line-index';
import { Openers } from './openers';
import { segmentMarkdown, segmentParagraphs } from './markdown';
import { segmentPlaintext } from './plaintext';
import { ParagraphList, plainParagraphs } from './plain-paragraphs';
import { keepShapes } from './shapes';


let builtIn: CompiledFamily[] | undefined;
const customCache = new Map<string, CompiledFamily>();

interface FamilySet {
  families: CompiledFamily[];
  severity: Map<string, Severity>;
  /** Finds where any of the families could match, and which of their patterns. */
  anchors: AnchorIndex;
}

const indexCache = new Map<string, AnchorIndex>();

function familiesFor(options: AnalyzeOptions): FamilySet {
  const catalog = (builtIn ??= CATALOG.map(compileFamily));
  const rules = options.rules ?? {};
  const severity = new Map<string, Severity>();
  const families: CompiledFamily[] = [];
  const add = (cf: CompiledFamily, defaultSeverity: Severity) => {
    const setting = rules[cf.family.id] ?? defaultSeverity;
    if (setting === 'off') return;
    severity.set(cf.family.id, setting);
    families.push(cf);
  };
  for (const cf of catalog) add(cf, cf.family.severity);
  for (const rule of options.customRules ?? []) add(compiledCustom(rule), rule.severity);
  // Families are compiled once and cached, so their identity names the set.
  const key = families.map((f) => f.family.id + (f.family.kind === 'phrase' && !catalog.includes(f) ? JSON.stringify(f.family.patterns) : '')).join('\u0000');
  let anchors = indexCache.get(key);
  if (!anchors) {
    anchors = new AnchorIndex(families);
    if (indexCache.size > 50) indexCache.clear();
    indexCache.set(key, anchors);
  }
  return { families, severity, anchors };
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

// Any line that opens Markdown structure, or inline code, HTML or a link: the parser
// reads such a chunk. Anything else is one plain paragraph, as CommonMark would read it.
const MARKDOWN_SYNTAX = /^(?: {0,3}(?:[#>*+=|<`~_-]|\d{1,9}[.)])| {4}|\t)|[`<[]/m;

interface ChunkResult {
  /** Offsets relative to the chunk. */
  findings: BlockFinding[];
  directives: DirectiveComment[];
}

/**
 * What a document analyzer remembers of the last version it read: its text, its
 * chunks and the result of each. A chunk of the new version that lies wholly before
 * the edit, or wholly after it, is the same text as a remembered chunk and its
 * result is reused without reading it again.
 */
interface Memory {
  text: string;
  /** The chunk boundaries of that version, in order, and the result of each. */
  bounds: Chunk[];
  results: ChunkResult[];
  lines?: LineIndex;
}

/**
 * The remembered chunk that is the same text as `chunk` of the new version, by its
 * index: where the chunks were shifted rather than cut again (most keystrokes), the
 * new version has the old one's chunks in the same order and the index is the same;
 * otherwise the chunk is looked up by its offset (moved by `delta` after the edit).
 */
function rememberedIndex(memory: Memory, shifted: boolean, i: number, chunk: Chunk, prefix: number, afterEdit: number, delta: number, byStart: () => Map<number, number>): number {
  if (chunk.end > prefix && chunk.start < afterEdit) return -1;
  if (shifted) return i;
  // Before the edit a chunk is where it was; after it, it moved by the change in length.
  const moved = chunk.end <= prefix ? 0 : delta;
  const k = byStart().get(chunk.start - moved);
  return k !== undefined && memory.bounds[k].end === chunk.end - moved ? k : -1;
}

// Both by binary search over string comparisons, which the engine does natively:
// a few dozen comparisons instead of a loop over a megabyte of characters.
function commonPrefix(a: string, b: string): number {
  let lo = 0;
  let hi = Math.min(a.length, b.length);
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.slice(lo, mid) === b.slice(lo, mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function commonSuffix(a: string, b: string, limit: number): number {
  let lo = 0;
  let hi = limit;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.slice(a.length - mid, a.length - lo) === b.slice(b.length - mid, b.length - lo)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}


// The line break that ends the last line before a blank one: a test, without a match array, says where.
const BLANK_LINE = /\n(?=[ \t]*\r?\n)/g;

/** The paragraphs of the chunk being segmented: one list, as a chunk is read to its end before the next. */
const PARAGRAPHS = new ParagraphList();

/**
 * The blocks of a chunk that hold a hit (offsets relative to the chunk, in order).
 * The parser reads the chunk only up to the first blank line after the last hit:
 * what follows a blank line cannot change how the lines before it are read (a link
 * reference defined further down aside, as across chunks).
 */
function segmentChunk(slice: string, markdown: boolean, opensDocument: boolean, hits: HitList): Segmentation {
  if (!markdown) return segmentPlaintext(slice, new LineIndex(slice));
  if (opensDocument || MARKDOWN_SYNTAX.test(slice)) {
    BLANK_LINE.lastIndex = hits.at[hits.length - 1];
    const read = BLANK_LINE.test(slice) ? slice.slice(0, BLANK_LINE.lastIndex) : slice;
    let h = 0;
    const holdsHit = (start: number, end: number) => {
      while (h < hits.length && hits.at[h] < start) h++;
      return h < hits.length && hits.at[h] < end;
    };
    const paragraphs = plainParagraphs(read, PARAGRAPHS, opensDocument);
    if (paragraphs) return segmentParagraphs(read, paragraphs, holdsHit);
    return segmentMarkdown(read, new LineIndex(read), opensDocument, holdsHit);
  }
  // trimEnd's white space is \s's, and it returns a slice where replace() would copy.
  const body = slice.trimEnd();
  return { blocks: [{ start: 0, end: body.length, prose: blankSpans(body, urlSpans(body)) }], directives: [] };
}

/**
 * The targets a block's hits name: a handful, in a list kept from block to block (a
 * block is read to its end before the next), where a set was made for each block.
 */
class TargetSelection implements Selection {
  private readonly items: unknown[] = [];
  private count = 0;

  clear(): void {
    this.count = 0;
  }

  add(target: unknown): void {
    if (!this.has(target)) this.items[this.count++] = target;
  }

  has(target: unknown): boolean {
    for (let i = 0; i < this.count; i++) if (this.items[i] === target) return true;
    return false;
  }
}

const SELECTION = new TargetSelection();

/** Hits at offsets relative to the chunk, in order. */
function analyzeChunk(slice: string, markdown: boolean, opensDocument: boolean, set: FamilySet, hits: HitList): ChunkResult {
  const { blocks, directives } = segmentChunk(slice, markdown, opensDocument, hits);
  // Most chunks read give nothing, and share one empty result.
  let findings: BlockFinding[] | null = null;
  let h = 0;
  for (const block of blocks) {
    // A match lies within one block and holds its anchor, so only the hits inside
    // a block say what to run there (a long list is many blocks in one chunk).
    while (h < hits.length && hits.at[h] < block.start) h++;
    // Most blocks of a chunk hold no hit, and make no selection.
    if (h === hits.length || hits.at[h] >= block.end) continue;
    SELECTION.clear();
    for (let k = h; k < hits.length && hits.at[k] < block.end; k++) for (const t of hits.targets[k]) SELECTION.add(t);
    for (const f of analyzeProse(block.prose, set.families, SELECTION)) (findings ??= []).push(movedBy(f, block.start));
  }
  return findings === null && directives.length === 0 ? NOTHING : { findings: findings ?? [], directives };
}

/**
 * A block's finding at offsets in the chunk. Moved in place: analyzeProse makes each
 * finding, fix and edit afresh, and a copy of each was most of what a chunk with a
 * finding allocated.
 */
function movedBy(f: BlockFinding, by: number): BlockFinding {
  f.start += by;
  f.end += by;
  f.matchStart += by;
  f.matchEnd += by;
  for (let i = 0; i < f.fixes.length; i++) {
    const edits = f.fixes[i].edits;
    for (let k = 0; k < edits.length; k++) {
      edits[k].from += by;
      edits[k].to += by;
    }
  }
  return f;
}

// Characters that can open or close a region chunks may not split (fences, HTML
// blocks, front matter), or change where a line starts.
const STRUCTURAL = /[\r\n`~<>!?\-\]\/]/;

/**
 * The chunks of the new version without cutting the text again, when the edit
 * cannot have moved a boundary: it changed no line break and nothing structural,
 * it sits past the first four columns of a line that already held text, and that
 * line is not a fence or front-matter line. Otherwise null.
 */
function shiftedChunks(memory: Memory, text: string, prefix: number, suffix: number): Chunk[] | null {
  const old = memory.text;
  const removed = old.slice(prefix, old.length - suffix);
  const inserted = text.slice(prefix, text.length - suffix);
  if (STRUCTURAL.test(removed) || STRUCTURAL.test(inserted) || old.charCodeAt(prefix - 1) === 13) return null;
  const lineStart = old.lastIndexOf('\n', prefix - 1) + 1;
  const lineEnd = old.indexOf('\n', prefix);
  const line = old.slice(lineStart, lineEnd < 0 ? old.length : lineEnd);
  if (prefix - lineStart < 4 || !/\S/.test(old.slice(lineStart, prefix)) || /^ {0,3}(`{3,}|~{3,}|---|\.\.\.)/.test(line)) return null;
  const delta = text.length - old.length;
  // The edit is never at a line start, so never at a chunk's start; the chunk it is
  // in, including the last one when text is appended, ends later by the change.
  return memory.bounds.map((c) => ({
    start: c.start <= prefix ? c.start : c.start + delta,
    end: c.end < prefix ? c.end : c.end + delta,
  }));
}

function directivesOnly(slice: string, markdown: boolean, opensDocument: boolean, hits: HitList): ChunkResult {
  return { findings: [], directives: segmentChunk(slice, markdown, opensDocument, hits).directives };
}

const NOTHING: ChunkResult = { findings: [], directives: [] };

/** A finding of a chunk, with the chunk's start. */
interface Placed {
  base: number;
  f: BlockFinding;
}

/**
 * The results of a text's chunks, gathered in order. An object rather than a closure
 * over the analysis' lists: optimized code that read those lists through a closure
 * was thrown away with them after each analysis, and made again every few analyses.
 */
class Taken {
  readonly found: Placed[] = [];
  readonly comments: DirectiveComment[] = [];

  constructor(private readonly remember: Memory | undefined) {}

  add(chunk: Chunk, result: ChunkResult): void {
    this.remember?.results.push(result);
    for (const f of result.findings) this.found.push({ base: chunk.start, f });
    for (const d of result.directives) this.comments.push({ start: d.start + chunk.start, end: d.end + chunk.start, body: d.body });
  }
}

const ORIGIN = { line: 0, character: 0 };
keepShapes(
  new Taken(undefined),
  { base: 0, f: NOTHING.findings[0] } satisfies Placed,
  { ruleId: '', severity: 'warning', message: '', range: { start: ORIGIN, end: ORIGIN }, text: '', fixes: [{ title: '', edits: [{ range: { start: ORIGIN, end: ORIGIN }, newText: '' }] }] } satisfies Finding,
);

function onlyDirectives(hits: HitList): boolean {
  for (let k = 0; k < hits.length; k++) if (hits.targets[k].length !== 1 || hits.targets[k][0] !== DIRECTIVES) return false;
  return true;
}

/**
 * A chunk's result, from anchor hits [from, to) at offsets `base` more than in the
 * chunk. `openers`: the kinds of openers the chunk holds, when known (see openers.ts).
 */
function chunkResult(slice: string, opensDocument: boolean, anchorHits: HitList, base: number, from: number, to: number, markdown: boolean, set: FamilySet, openers?: number): ChunkResult {
  return keptResult(slice, opensDocument, candidateHits(slice, anchorHits, base, from, to, openers), markdown, set);
}

/** A chunk's result from the hits the candidate step kept (offsets in the chunk). */
function keptResult(slice: string, opensDocument: boolean, hits: HitList, markdown: boolean, set: FamilySet): ChunkResult {
  if (hits.length === 0) return NOTHING;
  if (onlyDirectives(hits)) return directivesOnly(slice, markdown, opensDocument, hits);
  return analyzeChunk(slice, markdown, opensDocument, set, hits);
}

/**
 * The result of text[chunk.start, chunk.end), from the text's anchor hits [from, to).
 * A chunk that holds no opener (see openers.ts) is asked where it stands, and cut out
 * of the text only when it keeps a hit.
 */
function resultInText(text: string, chunk: Chunk, anchorHits: HitList, from: number, to: number, markdown: boolean, set: FamilySet, openers: number): ChunkResult {
  if (openers !== 0) return chunkResult(text.slice(chunk.start, chunk.end), chunk.start === 0, anchorHits, chunk.start, from, to, markdown, set, openers);
  const kept = candidateHitsInPlace(text, chunk.start, chunk.end, anchorHits, from, to);
  return kept.length === 0 ? NOTHING : keptResult(text.slice(chunk.start, chunk.end), chunk.start === 0, kept, markdown, set);
}

/**
 * The anchor hits of the text or chunk being read. One list for the process: an
 * analysis reads one list of hits at a time, and runs to its end before another starts.
 */
const HITS = new HitList();
/** The openers of the text being read, by the same reasoning. */
const OPENERS = new Openers();

function run(text: string, options: AnalyzeOptions, memory: Memory | null, remember?: Memory): Finding[] {
  const set = familiesFor(options);
  if (set.families.length === 0) return [];
  const markdown = options.languageId === 'markdown';
  const taken = new Taken(remember);
  let lines: Lines;
  if (!memory && !remember) {
    // A single analysis: one pass of the anchors over the whole text finds the few
    // chunks that can hold anything, and which patterns to run there; only those
    // chunks are located, cut out and read. The same pass says where lines start and
    // which chunks hold the openers of spans the prose blanks.
    const hits = set.anchors.hits(text, HITS);
    const index = new LineIndex(text, set.anchors.lineStarts());
    lines = index;
    const ends = set.anchors.openerEnds();
    const openers = OPENERS.reset(text, ends.at, ends.count);
    const locator = hits.length ? chunkLocator(text, markdown, set.anchors.cutLines()) : null;
    for (let h = 0; h < hits.length; ) {
      const chunk = locator!.around(hits.at[h]);
      const from = h;
      while (h < hits.length && hits.at[h] < chunk.end) h++;
      taken.add(chunk, resultInText(text, chunk, hits, from, h, markdown, set, openers.within(chunk.start, chunk.end)));
    }
  } else {
    // What is unchanged since the remembered version: a common prefix and suffix.
    const prefix = memory ? commonPrefix(memory.text, text) : 0;
    const suffix = memory ? commonSuffix(memory.text, text, Math.min(memory.text.length, text.length) - prefix) : 0;
    const delta = memory ? text.length - memory.text.length : 0;
    // An edit between the two halves of a CRLF makes two line breaks of one.
    const lineBreaksKept = memory?.lines && memory.text.charCodeAt(prefix - 1) !== 13 && !/[\r\n]/.test(memory.text.slice(prefix, memory.text.length - suffix)) && !/[\r\n]/.test(text.slice(prefix, text.length - suffix));
    // The line index is kept, to be shifted after the next edit.
    const index = lineBreaksKept ? memory!.lines!.shifted(text, prefix, delta) : new LineIndex(text);
    lines = index;
    const shifted = memory ? shiftedChunks(memory, text, prefix, suffix) : null;
    const chunks = shifted ?? (markdown ? markdownChunks(text, index.starts) : plaintextChunks(text));
    let byStart: Map<number, number> | undefined;
    const oldByStart = () => (byStart ??= new Map(memory!.bounds.map((c, k) => [c.start, k])));
    if (remember) {
      remember.bounds = chunks;
      remember.lines = index;
    }
    // Without a memory, one pass of the anchors over the whole text says which chunks
    // can hold anything at all, and which patterns to run there.
    const hits = memory ? null : set.anchors.hits(text, HITS);
    let h = 0;
    for (let i = 0; i < chunks.length; i++) {
      const chunk = chunks[i];
      if (memory) {
        const k = rememberedIndex(memory, shifted !== null, i, chunk, prefix, text.length - suffix, delta, oldByStart);
        if (k >= 0) taken.add(chunk, memory.results[k]);
        else {
          const slice = text.slice(chunk.start, chunk.end);
          const sliceHits = set.anchors.hits(slice, HITS);
          taken.add(chunk, chunkResult(slice, chunk.start === 0, sliceHits, 0, 0, sliceHits.length, markdown, set));
        }
      } else {
        const from = h;
        while (h < hits!.length && hits!.at[h] < chunk.end) h++;
        taken.add(chunk, from === h ? NOTHING : chunkResult(text.slice(chunk.start, chunk.end), chunk.start === 0, hits!, chunk.start, from, h, markdown, set));
      }
    }
  }
  const suppressor = suppressorFor(taken.comments, lines);
  const out: Finding[] = [];
  for (const { base, f } of taken.found) {
    const start = lines.position(base + f.start);
    if (suppressor?.suppressed(f.ruleId, base + f.start, start.line)) continue;
    out.push({
      ruleId: f.ruleId,
      severity: set.severity.get(f.ruleId)!,
      message: f.message,
      range: { start, end: lines.position(base + f.end) },
      text: text.slice(base + f.start, base + f.end),
      fixes: f.fixes.map((fix) => ({
        title: fix.title,
        edits: fix.edits.map((e) => ({
          range: { start: lines.position(base + e.from), end: lines.position(base + e.to) },
          newText: e.text,
        })),
      })),
    });
  }
  return out;
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
  let memory: Memory | null = null;
  let key = '';
  return {
    analyze(text, options) {
      const optionsKey = JSON.stringify([options.languageId, options.rules ?? {}, options.customRules ?? []]);
      if (optionsKey !== key) {
        memory = null;
        key = optionsKey;
      }
      const next: Memory = { text, bounds: [], results: [] };
      const result = run(text, options, memory, next);
      memory = next;
      return result;
    },
  };
}
