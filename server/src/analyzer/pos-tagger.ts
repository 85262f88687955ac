// Part of speech for the few words whose neighbours leave it open ("Customer
// needs drive our roadmap" vs "The customer needs more time"). The tagger is
// loaded on first use and asked only about sentences holding such a word, so the
// cost of a whole document barely moves.
type Compromise = (text: string) => { json(): Array<{ terms: Array<{ text: string; normal?: string; tags: string[] }> }> };

let nlp: Compromise | undefined;
const cache = new Map<string, Array<{ word: string; tags: string[] }>>();

function tagger(): Compromise {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  nlp ??= require('compromise') as Compromise;
  return nlp;
}

function tagSentence(sentence: string): Array<{ word: string; tags: string[] }> {
  const hit = cache.get(sentence);
  if (hit) return hit;
  const terms = tagger()(sentence).json().flatMap((s) => s.terms.map((t) => ({ word: (t.normal ?? t.text).toLowerCase(), tags: t.tags })));
  if (cache.size > 5000) cache.clear();
  cache.set(sentence, terms);
  return terms;
}

/** Whether the n-th occurrence of `word` in the sentence reads as a noun (true), a verb (false), or unknown. */
export function isNounIn(sentence: string, word: string, occurrence: number): boolean | undefined {
  const terms = tagSentence(sentence).filter((t) => t.word.replace(/[^a-z']/g, '') === word);
  const t = terms[occurrence];
  if (!t) return undefined;
  if (t.tags.includes('Verb')) return false;
  if (t.tags.includes('Noun')) return true;
  return undefined;
}
