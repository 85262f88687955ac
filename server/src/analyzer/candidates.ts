// Before a chunk is parsed: which of its anchor hits can be part of a match at all.
// Most anchor words ("time", "best", "close") stand in ordinary prose, and asking a
// pattern about the few words around its hit costs far less than parsing the
// chunk's Markdown and reading its blocks.
//
// The question is whether a match in the raw text holds the hit's anchor where the
// hit is (one attempt of the pattern split at its anchor, see centeredPattern): a
// match elsewhere holds an anchor of its own, with a hit of its own. The raw text
// equals the prose the rules read except where spans are blanked (code, HTML, link
// targets, URLs, e-mail addresses). Blanking can only make a match when a blanked
// span sits inside it, and every such span shows a telltale (telltalesOf) within the
// pattern's reach of the hit (see Reach); so a hit with no match at it in the raw
// text and no telltale within reach can be dropped without losing a finding.
import { blankSpans, blankedStretch, urlSpans } from './blocks';
import { isSpace } from './chars';
import { type CompiledGuard, type CompiledPattern, mayMeetRequirements } from './engine';
import { HitList, type Target } from './anchor-index';
import { AT, CODE, LINK, TAG, WEB, openersIn } from './openers';

/**
 * What can show a blanked span within a window of a text. Structural: both ends of a
 * code span, and either end of the others that can hold white space (an HTML tag's <
 * and >, a link destination's ] and closing parenthesis) when the text has their
 * opener at all; structuralWithin then keeps only those that can be such an end.
 * Addresses: URLs and e-mail addresses, which hold no white space, so a window
 * reaching into one holds its telltale, and the whole of it.
 */
interface Telltales {
  structural: RegExp | null;
  addresses: RegExp | null;
}

/** The telltales of a text that holds the openers `kinds` (see openers.ts), or null when it holds none. */
function telltalesOf(kinds: number): Telltales | null {
  if (kinds === 0) return null;
  return (telltaleSets[kinds] ??= telltaleSet(kinds));
}

/** One Telltales per combination of openers. */
const telltaleSets: Array<Telltales | undefined> = [];

function telltaleSet(kinds: number): Telltales {
  const parts: string[] = [];
  if (kinds & CODE) parts.push('`');
  if (kinds & TAG) parts.push('<', '>');
  if (kinds & LINK) parts.push('\\]', '\\)');
  const addresses = [...(kinds & AT ? ['@'] : []), ...(kinds & WEB ? ['://|www\\.|mailto:'] : [])];
  return {
    structural: parts.length ? new RegExp(`[${parts.join('')}]`, 'g') : null,
    addresses: addresses.length ? new RegExp(addresses.join('|'), 'gi') : null,
  };
}

/**
 * A hit's reach for every run count up to some most: back[n] is the start of the
 * stretch before the hit that holds at most n runs of white space, forward[n] the end
 * of the stretch from it that holds at most n. Measured once per hit for all of its
 * patterns: walking the characters again for each pattern cost as much as asking
 * the patterns themselves.
 */
class HitReach {
  back = new Int32Array(64);
  forward = new Int32Array(64);

  /** With `blanked`, the characters inside those spans count as white space, as they are once blanked. */
  measure(text: string, at: number, before: number, after: number, blanked: ReadonlyArray<readonly [number, number]> | null = null): void {
    if (before >= this.back.length) this.back = new Int32Array(before + 1);
    if (after >= this.forward.length) this.forward = new Int32Array(after + 1);
    let i = at;
    for (let n = 0; n <= before; n++) {
      while (i > 0 && !isBlankAt(text, i - 1, blanked)) i--;
      this.back[n] = i;
      while (i > 0 && isBlankAt(text, i - 1, blanked)) i--;
    }
    i = at;
    for (let n = 0; n <= after; n++) {
      while (i < text.length && !isBlankAt(text, i, blanked)) i++;
      this.forward[n] = i;
      while (i < text.length && isBlankAt(text, i, blanked)) i++;
    }
  }
}

/** Whether text[i] is white space, or will be once the spans are blanked. */
function isBlankAt(text: string, i: number, blanked: ReadonlyArray<readonly [number, number]> | null): boolean {
  return isSpace(text.charCodeAt(i)) || (blanked !== null && inSpans(blanked, i));
}

function inSpans(spans: ReadonlyArray<readonly [number, number]>, i: number): boolean {
  for (const [s, e] of spans) if (s <= i && i < e) return true;
  return false;
}

/** The reach of the hit being asked about, in the raw text and, when needed, with its addresses blanked. */
const RAW = new HitReach();
const BLANKED = new HitReach();

/**
 * A chunk's text as far as the candidates need it: raw, and, when a hit's reach holds
 * URLs or addresses, where they are, and the chunk with them blanked as the prose
 * will have them, when it is needed (they hold no white space, so a block's
 * boundaries never cut one).
 */
interface ChunkText {
  /** The chunk, or the whole text when the chunk is read in place: then [start, end) of it. */
  raw: string;
  start: number;
  end: number;
  /** The chunk's own text, cut out of raw when a guard is first judged on it. */
  own: string | null;
  telltales: Telltales | null;
  addresses: Array<[number, number]> | undefined;
  /**
   * The chunk with its addresses blanked, when one of them holds a ], which the raw
   * text could read as a link's (see canMatch); the raw text otherwise.
   */
  structural: string | undefined;
}

/** The chunk being asked about: one for the process, as a chunk's hits are asked about before the next chunk's. */
const CHUNK: ChunkText = { raw: '', start: 0, end: 0, own: null, telltales: null, addresses: undefined, structural: undefined };

function addressesOf(chunk: ChunkText): Array<[number, number]> {
  return (chunk.addresses ??= urlSpans(chunk.raw));
}

/** Whether an address of CHUNK holds a ]. One function for every call, where a closure was made for each. */
function holdsBracket(span: readonly [number, number]): boolean {
  const at = CHUNK.raw.indexOf(']', span[0]);
  return at >= 0 && at < span[1];
}

function structuralText(chunk: ChunkText): string {
  if (chunk.structural === undefined) {
    const spans = addressesOf(chunk);
    chunk.structural = spans.some(holdsBracket) ? blankSpans(chunk.raw, spans) : chunk.raw;
  }
  return chunk.structural;
}

/**
 * The raw text cut at the end of the widest reach of a hit's patterns: one cut serves
 * all of them. A narrower pattern may then find a match a little further on, which
 * keeps its hit; that costs a parse, never a finding.
 */
function cutFor(text: string, at: number, targets: readonly Target[]): string {
  const { before, after } = widestReach(targets);
  RAW.measure(text, at, before, after);
  const to = RAW.forward[after];
  return to === text.length ? text : text.slice(0, to);
}

/** The widest reach of a hit's patterns, on each side: one object, read before the next call. */
const WIDEST = { before: 0, after: 0 };

function widestReach(targets: readonly Target[]): { before: number; after: number } {
  WIDEST.before = WIDEST.after = 0;
  for (const t of targets) {
    if (!isPattern(t)) continue;
    if (t.reach.before > WIDEST.before) WIDEST.before = t.reach.before;
    if (t.reach.after > WIDEST.after) WIDEST.after = t.reach.after;
  }
  return WIDEST;
}

/** Whether a match of the global expression `re` lies wholly in [from, to) of the text. */
function within(re: RegExp, text: string, from: number, to: number): boolean {
  re.lastIndex = from;
  return re.test(text) && re.lastIndex <= to;
}

/**
 * Whether a structural telltale in [from, to) can be the end of a blanked span. A >
 * or ) is the commonest character to be none: a blockquote's marker, the end of an
 * aside in parentheses. Each can end a span only when the span's opener comes before
 * it with the span still open (see mayClose).
 */
function structuralWithin(re: RegExp, text: string, from: number, to: number): boolean {
  re.lastIndex = from;
  while (re.test(text) && re.lastIndex <= to) {
    const at = re.lastIndex - 1;
    const c = text.charCodeAt(at);
    if (c === GT ? mayClose(text, at, '<', HTML_INSIDE)
      : c === RPAREN ? mayClose(text, at, '](', DESTINATION_INSIDE)
      : c === RBRACKET ? opensDestination(text.charCodeAt(at + 1)) || mayClose(text, at, '][', LABEL_INSIDE)
      : c === LT ? opensTag(text.charCodeAt(at + 1))
      : true) return true;
  }
  return false;
}

const LT = 60;
const GT = 62;
const RPAREN = 41;
const RBRACKET = 93;
/** What follows an HTML span's <: a tag name, or the / ! ? of a closing tag, comment, declaration or instruction. */
const opensTag = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 47 || c === 33 || c === 63;
/** What follows a link label's ] when a destination or reference label comes next. */
const opensDestination = (c: number) => c === 40 || c === 91;
/** Characters that let a ] inside a reference label not end it: an escape or a nested [. */
const LABEL_INSIDE = /[[\\]/;
/** Characters that let a > inside an HTML span not end it: quotes around an attribute
 * value, and the insides of comments, processing instructions, declarations and CDATA. */
const HTML_INSIDE = /["'!?[-]/;
/** Characters that let a ) inside a link destination not end it: a title's quotes or
 * parentheses, nested parentheses, an angle-bracketed destination, an escape. */
const DESTINATION_INSIDE = /["'(<\\]/;

/**
 * Whether the closer at `at` can end a span that the last `opener` before it opened:
 * there is such an opener, and the first closer after it is this one, or may have
 * been hidden inside the span (a character that can hide one comes before it).
 */
function mayClose(text: string, at: number, opener: string, inside: RegExp): boolean {
  const open = text.lastIndexOf(opener, at - 1);
  if (open < 0) return false;
  const from = open + opener.length;
  const first = text.indexOf(text[at], from);
  return first === at || inside.test(text.slice(from, first));
}

/**
 * The hit being asked about: its targets, its raw text cut by cutFor, and the stretch
 * around it with addresses blanked (see blankedWindow), each made when a pattern
 * first needs it.
 */
const current = { targets: [] as readonly Target[], cut: null as string | null, window: null as string | null, windowStart: 0 };

function currentCut(chunk: ChunkText, at: number): string {
  return (current.cut ??= cutFor(chunk.raw, at, current.targets));
}

/**
 * The stretch around the hit that the widest reach of its patterns covers once the
 * chunk's addresses are blanked, blanked; BLANKED holds that reach. One for all of the
 * hit's patterns: a narrower one may then find a match a little further on, which
 * keeps its hit, as with cutFor.
 */
function blankedWindow(chunk: ChunkText, at: number): string {
  if (current.window === null) {
    const spans = addressesOf(chunk);
    const { before, after } = widestReach(current.targets);
    BLANKED.measure(chunk.raw, at, before, after, spans);
    current.windowStart = BLANKED.back[before];
    current.window = blankedStretch(chunk.raw, spans, current.windowStart, BLANKED.forward[after]);
  }
  return current.window;
}

function canMatch(chunk: ChunkText, at: number, pattern: CompiledPattern): boolean {
  const { re, reach, centered } = pattern;
  if (centered !== null) {
    // One attempt, at the hit: a match elsewhere in the window has its own hit.
    centered.lastIndex = at;
    if (centered.test(chunk.raw)) {
      // Where the prose is the raw text, a one-word match whose guard the chunk already
      // fails is dropped here: most hits that reach a parse end there (see mayMeetRequirements).
      return chunk.telltales !== null || !pattern.oneRun || pattern.guard === null || !pattern.guard.requires || mayMeetInChunk(chunk, pattern.guard, at, centered.lastIndex);
    }
    if (chunk.telltales === null) return false;
  }
  const cut = currentCut(chunk, at);
  // What lies before `from` stays for the expression's look-behind. The hit's reach
  // was measured by cutFor.
  const from = RAW.back[reach.before];
  if (centered === null) {
    re.lastIndex = from;
    if (re.test(cut)) return true;
    if (chunk.telltales === null) return false;
  }
  const { structural, addresses } = chunk.telltales as Telltales;
  const to = RAW.forward[reach.after];
  // The window starts and ends at white space, which no URL or address holds: one that
  // reaches into it lies wholly inside, telltale and all. With none there, the window
  // and its text are as in the prose, and only a structural telltale can keep the hit.
  // The cut ends at or after `to`, and bounds the scans.
  if (!addresses || !within(addresses, cut, from, to)) return structural !== null && structuralWithin(structural, cut, from, to);
  // With URLs and addresses blanked, runs of white space count as in the prose, up to
  // the first other span a match could hold: its telltale is then within reach. Only
  // the window is blanked. Addresses hold no structural telltale but ] (no < > ( ) `),
  // so the raw text has the blanked one's telltales and openers where they are; around
  // them it has more characters where the blanked one has spaces, which can only make a
  // telltale count that would not: a hit kept for a parse, never one dropped. Where an
  // address holds a ], the telltales are read in the chunk blanked whole. The window
  // starts after white space or at the chunk's start, so a match's look-behind reads
  // the same there as in the whole text.
  const window = blankedWindow(chunk, at);
  const start = BLANKED.back[reach.before];
  if (structural && structuralWithin(structural, structuralText(chunk), start, BLANKED.forward[reach.after])) return true;
  re.lastIndex = start - current.windowStart;
  return re.test(window);
}

/**
 * mayMeetRequirements for a match at [at, end) of chunk.raw, judged on the chunk's own
 * text, as when the chunk was cut out to be asked. Only one-word matches are judged,
 * and one stays within its line, so within the chunk (which ends at a line's end).
 */
function mayMeetInChunk(chunk: ChunkText, guard: CompiledGuard, at: number, end: number): boolean {
  if (chunk.own === null) chunk.own = chunk.start === 0 && chunk.end === chunk.raw.length ? chunk.raw : chunk.raw.slice(chunk.start, chunk.end);
  return mayMeetRequirements(guard, chunk.own, at - chunk.start, end - chunk.start);
}

const isPattern = (t: Target): t is CompiledPattern => typeof t === 'object' && 'reach' in t;

/**
 * The hits of a text narrowed to the targets that can match there; hits left with
 * none are dropped. The hits are hits[from, to) of a longer text in which this one
 * starts at `base`; those returned are at offsets in this text, in a list the next
 * call empties (KEPT). `openers`: the kinds of openers the text holds, when known
 * (see openers.ts); otherwise it is searched for them.
 */
export function candidateHits(text: string, hits: HitList, base = 0, from = 0, to = hits.length, openers = openersIn(text)): HitList {
  return narrowed(text, 0, text.length, telltalesOf(openers), hits, base, from, to);
}

/**
 * candidateHits for the chunk of `text` from `start` that holds hits[from, to) (at
 * offsets in `text`) and no opener of a blanked span, read where it stands: most
 * chunks with a hit are dropped here, and were cut out of the text only to be asked.
 * The text around the chunk can only make a pattern match, or a sentence hold a
 * required word, where the chunk alone would not: it keeps a hit for a parse, never
 * drops one. The hits returned are at offsets in the chunk.
 */
export function candidateHitsInPlace(text: string, start: number, end: number, hits: HitList, from: number, to: number): HitList {
  return narrowed(text, start, end, null, hits, 0, from, to);
}

/** The hits of chunk text[start, end) at offsets `base` less in text, narrowed; returned at offsets in the chunk. */
function narrowed(text: string, start: number, end: number, telltales: Telltales | null, hits: HitList, base: number, from: number, to: number): HitList {
  const chunk = CHUNK;
  chunk.raw = text;
  chunk.start = start;
  chunk.end = end;
  chunk.own = null;
  chunk.telltales = telltales;
  chunk.addresses = undefined;
  chunk.structural = undefined;
  const out = KEPT;
  out.length = 0;
  for (let h = from; h < to; h++) {
    const at = hits.at[h] - base;
    const targets = hits.targets[h];
    current.targets = targets;
    current.cut = null;
    current.window = null;
    // Most hits keep none of their targets: nothing is allocated for those.
    let kept: Target[] | null = null;
    let all = true;
    for (let k = 0; k < targets.length; k++) {
      const t = targets[k];
      const keep = !isPattern(t) || canMatch(chunk, at, t);
      if (keep && !all) (kept ??= []).push(t);
      else if (!keep && all) {
        all = false;
        if (k > 0) kept = targets.slice(0, k);
      }
    }
    if (all) out.push(at - start, targets);
    else if (kept) out.push(at - start, kept);
  }
  return out;
}

/**
 * The hits a chunk keeps: one list for the process, as a chunk's candidates are read
 * to the end before the next chunk's are found.
 */
const KEPT = new HitList();
