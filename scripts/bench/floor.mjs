// The floor for "find these phrases": one compiled RegExp alternation of the phrase list,
// plus a line/column for every match. Positions are found by walking forward from the
// previous match, so the whole scan stays linear in the size of the text.
import { escapeRegExp } from './phrases.mjs';

export function createFloor(phrases) {
  // Longest first, so "decision-maker" wins over "decision" at the same place.
  const alternatives = [...new Set(phrases.map((p) => p.phrase.toLowerCase()))]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  const re = new RegExp(`\\b(?:${alternatives.join('|')})\\b`, 'gi');

  return function findPhrases(text) {
    const found = [];
    let line = 0;
    let lineStart = 0;
    // The first line break not yet counted (-1: none left), so no character is read twice.
    let nextBreak = text.indexOf('\n');
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      while (nextBreak !== -1 && nextBreak < m.index) {
        line++;
        lineStart = nextBreak + 1;
        nextBreak = text.indexOf('\n', lineStart);
      }
      found.push({ line, character: m.index - lineStart, length: m[0].length });
    }
    return found;
  };
}
