// Turns the catalog's phrase patterns into regular expressions (see PatternSpec.match).
import { type Anchor, patternAnchor, unmarked } from './anchors';
import { expandMacros } from './macros';
import { maxSpaceRuns } from './reach';

const START = "(?<![\\w'’-])";
const END = '(?![\\w-])';
/** The most times a repeated group of words may repeat: it keeps every match within
 * a bounded number of words of its anchor (see Reach), and no real sentence repeats more. */
export const MAX_REPEAT = 8;

/** Pattern syntax (macros expanded) to expression syntax. */
function toSource(pattern: string): string {
  return pattern
    .replace(/\((?!\?)/g, '(?:')
    .replace(/'/g, "['’]")
    .replace(/ /g, '\\s+')
    .replace(/\)\*/g, `){0,${MAX_REPEAT}}`)
    .replace(/\)\+/g, `){1,${MAX_REPEAT}}`);
}

/** The regular-expression source of a pattern, without word boundaries. */
export function patternSource(pattern: string, keepFocus: boolean): string {
  const src = toSource(expandMacros(pattern));
  return keepFocus ? src.replace(/>/g, ')').replace(/</g, '(?<focus>') : src.replace(/[<>]/g, '');
}

export function compilePattern(pattern: string, flags = 'gi', keepFocus = true): RegExp {
  return new RegExp(START + '(?:' + patternSource(pattern, keepFocus) + ')' + END, flags);
}

/**
 * How far a match reaches from its anchor: the most runs of white space it holds
 * before the anchor, and from the anchor on (see rules/reach.ts). A match lies
 * between the word that many runs back and the word that many runs on.
 */
export interface Reach {
  before: number;
  after: number;
}

export function patternReach(pattern: string, anchor: Anchor): Reach {
  const plain = unmarked(pattern);
  const at = 'words' in anchor ? (anchor.at ?? 0) : 0;
  return { before: maxSpaceRuns(toSource(plain.slice(0, at))), after: maxSpaceRuns(toSource(plain.slice(at))) };
}

/**
 * A pattern split at its anchor: what comes before the anchor as a look-behind, the
 * rest as the expression proper. Run sticky at an anchor hit, it asks in one attempt
 * whether a match holds the anchor there, where the pattern itself would be tried at
 * every position around the hit. None for a pattern anchored on an expression.
 */
export function centeredPattern(pattern: string, anchor: Anchor): RegExp | null {
  if (!('words' in anchor)) return null;
  const plain = unmarked(pattern);
  const at = anchor.at ?? 0;
  const before = toSource(plain.slice(0, at));
  const start = before === '' ? START : `(?<=${START}(?:${before}))`;
  return new RegExp(`${start}(?:${toSource(plain.slice(at))})${END}`, 'iy');
}

/** The anchor of one pattern: what every match of it must contain. */
export function compileAnchor(pattern: string, hint?: string): Anchor {
  return patternAnchor(pattern, patternSource(pattern, false), hint);
}
