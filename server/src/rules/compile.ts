// Turns the catalog's phrase patterns into regular expressions (see PatternSpec.match).
import { MACROS } from './macros';

const START = "(?<![\\w'’-])";
const END = '(?![\\w-])';

function expand(pattern: string, depth = 0): string {
  if (depth > 4) throw new Error(`macro nesting too deep in ${pattern}`);
  return pattern.replace(/\{([A-Z]+)\}/g, (_, name: string) => {
    const body = MACROS[name];
    if (body === undefined) throw new Error(`unknown macro {${name}} in pattern "${pattern}"`);
    return expand(body, depth + 1);
  });
}

/** The regular-expression source of a pattern, without word boundaries. */
export function patternSource(pattern: string, keepFocus: boolean): string {
  let src = expand(pattern)
    .replace(/\((?!\?)/g, '(?:')
    .replace(/'/g, "['’]")
    .replace(/ /g, '\\s+');
  src = keepFocus ? src.replace(/>/g, ')').replace(/</g, '(?<focus>') : src.replace(/[<>]/g, '');
  return src;
}

export function compilePattern(pattern: string): RegExp {
  return new RegExp(START + '(?:' + patternSource(pattern, true) + ')' + END, 'gi');
}

/** One expression that matches wherever any of the patterns could: a cheap first test per block. */
export function compileTrigger(patterns: string[]): RegExp {
  return new RegExp(START + '(?:' + patterns.map((p) => patternSource(p, false)).join('|') + ')' + END, 'i');
}
