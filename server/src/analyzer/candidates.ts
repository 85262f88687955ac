// Before a chunk is parsed: which of its anchor hits can be part of a match at all.
// Most anchor words ("time", "best", "close") stand in ordinary prose, and asking a
// pattern about the few words around its hit costs far less than parsing the
// chunk's Markdown and reading its blocks.
//
// The question is asked of the raw text within the pattern's reach of the hit (see
// Reach), which equals the prose the rules read except where spans are blanked
// (code, HTML, link targets, URLs, e-mail addresses). Blanking can only make a match
// when a blanked span sits inside it, and every such span shows a telltale
// (telltalesOf) within the match; so a hit with no match within reach in the raw
// text and no telltale there can be dropped without losing a finding.
import { blankSpans, urlSpans } from './blocks';
import type { CompiledPattern } from './engine';
import type { Hit, Target } from './anchor-index';

/**
 * What can show a blanked span within a window of a text. Structural: both ends of a
 * code span, and either end of the others that can hold white space (an HTML tag's <
 * and >, a link destination's ] and closing parenthesis) when the text has their
 * opener at all. Addresses: URLs and e-mail addresses, which hold no white space, so
 * a window reaching into one holds its telltale, and the whole of it.
 */
interface Telltales {
  structural: RegExp | null;
  addresses: RegExp | null;
}

function telltalesOf(text: string): Telltales | null {
  // One pass says which openers the text has at all; most texts have none.
  const kinds = new Set<string>();
  OPENERS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OPENERS.exec(text)) && kinds.size < 5) kinds.add(m[0].length === 1 ? m[0] : 'u');
  if (kinds.size === 0) return null;
  const parts: string[] = [];
  if (kinds.has('`')) parts.push('`');
  if (kinds.has('<')) parts.push('<', '>');
  if (kinds.has(']')) parts.push('\\]', '\\)');
  const addresses = [...(kinds.has('@') ? ['@'] : []), ...(kinds.has('u') ? ['://|www\\.|mailto:'] : [])];
  return { structural: cached(parts.length ? `[${parts.join('')}]` : null), addresses: cached(addresses.length ? addresses.join('|') : null) };
}

const telltaleCache = new Map<string, RegExp>();
function cached(source: string | null): RegExp | null {
  if (source === null) return null;
  let re = telltaleCache.get(source);
  if (!re) telltaleCache.set(source, (re = new RegExp(source, 'i')));
  return re;
}
const OPENERS = /[`<\]@]|:\/\/|www\.|mailto:/gi;

/** JavaScript's \s, by character code. */
function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 5760 || (c >= 8192 && c <= 8202) ||
    c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279
  );
}

/** Start of the stretch before `at` that holds at most `runs` runs of white space. */
function reachBack(text: string, at: number, runs: number): number {
  let i = at;
  for (let n = 0; ; n++) {
    while (i > 0 && !isSpace(text.charCodeAt(i - 1))) i--;
    if (i === 0 || n === runs) return i;
    while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  }
}

/** End of the stretch from `at` that holds at most `runs` runs of white space. */
function reachForward(text: string, at: number, runs: number): number {
  let i = at;
  for (let n = 0; ; n++) {
    while (i < text.length && !isSpace(text.charCodeAt(i))) i++;
    if (i === text.length || n === runs) return i;
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  }
}

/**
 * A chunk's text as far as the candidates need it: raw, and, when it holds URLs or
 * addresses, with those blanked as the prose will have them (they hold no white
 * space, so a block's boundaries never cut one).
 */
interface ChunkText {
  raw: string;
  telltales: Telltales | null;
  blanked?: string;
}

function addressesBlanked(chunk: ChunkText): string {
  return (chunk.blanked ??= chunk.telltales?.addresses ? blankSpans(chunk.raw, urlSpans(chunk.raw)) : chunk.raw);
}

function canMatch(chunk: ChunkText, at: number, pattern: CompiledPattern): boolean {
  const { re, reach } = pattern;
  const text = chunk.raw;
  const from = reachBack(text, at, reach.before);
  const to = reachForward(text, at, reach.after);
  // The text is cut at `to`, white space or its end, so no match there is cut short;
  // what lies before `from` stays for the expression's look-behind.
  re.lastIndex = from;
  if (re.test(to === text.length ? text : text.slice(0, to))) return true;
  if (chunk.telltales === null) return false;
  // With URLs and addresses blanked, runs of white space count as in the prose, up to
  // the first other span a match could hold: its telltale is then within reach.
  const blanked = addressesBlanked(chunk);
  const same = blanked === text;
  const start = same ? from : reachBack(blanked, at, reach.before);
  const end = same ? to : reachForward(blanked, at, reach.after);
  if (chunk.telltales.structural?.test(blanked.slice(start, end))) return true;
  if (same) return false;
  re.lastIndex = start;
  return re.test(end === blanked.length ? blanked : blanked.slice(0, end));
}

const isPattern = (t: Target): t is CompiledPattern => typeof t === 'object' && 'reach' in t;

/** The hits of a text narrowed to the targets that can match there; hits left with none are dropped. */
export function candidateHits(text: string, hits: readonly Hit[]): Hit[] {
  const chunk: ChunkText = { raw: text, telltales: telltalesOf(text) };
  const out: Hit[] = [];
  for (const hit of hits) {
    let targets: Target[] | null = null;
    for (let k = 0; k < hit.targets.length; k++) {
      const t = hit.targets[k];
      const keep = !isPattern(t) || canMatch(chunk, hit.at, t);
      if (!keep && !targets) targets = hit.targets.slice(0, k);
      else if (keep && targets) targets.push(t);
    }
    const kept = targets ?? hit.targets;
    if (kept.length) out.push(kept === hit.targets ? hit : { at: hit.at, targets: kept });
  }
  return out;
}
