// Words around a match, read within its sentence, for the rules' context checks.

const WORD = /[a-z0-9$%][a-z0-9'’&%.-]*[a-z0-9%]|[a-z0-9$%]/gi;

export function wordsIn(text: string): string[] {
  const out: string[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text))) out.push(m[0].toLowerCase().replace(/’/g, "'").replace(/\.+$/, ''));
  return out;
}

const SENTENCE_END = /[.!?]/;

/** Sentence bounds around [start, end) in a block's prose: [sentenceStart, sentenceEnd). */
export function sentenceAround(prose: string, start: number, end: number): [number, number] {
  let s = start;
  const limit = Math.max(0, start - 600);
  while (s > limit) {
    const c = prose[s - 1];
    if (c === '|' || (c === '\n' && /^\s*$/.test(prose.slice(Math.max(0, s - 2), s - 1)))) break;
    if (SENTENCE_END.test(c) && /\s/.test(prose[s] ?? ' ') && !/\b(?:e\.g|i\.e|etc|vs|mr|mrs|ms|dr|inc|st|approx|no)\.$/i.test(prose.slice(Math.max(0, s - 6), s))) break;
    s--;
  }
  while (s < start && /\s/.test(prose[s])) s++;
  let e = end;
  const max = Math.min(prose.length, end + 600);
  while (e < max) {
    const c = prose[e];
    if (c === '|') break;
    if (SENTENCE_END.test(c) && (e + 1 >= prose.length || /[\s"”’')\]*_]/.test(prose[e + 1]))) {
      e++;
      while (e < prose.length && /["”’')\]*_]/.test(prose[e])) e++;
      break;
    }
    if (c === '\n' && e + 1 < prose.length && prose[e + 1] === '\n') break;
    e++;
  }
  return [s, e];
}

/** Whether `words` ends with the words of `phrase`. */
export function endsWithPhrase(words: string[], phrase: string): boolean {
  const p = phrase.split(' ');
  if (p.length > words.length) return false;
  for (let i = 0; i < p.length; i++) if (words[words.length - p.length + i] !== p[i]) return false;
  return true;
}

/** Whether `words` starts with the words of `phrase`. */
export function startsWithPhrase(words: string[], phrase: string): boolean {
  const p = phrase.split(' ');
  if (p.length > words.length) return false;
  for (let i = 0; i < p.length; i++) if (words[i] !== p[i]) return false;
  return true;
}

export function hasPhrase(words: string[], phrase: string): boolean {
  if (!phrase.includes(' ')) return words.includes(phrase);
  const p = phrase.split(' ');
  outer: for (let i = 0; i + p.length <= words.length; i++) {
    for (let j = 0; j < p.length; j++) if (words[i + j] !== p[j]) continue outer;
    return true;
  }
  return false;
}
