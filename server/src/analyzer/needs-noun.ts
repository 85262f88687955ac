// The noun-head check kind, for needs-noun: is this "needs" a noun standing for
// someone's requirements, how far does its noun phrase reach to the left, and
// which rewrite keeps the sentence grammatical.
import {
  ADVERBS, DETERMINERS, NOT_CUSTOMER, NOUN_FOLLOWERS, OBJECT_STARTERS, OWNER_NOUNS,
  PHRASE_STOPS, POSSESSIVES, SINGULAR_VERB, SUBJECTS,
} from '../rules/catalog/needs-noun';
import { matchCase } from './case';
import type { BlockEdit } from './removal';
import { isNounIn } from './pos-tagger';
import { endsWithPhrase, wordsIn } from './words';

export interface HeadFinding {
  start: number;
  end: number;
  fixes: Array<{ title: string; edits: BlockEdit[] }>;
}

interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

/** Words to the left of `at` within [limit, at), nearest first, stopping at punctuation other than hyphens and apostrophes. */
function wordsLeft(prose: string, limit: number, at: number, max: number): Word[] {
  const out: Word[] = [];
  let i = at;
  while (out.length < max) {
    let j = i;
    while (j > limit && /[ \t\r\n]/.test(prose[j - 1])) j--;
    if (j <= limit || !/[A-Za-z0-9'’-]/.test(prose[j - 1])) break;
    let k = j;
    while (k > limit && /[A-Za-z0-9'’-]/.test(prose[k - 1])) k--;
    const text = prose.slice(k, j);
    out.push({ text, lower: text.toLowerCase().replace(/’/g, "'"), start: k, end: j });
    i = k;
  }
  return out;
}

const isPossessiveNoun = (w: string) => /[a-z]('s|s')$/.test(w);

export function readNeeds(prose: string, sentStart: number, sentEnd: number, start: number, end: number): HeadFinding | null {
  const prev = wordsIn(prose.slice(sentStart, start));
  const next = wordsIn(prose.slice(end, sentEnd));
  if (NOT_CUSTOMER.some((p) => endsWithPhrase(prev, p))) return null;
  const p1 = prev[prev.length - 1];
  const n1 = next[0];
  const directlyFollowed = /^[ \t]/.test(prose.slice(end, end + 1)) || end === sentEnd;
  const punctAfter = /^[,.;:!?)\]"”]/.test(prose.slice(end, end + 1));
  let noun: boolean | undefined;
  if (p1 && (POSSESSIVES.has(p1) || isPossessiveNoun(p1))) noun = true;
  else if (p1 && DETERMINERS.has(p1)) noun = true;
  else if (n1 === 'to' && directlyFollowed) noun = false;
  else if (p1 && (SUBJECTS.has(p1) || ADVERBS.has(p1))) noun = false;
  else if (punctAfter || n1 === undefined) noun = true;
  else if (n1 && OBJECT_STARTERS.has(n1)) noun = false;
  else if (n1 && NOUN_FOLLOWERS.has(n1)) noun = true;
  else {
    const sentence = prose.slice(sentStart, sentEnd);
    const occurrence = wordsIn(prose.slice(sentStart, start)).filter((w) => w === 'needs').length;
    noun = isNounIn(sentence, 'needs', occurrence);
  }
  if (!noun) return null;

  // Reach left over modifiers to the determiner or possessor: "your unique needs".
  const left = wordsLeft(prose, sentStart, start, 5);
  let spanStart = start;
  let owner: Word | undefined;
  const modifiers: Word[] = [];
  for (const w of left) {
    if (POSSESSIVES.has(w.lower) || isPossessiveNoun(w.lower) || DETERMINERS.has(w.lower)) {
      owner = w;
      spanStart = w.start;
      break;
    }
    if (PHRASE_STOPS.has(w.lower) || !/^[a-z][a-z-]*$/.test(w.lower) || modifiers.length >= 3) break;
    modifiers.unshift(w);
    spanStart = w.start;
  }
  const flagged = prose.slice(spanStart, end);
  const fixes: HeadFinding['fixes'] = [];
  const replaceNeeds = (by: string, title: string) => {
    const text = matchCase(prose.slice(start, end), by);
    const before = (modifiers[modifiers.length - 1] ?? owner)?.lower;
    if (before && text.split(' ')[0].toLowerCase() === before) return;
    fixes.push({ title, edits: [{ from: start, to: end, text: spanStart === start ? matchCase(flagged, by) : text }] });
  };
  const analysis = n1 && /^(analysis|analyses|assessment|assessments)$/.test(n1) ? /^\s+\S+/.exec(prose.slice(end)) : null;
  if (analysis) {
    const to = end + analysis[0].length;
    fixes.push({ title: 'Replace with "business review"', edits: [{ from: start, to, text: matchCase(prose.slice(start, to), n1!.endsWith('es') ? 'business reviews' : 'business review') }] });
    return { start: spanStart, end, fixes };
  }
  const verb = n1 && SINGULAR_VERB[n1] && /^\s+\S/.test(prose.slice(end)) ? /^\s+\S+/.exec(prose.slice(end)) : null;
  const singular = (by: string, title: string) => {
    if (verb) {
      const to = end + verb[0].length;
      const verbText = verb[0].trim();
      fixes.push({ title, edits: [{ from: start, to, text: `${matchCase(prose.slice(start, end), by)} ${matchCase(verbText, SINGULAR_VERB[n1!])}` }] });
    } else {
      replaceNeeds(by, title);
    }
  };
  const possessive = owner && (POSSESSIVES.has(owner.lower) || isPossessiveNoun(owner.lower));
  if (modifiers.length === 0 && possessive) {
    singular('business', `Replace with "${owner!.text} business"`);
    replaceNeeds('business priorities', `Replace with "${owner!.text} business priorities"`);
  } else if (modifiers.length > 0 && modifiers[modifiers.length - 1].lower === 'business') {
    replaceNeeds('priorities', 'Replace with "business priorities"');
  } else if (!owner && modifiers.length === 1 && OWNER_NOUNS.has(modifiers[0].lower)) {
    const who = modifiers[0];
    const edit = (by: string): BlockEdit => ({ from: who.start, to: end, text: matchCase(prose.slice(who.start, end), by) });
    const singularEdit = (): BlockEdit => {
      if (!verb) return edit(`${who.lower}'s business`);
      const to = end + verb[0].length;
      return { from: who.start, to, text: `${matchCase(prose.slice(who.start, end), `${who.lower}'s business`)} ${SINGULAR_VERB[n1!]}` };
    };
    fixes.push({ title: `Replace with "${who.lower}'s business"`, edits: [singularEdit()] });
    fixes.push({ title: `Replace with "${who.lower} priorities"`, edits: [edit(`${who.lower} priorities`)] });
  } else {
    replaceNeeds('business priorities', 'Replace "needs" with "business priorities"');
  }
  return { start: spanStart, end, fixes };
}
