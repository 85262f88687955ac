// One pass over the whole text finds every anchor word, and says which patterns
// each hit can start: those patterns, in those chunks, are all that run. The pass
// reads the raw text, so an anchor of several words is found only when nothing but
// white space parts its words: a span the parser blanks between them ("last
// <em>look") hides it.
import { anchorsSource, firstCharacterSource, isBoundedWord } from '../rules/anchors';
import { normalizeWord } from '../rules/trie';
import { AnchorWords, isScannable, writtenTo } from './anchor-words';
import { OPENERS_AFTER_WORDS, OPENER_ENDS } from './openers';
import type { CutLines } from './chunks';
import { asciiLower } from './chars';
import type { CompiledFamily, CompiledPattern } from './engine';
import { withRoomAt } from './int32';
import { keepShapes } from './shapes';

/** What a hit lets run: a phrase pattern, a noun-head family, or directive reading. */
export type Target = CompiledPattern | CompiledFamily | typeof DIRECTIVES;
export const DIRECTIVES = Symbol('directives');

export interface Hit {
  at: number;
  targets: readonly Target[];
}

keepShapes({ at: 0, targets: [] } satisfies Hit);

/**
 * Anchor hits in order of position, in two columns: thousands of hits in a long
 * text, most of them dropped at once by the candidate step, make no object each, and
 * a list reused from one analysis to the next keeps its columns.
 */
export class HitList {
  at = new Int32Array(256);
  targets: Array<readonly Target[]> = [];
  length = 0;

  push(at: number, targets: readonly Target[]): void {
    this.at = withRoomAt(this.at, this.length);
    this.at[this.length] = at;
    this.targets[this.length] = targets;
    this.length++;
  }

  /** Adds hits found by another expression, in order of position, keeping the whole in order. */
  merge(more: readonly Hit[]): void {
    if (more.length === 0) return;
    let i = this.length - 1;
    for (const hit of more) this.push(0, hit.targets);
    // From the end: the last of both lists goes last.
    for (let k = this.length - 1, j = more.length - 1; j >= 0; k--) {
      if (i >= 0 && this.at[i] > more[j].at) {
        this.at[k] = this.at[i];
        this.targets[k] = this.targets[i--];
      } else {
        this.at[k] = more[j].at;
        this.targets[k] = more[j--].targets;
      }
    }
  }

  /** The hits as objects, for tests and callers that keep them. */
  toArray(): Hit[] {
    return Array.from({ length: this.length }, (_, k) => ({ at: this.at[k], targets: this.targets[k] }));
  }
}

const DIRECTIVE_MARK = 'valued-';
const DIRECTIVE_TARGETS: readonly Target[] = [DIRECTIVES];

const endsKey = (first: number, last: number) => first * 0x10000 + last;

export class AnchorIndex {
  /** The anchor words read run by run (anchor-words.ts): every word within word boundaries, as anchors hold only ASCII letters. */
  private readonly scanned: AnchorWords<Target[]>;
  /**
   * Any other words, in expressions asked twice: `starts` matches a word's first
   * character only (the rest is a look-ahead), so testing it says where a word starts
   * without making a match array for each hit; `ends`, sticky there, says where it
   * ends. Words within word boundaries whose letters change case beyond ASCII (should
   * an anchor ever hold one), and words that start or end with another character,
   * apart: each alone is decided faster.
   */
  private readonly words: Array<{ starts: RegExp; ends: RegExp }>;
  private readonly byWord = new Map<string, Target[]>();
  /** The words by their first and last characters, to be told apart in the text without cutting a string out of it. */
  private readonly byEnds = new Map<number, Array<{ word: string; targets: Target[] }>>();
  /**
   * Words found where they are written, case and all: those with no letter and no word
   * boundary, and the mark that opens a directive, which is written in lower case
   * (directives.ts). By their last character, when the pass marks it (most: "%",
   * "valued-"), and looked for only where it stands; any other by a plain search.
   */
  private readonly endingWith: Array<Array<{ word: string; targets: readonly Target[] }> | undefined> = [];
  private readonly literals: Array<{ word: string; targets: readonly Target[] }>;
  /** Patterns anchored on an expression rather than words, scanned on their own. */
  private readonly others: Array<{ re: RegExp; target: Target }> = [];

  constructor(families: readonly CompiledFamily[]) {
    const own = new Map<string, Target[]>();
    const add = (word: string, target: Target) => {
      const key = normalizeWord(word);
      own.set(key, [...(own.get(key) ?? []), target]);
    };
    for (const cf of families) {
      if (cf.family.kind === 'noun-head') {
        for (const a of cf.anchors) if ('words' in a) a.words.forEach((w) => add(w, cf));
        continue;
      }
      for (const p of cf.patterns) {
        if ('words' in p.anchorSpec) p.anchorSpec.words.forEach((w) => add(w, p));
        else this.others.push({ re: new RegExp(p.anchorSpec.source, 'gi'), target: p });
      }
    }
    // A hit on "thank you" must also start the patterns anchored on "thank": the
    // longest word at a position is the hit, so shorter words that open it at a word
    // boundary share its targets.
    for (const [key, targets] of own) {
      const all = new Set(targets);
      for (const [shorter, more] of own) {
        if (shorter.length < key.length && key.startsWith(shorter) && /[\s'-]/.test(key[shorter.length])) more.forEach((t) => all.add(t));
      }
      this.byWord.set(key, [...all]);
      const ends = endsKey(key.charCodeAt(0), key.charCodeAt(key.length - 1));
      this.byEnds.set(ends, [...(this.byEnds.get(ends) ?? []), { word: key, targets: this.byWord.get(key)! }]);
    }
    // A word with no letter and no word boundary ("%", "100%") is found by a plain search
    // for it, many times faster than an expression that holds it, unless another word
    // opens with it or it opens with another (the expression takes the longest there).
    const keys = [...own.keys()];
    const isLiteral = (w: string) => !isBoundedWord(w) && w.toLowerCase() === w.toUpperCase() && !/\s/.test(w) && !keys.some((v) => v !== w && (v.startsWith(w) || w.startsWith(v)));
    const literals = keys.filter(isLiteral).map((word) => ({ word, targets: this.byWord.get(word)! as readonly Target[] }));
    literals.push({ word: DIRECTIVE_MARK, targets: DIRECTIVE_TARGETS });
    const markable = (c: number) => c < 128 && !/[\w\r\n]/.test(String.fromCharCode(c));
    for (const literal of literals.sort((a, b) => b.word.length - a.word.length)) {
      const last = literal.word.charCodeAt(literal.word.length - 1);
      if (markable(last)) this.endingWith[last] = [...(this.endingWith[last] ?? []), literal];
    }
    this.literals = literals.filter((l) => !markable(l.word.charCodeAt(l.word.length - 1)));
    const marked = new Set(OPENER_ENDS);
    const afterWords = [...OPENERS_AFTER_WORDS];
    // A character that ends only words of letters and digits ("valued-") is marked only
    // after a run that ends with one: hyphens and dashes fill mail.
    this.endingWith.forEach((ending = [], c) => {
      if (ending.every((l) => /^[A-Za-z0-9]+.$/.test(l.word))) afterWords.push(...ending.map((l) => l.word));
      else marked.add(String.fromCharCode(c));
    });
    this.scanned = new AnchorWords(keys.filter(isScannable).map((word) => ({ word, value: this.byWord.get(word)! })), [...marked].join(''), afterWords);
    const bounded = keys.filter((w) => isBoundedWord(w) && !isScannable(w));
    const unbounded = keys.filter((w) => !isBoundedWord(w) && !isLiteral(w));
    this.words = [bounded, unbounded]
      .filter((w) => w.length)
      .map((w) => ({ starts: new RegExp(firstCharacterSource(w, w === bounded), 'gi'), ends: new RegExp(anchorsSource([{ words: w }]), 'iy') }));
  }

  /** The targets of the anchor word at text[from, to). */
  private targetsOf(text: string, from: number, to: number): Target[] | undefined {
    const words = this.byEnds.get(endsKey(asciiLower(text.charCodeAt(from)), asciiLower(text.charCodeAt(to - 1))));
    if (words) for (const w of words) if (writtenTo(text, from, w.word, 0) === to) return w.targets;
    // Any other letter case the expression let through (it ignores case beyond ASCII).
    return this.byWord.get(normalizeWord(text.slice(from, to)));
  }

  /** Every hit in the text, in order of position, into `list` (emptied first). */
  hits(text: string, list = new HitList()): HitList {
    list.length = 0;
    const scanned = this.scanned.scan(text);
    for (let k = 0; k < scanned.length; k++) list.push(scanned.at[k], scanned.values[k]);
    // A loop, not forEach: a callback made for each call had its optimized code thrown
    // away with it, and the text's hottest loop ran unoptimized again in the next analysis.
    for (let i = 0; i < this.words.length; i++) {
      const { starts, ends } = this.words[i];
      const found: Hit[] = [];
      starts.lastIndex = 0;
      // Each test steps one character past a word's start, so a word inside it is found too.
      while (starts.test(text)) {
        const at = starts.lastIndex - 1;
        ends.lastIndex = at;
        ends.test(text);
        const targets = this.targetsOf(text, at, ends.lastIndex);
        if (!targets) continue;
        found.push({ at, targets });
      }
      list.merge(found);
    }
    const marked: Hit[] = [];
    for (let k = 0; k < scanned.markCount; k++) {
      const i = scanned.marks[k];
      const literals = this.endingWith[text.charCodeAt(i)];
      if (literals === undefined) continue;
      for (const { word, targets } of literals) {
        const at = i - word.length + 1;
        if (at >= 0 && text.startsWith(word, at)) marked.push({ at, targets });
      }
    }
    // Literals end in order; a longer one can start before a shorter one that ended earlier.
    list.merge(marked.sort((a, b) => a.at - b.at));
    for (const { word, targets } of this.literals) {
      const found: Hit[] = [];
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) found.push({ at, targets });
      list.merge(found);
    }
    let m: RegExpExecArray | null;
    for (const { re: other, target } of this.others) {
      const found: Hit[] = [];
      other.lastIndex = 0;
      while ((m = other.exec(text))) {
        found.push({ at: m.index, targets: [target] });
        other.lastIndex = m.index + 1;
      }
      list.merge(found);
    }
    return list;
  }

  /**
   * Where the lines of the text last read by hits() start, as LSP counts lines. A view
   * of a list the next call of hits() overwrites: for the analysis of that text only.
   */
  lineStarts(): Int32Array {
    return this.scanned.lineStarts.subarray(0, this.scanned.lineCount);
  }

  /** The lines of the text last read by hits() where Markdown chunks may be cut, and regions may open (chunks.ts); views, as lineStarts(). */
  cutLines(): CutLines {
    const { afterBlank, afterBlankCount, opening, openingCount } = this.scanned;
    return { afterBlank: afterBlank.subarray(0, afterBlankCount), opening: opening.subarray(0, openingCount) };
  }

  /** Where the last characters of openers may stand in the text last read by hits() (with others), in order: [0, count). */
  openerEnds(): { at: Int32Array; count: number } {
    return { at: this.scanned.marks, count: this.scanned.markCount };
  }
}
