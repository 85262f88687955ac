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
import type { CompiledPattern } from './engine';
import type { Hit, Target } from './anchor-index';

/**
 * What can show a blanked span within a window of a text: both ends of a code span,
 * and either end of the others that can hold white space (an HTML tag's < and >, a
 * link destination's ] and closing parenthesis) when the text has their opener at
 * all; URLs and e-mail addresses hold no white space, so a window reaching into one
 * holds its telltale.
 */
function telltalesOf(text: string): RegExp | null {
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
  if (kinds.has('@')) parts.push('@');
  const url = kinds.has('u');
  const key = parts.join('') + (url ? 'u' : '');
  let re = telltaleCache.get(key);
  if (!re) {
    re = new RegExp([...(parts.length ? [`[${parts.join('')}]`] : []), ...(url ? ['://|www\\.|mailto:'] : [])].join('|'), 'i');
    telltaleCache.set(key, re);
  }
  return re;
}
const OPENERS = /[`<\]@]|:\/\/|www\.|mailto:/gi;
const telltaleCache = new Map<string, RegExp>();

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

function canMatch(text: string, at: number, pattern: CompiledPattern, telltales: RegExp | null): boolean {
  const { re, reach } = pattern;
  const from = reachBack(text, at, reach.before);
  const to = reachForward(text, at, reach.after);
  // The text is cut at `to`, white space or its end, so no match there is cut short;
  // what lies before `from` stays for the expression's look-behind.
  re.lastIndex = from;
  if (re.test(to === text.length ? text : text.slice(0, to))) return true;
  // Whether a blanked span could sit inside a match with its anchor here.
  return telltales !== null && telltales.test(text.slice(from, to));
}

const isPattern = (t: Target): t is CompiledPattern => typeof t === 'object' && 'reach' in t;

/** The hits of a text narrowed to the targets that can match there; hits left with none are dropped. */
export function candidateHits(text: string, hits: readonly Hit[]): Hit[] {
  const telltales = telltalesOf(text);
  const out: Hit[] = [];
  for (const hit of hits) {
    let targets: Target[] | null = null;
    for (let k = 0; k < hit.targets.length; k++) {
      const t = hit.targets[k];
      const keep = !isPattern(t) || canMatch(text, hit.at, t, telltales);
      if (!keep && !targets) targets = hit.targets.slice(0, k);
      else if (keep && targets) targets.push(t);
    }
    const kept = targets ?? hit.targets;
    if (kept.length) out.push(kept === hit.targets ? hit : { at: hit.at, targets: kept });
  }
  return out;
}
