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

export function compilePattern(pattern: string, flags = 'gi'): RegExp {
  return new RegExp(START + '(?:' + patternSource(pattern, true) + ')' + END, flags);
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

/** The anchor of one pattern: what every match of it must contain. */
export function compileAnchor(pattern: string, hint?: string): Anchor {
  return patternAnchor(pattern, patternSource(pattern, false), hint);
}
