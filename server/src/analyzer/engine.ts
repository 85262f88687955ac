// The check kinds: phrase families (patterns + context guards) and the noun-head
// family (needs-noun). Reads one block's prose; offsets in and out are the block's.
import type { ContextGuard, Family, PatternSpec, PhraseFamily } from '../rules/types';
import { type Anchor, anchorsSource } from '../rules/anchors';
import { type Reach, centeredPattern, compileAnchor, compilePattern, patternReach } from '../rules/compile';
import { matchCase } from './case';
import { isMention } from './mention';
import { readNeeds } from './needs-noun';
import { type BlockEdit, removalEdits } from './removal';
import { keepShapes } from './shapes';
import { type PhraseList, Tokens, phraseList, tokenize, tokensAfter, tokensBefore, tokensEndWithAny, tokensHaveAny, tokensStartWithAny, wordAt } from './tokens';
import { isSpace } from './chars';
import { sentenceAround } from './words';

export interface BlockFinding {
  ruleId: string;
  start: number;
  end: number;
  /** The whole match, which may reach beyond the flagged part; overlaps are judged on it. */
  matchStart: number;
  matchEnd: number;
  message: string;
  fixes: Array<{ title: string; edits: BlockEdit[] }>;
}

keepShapes({ ruleId: '', start: 0, end: 0, matchStart: 0, matchEnd: 0, message: '', fixes: [{ title: '', edits: [{ from: 0, to: 0, text: '' }] }] } satisfies BlockFinding);

export interface CompiledPattern {
  /** Finds matches: global, without the focus group, so a match makes no indices or groups. */
  re: RegExp;
  /** Sticky, with the focus group and indices: asked at a match that passed, for the part to flag. None without a focus. */
  focused: RegExp | null;
  /** The pattern's guard with its phrases split into words. */
  guard: CompiledGuard | null;
  /** How far around its anchor a match reaches. */
  reach: Reach;
  /** Every match contains a match of this (see rules/anchors.ts). */
  anchor: RegExp;
  /** Whether a match holds the anchor at the sticky position (see centeredPattern). */
  centered: RegExp | null;
  anchorSpec: Anchor;
  spec: PatternSpec;
  /**
   * Every match is one run of characters other than white space, opening with the
   * anchor: the match at an anchor hit is where the hit is, and none other holds it.
   */
  oneRun: boolean;
}

/** The patterns (and noun-head families) to run; all of them when absent. */
export interface Selection {
  has(target: unknown): boolean;
}

export interface CompiledFamily {
  family: Family;
  /** What any finding of this family contains. */
  anchors: Anchor[];
  anchor: RegExp;
  patterns: CompiledPattern[];
}

export function compileFamily(family: Family): CompiledFamily {
  if (family.kind === 'noun-head') {
    return { family, anchors: [{ words: ['needs'] }], anchor: /\bneeds\b/i, patterns: [] };
  }
  const anchors = family.patterns.map((spec) => compileAnchor(spec.match, spec.anchor));
  const patterns = family.patterns.map((spec, i): CompiledPattern => {
    const anchor = anchors[i];
    const reach = patternReach(spec.match, anchor);
    return {
      spec,
      re: compilePattern(spec.match, 'gi', false),
      focused: spec.match.includes('<') ? compilePattern(spec.match, 'dyi') : null,
      guard: spec.guard ? compileGuard(spec.guard) : null,
      reach,
      anchor: new RegExp(anchorsSource([anchor]), 'i'),
      centered: centeredPattern(spec.match, anchor),
      anchorSpec: anchor,
      oneRun: 'words' in anchor && !anchor.at && reach.before === 0 && reach.after === 0,
    };
  });
  return { family, anchors, anchor: new RegExp(anchorsSource(anchors), 'i'), patterns };
}

/**
 * The match being judged and the words around it, read only as its guard asks for
 * them. One for the process: a match is judged before the next is found.
 */
class Around {
  prose = '';
  sStart = 0;
  sEnd = 0;
  mStart = 0;
  mEnd = 0;
  // The words as offsets, in lists kept from one match to the next, each read at most once a match.
  private readonly prevWords = new Tokens();
  private readonly nextWords = new Tokens();
  private readonly sentenceWords = new Tokens();
  private prevRead = false;
  private nextRead = false;
  private sentenceRead = false;

  reset(prose: string, sStart: number, sEnd: number, mStart: number, mEnd: number): void {
    this.prose = prose;
    this.sStart = sStart;
    this.sEnd = sEnd;
    this.mStart = mStart;
    this.mEnd = mEnd;
    this.prevRead = this.nextRead = this.sentenceRead = false;
  }

  /** The words before the match, back to its sentence's start or 160 characters, as far as phrases of up to `most` words need. */
  prev(most: number): Tokens {
    if (!this.prevRead) tokensBefore(this.prose, Math.max(this.sStart, this.mStart - 160), this.mStart, most, this.prevWords);
    this.prevRead = true;
    return this.prevWords;
  }

  /** The words after the match, as prev() gives those before it. */
  next(most: number): Tokens {
    if (!this.nextRead) tokensAfter(this.prose, this.mEnd, Math.min(this.sEnd, this.mEnd + 160), most, this.nextWords);
    this.nextRead = true;
    return this.nextWords;
  }

  sentence(): Tokens {
    if (!this.sentenceRead) tokenize(this.prose, this.sStart, this.sEnd, this.sentenceWords);
    this.sentenceRead = true;
    return this.sentenceWords;
  }
}

const around = new Around();

export interface CompiledGuard {
  /** Whether any of the require conditions is set: only those can be judged before the prose is known (see mayMeetRequirements). */
  requires: boolean;
  unlessPrev?: PhraseList;
  unlessNext?: PhraseList;
  requirePrev?: PhraseList;
  requireNext?: PhraseList;
  unlessSentenceHas?: PhraseList;
  requireSentenceHas?: PhraseList;
  requireNextCapitalized: boolean;
  /** The most words a phrase of the lists before the match has, and after it: as many as need reading. */
  mostBefore: number;
  mostAfter: number;
}

function compileGuard(guard: ContextGuard): CompiledGuard {
  const list = (phrases: string[] | undefined) => (phrases ? phraseList(phrases) : undefined);
  const [unlessPrev, requirePrev, unlessNext, requireNext] = [guard.unlessPrev, guard.requirePrev, guard.unlessNext, guard.requireNext].map(list);
  return {
    requires: guard.requireNextCapitalized === true || requirePrev !== undefined || requireNext !== undefined || guard.requireSentenceHas !== undefined,
    unlessPrev,
    requirePrev,
    unlessNext,
    requireNext,
    unlessSentenceHas: list(guard.unlessSentenceHas),
    requireSentenceHas: list(guard.requireSentenceHas),
    requireNextCapitalized: guard.requireNextCapitalized === true,
    mostBefore: Math.max(unlessPrev?.most ?? 0, requirePrev?.most ?? 0),
    mostAfter: Math.max(unlessNext?.most ?? 0, requireNext?.most ?? 0),
  };
}

/** Whether the match in `around` passes its guard. */
function passes(guard: CompiledGuard | null): boolean {
  if (!guard) return true;
  if (guard.unlessPrev && tokensEndWithAny(around.prev(guard.mostBefore), guard.unlessPrev)) return false;
  if (guard.unlessNext && tokensStartWithAny(around.next(guard.mostAfter), guard.unlessNext)) return false;
  if (guard.unlessSentenceHas && tokensHaveAny(around.sentence(), guard.unlessSentenceHas)) return false;
  return requirementsMet(guard);
}

/** Whether the match in `around` meets its guard's require conditions. */
function requirementsMet(guard: CompiledGuard): boolean {
  if (guard.requireNextCapitalized && !capitalizedNext(around.prose, around.mEnd)) return false;
  if (guard.requirePrev && !tokensEndWithAny(around.prev(guard.mostBefore), guard.requirePrev)) return false;
  if (guard.requireNext && !tokensStartWithAny(around.next(guard.mostAfter), guard.requireNext)) return false;
  if (guard.requireSentenceHas && !tokensHaveAny(around.sentence(), guard.requireSentenceHas)) return false;
  return true;
}

/** Whether /^\s*[A-Z0-9]/ matches the four characters from `at`, read without slicing them. */
function capitalizedNext(prose: string, at: number): boolean {
  const to = Math.min(at + 4, prose.length);
  let i = at;
  while (i < to && isSpace(prose.charCodeAt(i))) i++;
  if (i === to) return false;
  const c = prose.charCodeAt(i);
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/**
 * Whether a match at [mStart, mEnd) of a text may meet its guard's require conditions
 * once the text is read as blocks of prose. Asked of a chunk of the document whose
 * prose blanks nothing (no opener of a blanked span, see openers.ts): each block's
 * prose is then the chunk's own lines, and the sentence the chunk gives the match
 * holds the block's sentence (block bounds only add breaks; the breaks are read from
 * the same characters, and a block starts at a line start, where the break test
 * reads nothing before). The words around the match in the block are then the end
 * of those before it in the chunk, and the start of those after, and a requirement
 * the chunk fails the block fails too. The unless conditions are not asked: a word
 * the chunk's wider sentence holds may lie outside the block's.
 */
export function mayMeetRequirements(guard: CompiledGuard, text: string, mStart: number, mEnd: number): boolean {
  const { start, end } = sentenceAround(text, mStart, mEnd);
  around.reset(text, start, end, mStart, mEnd);
  return requirementsMet(guard);
}

/** Where the focus of a match at `start` lies, when its pattern has one and it took part. */
function focusOf(focused: RegExp | null, prose: string, start: number): [number, number] | undefined {
  if (focused === null) return undefined;
  focused.lastIndex = start;
  return focused.exec(prose)?.indices?.groups?.focus;
}

function phraseFindings(prose: string, cf: CompiledFamily, family: PhraseFamily, out: BlockFinding[], selection?: Selection): void {
  for (const pattern of cf.patterns) {
    const { re, spec, anchor, focused, guard } = pattern;
    if (selection ? !selection.has(pattern) : !anchor.test(prose)) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(prose))) {
      const mStart = m.index;
      const mEnd = mStart + m[0].length;
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const { start: sStart, end: sEnd } = sentenceAround(prose, mStart, mEnd);
      around.reset(prose, sStart, sEnd, mStart, mEnd);
      if (!passes(guard) || isMention(prose, sStart, sEnd, mStart, mEnd)) {
        // A rejected match may hide a shorter one starting inside it.
        re.lastIndex = mStart + 1;
        continue;
      }
      const [fStart, fEnd] = focusOf(focused, prose, mStart) ?? [mStart, mEnd];
      out.push({ ruleId: family.id, start: fStart, end: fEnd, matchStart: mStart, matchEnd: mEnd, message: spec.message ?? family.message, fixes: fixesFor(prose, spec, sStart, sEnd, mStart, mEnd, fStart, fEnd) });
    }
  }
}

function fixesFor(prose: string, spec: PatternSpec, sStart: number, sEnd: number, mStart: number, mEnd: number, fStart: number, fEnd: number): BlockFinding['fixes'] {
  const fix = spec.fix;
  if (!fix) return [];
  if ('remove' in fix) {
    return removalEdits(prose, sStart, sEnd, mStart, mEnd, fix.lead).map((edits, i) => ({
      title: i === 0 ? (edits[0].to - edits[0].from > mEnd - mStart + 2 ? 'Remove the sentence' : 'Remove the phrase') : `Open with the business: "${fix.lead}"`,
      edits,
    }));
  }
  const from = fix.whole ? mStart : fStart;
  const to = fix.whole ? mEnd : fEnd;
  const original = prose.slice(from, to);
  // The words next to the rewrite, as wordsIn reads them, within 40 characters and the sentence.
  const before = tokensBefore(prose, Math.max(sStart, from - 40), from, 1, FIX_WORDS);
  const wordBefore = before.length > 0 ? wordAt(before, before.length - 1) : undefined;
  const after = tokensAfter(prose, to, Math.min(sEnd, to + 40), 1, FIX_WORDS);
  const wordAfter = after.length > 0 ? wordAt(after, 0) : undefined;
  const fixes: BlockFinding['fixes'] = [];
  for (const alt of fix.replace) {
    const text = matchCase(original, alt);
    // A rewrite must not double a neighbouring word ("negotiation on" -> "agree on on").
    const lower = text.toLowerCase();
    if (!NOT_SPACE.test(lower) ? wordBefore === undefined || wordAfter === undefined : edgeWordIs(lower, wordBefore, true) || edgeWordIs(lower, wordAfter, false)) continue;
    fixes.push({ title: `Replace with "${text.trim()}"`, edits: [{ from, to, text }] });
  }
  return fixes;
}

/** The words around a rewrite: one list for the process, read word by word before the next. */
const FIX_WORDS = new Tokens();
const NOT_SPACE = /\S/;

/** Whether the first (or last) run of non-white-space characters of `text` is `word`. */
function edgeWordIs(text: string, word: string | undefined, first: boolean): boolean {
  if (word === undefined) return false;
  let i = 0;
  let j = text.length;
  if (first) {
    while (i < j && isSpace(text.charCodeAt(i))) i++;
    j = i;
    while (j < text.length && !isSpace(text.charCodeAt(j))) j++;
  } else {
    while (j > i && isSpace(text.charCodeAt(j - 1))) j--;
    i = j;
    while (i > 0 && !isSpace(text.charCodeAt(i - 1))) i--;
  }
  return j > i && j - i === word.length && text.startsWith(word, i);
}

/** "needs" as a word: made once, and tested rather than executed, so each makes no object. */
const NEEDS = /(?<![\w'’-])needs(?![\w-])/gi;

function needsFindings(prose: string, family: Family, out: BlockFinding[]): void {
  NEEDS.lastIndex = 0;
  while (NEEDS.test(prose)) {
    const end = NEEDS.lastIndex;
    const start = end - 5;
    const { start: sStart, end: sEnd } = sentenceAround(prose, start, end);
    const found = readNeeds(prose, sStart, sEnd, start, end);
    if (!found || isMention(prose, sStart, sEnd, found.start, end)) continue;
    out.push({ ruleId: family.id, start: found.start, end: found.end, matchStart: found.start, matchEnd: found.end, message: family.message, fixes: found.fixes });
  }
}

/**
 * All findings of the given families in one block, overlaps within a rule resolved
 * (longest first). With a selection, only the selected patterns run, and without
 * testing their anchors again. Each finding, fix and edit is made afresh, the
 * caller's to keep or move.
 */
export function analyzeProse(prose: string, families: readonly CompiledFamily[], selection?: Selection): BlockFinding[] {
  const raw: BlockFinding[] = [];
  for (const cf of families) {
    if (cf.family.kind === 'noun-head') {
      if (selection ? selection.has(cf) : cf.anchor.test(prose)) needsFindings(prose, cf.family, raw);
    } else if (selection || cf.anchor.test(prose)) {
      phraseFindings(prose, cf, cf.family, raw, selection);
    }
  }
  if (raw.length < 2) return raw;
  raw.sort((a, b) => a.matchStart - b.matchStart || b.matchEnd - b.matchStart - (a.matchEnd - a.matchStart));
  const kept: BlockFinding[] = [];
  const lastEnd = new Map<string, number>();
  for (const f of raw) {
    if ((lastEnd.get(f.ruleId) ?? -1) > f.matchStart) continue;
    kept.push(f);
    lastEnd.set(f.ruleId, f.matchEnd);
  }
  return kept.sort((a, b) => a.start - b.start);
}
