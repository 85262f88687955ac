// Turns the catalog's phrase patterns into regular expressions (see PatternSpec.match).
import { type Anchor, patternAnchor } from './anchors';
import { expandMacros } from './macros';

const START = "(?<![\\w'’-])";
const END = '(?![\\w-])';

/** The regular-expression source of a pattern, without word boundaries. */
export function patternSource(pattern: string, keepFocus: boolean): string {
  let src = expandMacros(pattern)
    .replace(/\((?!\?)/g, '(?:')
    .replace(/'/g, "['’]")
    .replace(/ /g, '\\s+');
  src = keepFocus ? src.replace(/>/g, ')').replace(/</g, '(?<focus>') : src.replace(/[<>]/g, '');
  return src;
}

export function compilePattern(pattern: string): RegExp {
  return new RegExp(START + '(?:' + patternSource(pattern, true) + ')' + END, 'gi');
}

/** The anchor of one pattern: what every match of it must contain. */
export function compileAnchor(pattern: string, hint?: string): Anchor {
  return patternAnchor(pattern, patternSource(pattern, false), hint);
}
