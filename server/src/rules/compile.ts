// Turns the catalog's phrase patterns into regular expressions (see PatternSpec.match).
import { type Anchor, patternAnchor, unmarked } from './anchors';
import { expandMacros } from './macros';
import { maxSpaceRuns } from './reach';

const START = "(?<![\\w'’-])";
const END = '(?![\\w-])';
/** The most times a repeated group of words may repeat: it keeps every match within
 * a bounded number of words of its anchor (see Probe), and no real sentence repeats more. */
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

export interface Probe {
  /**
   * Whether a match has its anchor at lastIndex: the part of the pattern before the
   * anchor is matched backwards from there, the rest forwards, so the question costs
   * the length of a match whatever the length of the text. Sticky: set lastIndex to
   * the anchor's offset and call test().
   */
  re: RegExp;
  /** The most runs of white space a match holds before its anchor, and from it on. */
  before: number;
  after: number;
}

export function compileProbe(pattern: string, anchor: Anchor): Probe {
  const plain = unmarked(pattern);
  const at = 'words' in anchor ? (anchor.at ?? 0) : 0;
  const before = toSource(plain.slice(0, at));
  const after = toSource(plain.slice(at));
  return {
    re: new RegExp(`(?<=${START}(?:${before}))(?:${after})${END}`, 'iy'),
    before: maxSpaceRuns(before),
    after: maxSpaceRuns(after),
  };
}

/** The anchor of one pattern: what every match of it must contain. */
export function compileAnchor(pattern: string, hint?: string): Anchor {
  return patternAnchor(pattern, patternSource(pattern, false), hint);
}
