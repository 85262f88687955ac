// The noun-head check kind, for needs-noun: is this "needs" a noun standing for
// someone's requirements, how far does its noun phrase reach to the left, and
// which rewrite keeps the sentence grammatical.
import {
  ADJECTIVES, ADVERBS, AUXILIARIES, CLAUSE_OPENERS, DETERMINERS, PLURAL_VERBS, NOT_CUSTOMER, NOUN_FOLLOWERS, OBJECT_STARTERS, OWNER_NOUNS,
  OBJECT_VERBS, PHRASE_STOPS, POSSESSIVES, SINGULAR_DETERMINERS, SINGULAR_VERB, SUBJECTS,
} from '../rules/catalog/needs-noun';
import { matchCase } from './case';
import type { BlockEdit } from './removal';
import { isNounIn } from './pos-tagger';
import { Tokens, isWord, phraseList, tokenize, tokensAfter, tokensBefore, tokensEndWithAny, wordAt } from './tokens';

const NOT_CUSTOMER_PHRASES = phraseList(NOT_CUSTOMER);
/** The words read around a "needs", kept from one to the next. */
const WORDS = new Tokens();

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

// Expressions asked about the words around each "needs": made once, where a literal in
// the function made a new expression object at each call.
const ADJECTIVE_ENDING = /(ic|al|ive|ous|ful|ent|ant|est|ary|ing)$/;
const POSSESSIVE_ENDING = /[a-z]('s|s')$/;
const CLAUSE_END = /^[,.;:!?)\]"”…]/;
const NAME_OR_NUMBER_NEXT = /^\s+[A-Z0-9]/;
const REVIEW_NOUN = /^(analysis|analyses|assessment|assessments)$/;
const LOWER_LETTER = /[a-z]/;
const ACRONYM = /^[A-Z]{2,5}$/;
const LOWER_WORD = /^[a-z]+$/;
const LONG_LOWER_WORD = /^[a-z]{4,}$/;
const FUNCTION_WORD = /^(about|with|from|into|than|what|when|where|that|which|whose|have|been|being|were|does)$/;
const LY = /ly$/;
const PLAIN_WORD = /^[a-z][a-z-]*$/;
const ING = /ing$/;
const SPACE_FIRST = /^\s/;
const JOINING_WORD = /^(and|or|but|then|also)$/;
const CONJUNCTION = /^(and|or|&)$/;
const NEXT_WORD = /^\s+\S+/;
const WORD_NEXT = /^\s+\S/;
const CURLY_APOSTROPHES = /’/g;

/** [ \t\r\n]: what may part the words wordsLeft reads. */
const isGap = (c: number) => c === 32 || c === 9 || c === 13 || c === 10;
/** [A-Za-z0-9'’-]: what the words wordsLeft reads are made of. */
const isWordPart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 0x2019 || c === 45;

/**
 * Words to the left of `at` within [limit, at), nearest first, stopping at punctuation
 * other than hyphens and apostrophes. Read by character codes: it runs for every
 * "needs" of a block, and testing each character with an expression made a string of it.
 */
function wordsLeft(prose: string, limit: number, at: number, max: number): Word[] {
  const out: Word[] = [];
  let i = at;
  while (out.length < max) {
    let j = i;
    while (j > limit && isGap(prose.charCodeAt(j - 1))) j--;
    if (j <= limit || !isWordPart(prose.charCodeAt(j - 1))) break;
    let k = j;
    while (k > limit && isWordPart(prose.charCodeAt(k - 1))) k--;
    const text = prose.slice(k, j);
    const lower = text.toLowerCase();
    out.push({ text, lower: lower.includes('’') ? lower.replace(CURLY_APOSTROPHES, "'") : lower, start: k, end: j });
    i = k;
  }
  return out;
}

// Adjectives cannot be the subject of a verb "needs": "the specific needs you described".
const isAdjective = (w: string) => ADJECTIVES.has(w) || ADJECTIVE_ENDING.test(w);

const isPossessiveNoun = (w: string) => POSSESSIVE_ENDING.test(w);

const isOwner = (w: Word) => POSSESSIVES.has(w.lower) || isPossessiveNoun(w.lower) || DETERMINERS.has(w.lower) || SINGULAR_DETERMINERS.has(w.lower);

export function readNeeds(prose: string, sentStart: number, sentEnd: number, start: number, end: number): HeadFinding | null {
  // Only the nearby words matter, and a bounded window keeps a pathological "sentence" linear.
  const from = Math.max(sentStart, start - 160);
  const to = Math.min(sentEnd, end + 160);
  if (tokensEndWithAny(tokensBefore(prose, from, start, NOT_CUSTOMER_PHRASES.most, WORDS), NOT_CUSTOMER_PHRASES)) return null;
  const next = tokensAfter(prose, end, to, 1, WORDS);
  const n1 = next.length > 0 ? wordAt(next, 0) : undefined;
  const after = prose.slice(end, end + 3);
  const endsClause = n1 === undefined || CLAUSE_END.test(after);
  // "needs Node 20", "needs 2 GB": a name or number right after is an object.
  const objectFollows = n1 !== undefined && !endsClause && (n1 === 'to' || OBJECT_STARTERS.has(n1) || NAME_OR_NUMBER_NEXT.test(after));
  const compound = n1 !== undefined && REVIEW_NOUN.test(n1);

  // The noun phrase to the left: "your unique needs", "all your IT needs", "the build needs".
  const left = wordsLeft(prose, sentStart, start, 6);
  // In a shouted sentence every word looks like an acronym; elsewhere IT or HR is a modifier.
  const shouting = !LOWER_LETTER.test(prose.slice(Math.max(sentStart, start - 40), end));
  let spanStart = start;
  let owner: Word | undefined;
  const modifiers: Word[] = [];
  for (let i = 0; i < left.length; i++) {
    const w = left[i];
    const acronym = !shouting && ACRONYM.test(w.text);
    if (!acronym && isOwner(w)) {
      owner = w;
      spanStart = w.start;
      break;
    }
    const stop = !acronym && (PHRASE_STOPS.has(w.lower) || SUBJECTS.has(w.lower) || ADVERBS.has(w.lower) || OBJECT_VERBS.has(w.lower));
    // A verb-like word right after a possessor is a modifier: "your support needs".
    const modifierAfterOwner = stop && LOWER_WORD.test(w.lower) && !SUBJECTS.has(w.lower) && left[i + 1] !== undefined && POSSESSIVES.has(left[i + 1].lower) && LONG_LOWER_WORD.test(w.lower) && !FUNCTION_WORD.test(w.lower);
    if (stop && !modifierAfterOwner) break;
    // An adverb ends the phrase: "as Customer reasonably needs".
    if (LY.test(w.lower) && !ADJECTIVES.has(w.lower)) break;
    if (!PLAIN_WORD.test(w.lower) || modifiers.length >= 3) break;
    modifiers.unshift(w);
    spanStart = w.start;
  }
  const p1 = left[0]?.lower;
  // The word before the whole noun phrase: "what [your team] needs", "uncovers [needs]".
  const beforePhrase = left[modifiers.length + (owner ? 1 : 0)]?.lower;
  const possessive = owner !== undefined && (POSSESSIVES.has(owner.lower) || isPossessiveNoun(owner.lower));
  let noun: boolean | undefined;
  const gerundFollows = n1 !== undefined && ING.test(n1) && !endsClause && SPACE_FIRST.test(after);
  if (compound) noun = true;
  else if (possessive && modifiers.length === 0) noun = true;
  else if (!owner && modifiers.length === 0 && p1 && OBJECT_VERBS.has(p1)) noun = true;
  else if (n1 && PLURAL_VERBS.has(n1) && SPACE_FIRST.test(after)) noun = true;
  else if (beforePhrase && AUXILIARIES.has(beforePhrase) && (owner || modifiers.length > 0)) noun = true;
  else if (modifiers.length > 0 && beforePhrase && CLAUSE_OPENERS.has(beforePhrase)) noun = false;
  else if (p1 && LY.test(p1) && !ADJECTIVES.has(p1) && modifiers.length === 0 && !owner) noun = false;
  else if ((owner || modifiers.length > 0) && gerundFollows && !isAdjective(modifiers[modifiers.length - 1]?.lower ?? '')) noun = false;
  else if (gerundFollows && p1 && JOINING_WORD.test(p1)) noun = false;
  // "The sculpture needs constant work": after a determiner and a noun, anything but
  // a plural verb or the end of the clause is the verb's object.
  else if (owner && DETERMINERS.has(owner.lower) && modifiers.length > 0 && !endsClause && !NOUN_FOLLOWERS.has(n1!) && !isAdjective(modifiers[modifiers.length - 1].lower)) noun = false;
  else if (owner && SINGULAR_DETERMINERS.has(owner.lower)) noun = false;
  else if (owner && modifiers.length === 0) noun = true;
  else if (!owner && p1 && (SUBJECTS.has(p1) || ADVERBS.has(p1)) && modifiers.length === 0) noun = false;
  // An -ing word before an object reads as a noun subject ("Marketing needs the form"), otherwise as an adjective.
  else if (modifiers.length > 0 && isAdjective(modifiers[modifiers.length - 1].lower) && !(objectFollows && ING.test(modifiers[modifiers.length - 1].lower))) noun = true;
  // "changing customer needs": an adjective opens the phrase, so "needs" is its head.
  else if (!owner && modifiers.length > 1 && isAdjective(modifiers[0].lower)) noun = true;
  else if (objectFollows) noun = false;
  else if (possessive) noun = true;
  else if (endsClause || NOUN_FOLLOWERS.has(n1!)) noun = true;
  else {
    const prev = tokenize(prose, from, start, WORDS);
    let occurrence = 0;
    for (let k = 0; k < prev.length; k++) if (isWord(prev, k, 'needs')) occurrence++;
    noun = isNounIn(prose.slice(from, to), 'needs', occurrence);
  }
  if (!noun) return null;

  // The span reaches the possessor's own determiner ("your team's needs") and across a
  // coordination to a shared possessor ("your questions or needs", "your current and future needs").
  if (owner) {
    const beyond = left[left.indexOf(owner) + 1];
    if (isPossessiveNoun(owner.lower) && beyond && (POSSESSIVES.has(beyond.lower) || DETERMINERS.has(beyond.lower) || SINGULAR_DETERMINERS.has(beyond.lower))) spanStart = beyond.start;
  } else {
    const conj = left[modifiers.length];
    if (conj && CONJUNCTION.test(conj.lower)) {
      for (let k = modifiers.length + 1; k < Math.min(left.length, modifiers.length + 4); k++) {
        if (POSSESSIVES.has(left[k].lower)) {
          spanStart = left[k].start;
          break;
        }
        if (PHRASE_STOPS.has(left[k].lower) || SUBJECTS.has(left[k].lower)) break;
      }
    }
  }
  if (compound) spanStart = start;
  const flagged = prose.slice(spanStart, end);
  const fixes: HeadFinding['fixes'] = [];
  const replaceNeeds = (by: string, title: string) => {
    const text = matchCase(prose.slice(start, end), by);
    const before = (modifiers[modifiers.length - 1] ?? owner)?.lower;
    if (before && text.split(' ')[0].toLowerCase() === before) return;
    fixes.push({ title, edits: [{ from: start, to: end, text: spanStart === start ? matchCase(flagged, by) : text }] });
  };
  const analysis = compound ? NEXT_WORD.exec(prose.slice(end)) : null;
  if (analysis) {
    const to = end + analysis[0].length;
    fixes.push({ title: 'Replace with "business review"', edits: [{ from: start, to, text: matchCase(prose.slice(start, to), n1!.endsWith('es') ? 'business reviews' : 'business review') }] });
    return { start, end: to, fixes };
  }
  const verb = n1 && SINGULAR_VERB[n1] && WORD_NEXT.test(prose.slice(end)) ? NEXT_WORD.exec(prose.slice(end)) : null;
  const singular = (by: string, title: string) => {
    if (verb) {
      const to = end + verb[0].length;
      const verbText = verb[0].trim();
      fixes.push({ title, edits: [{ from: start, to, text: `${matchCase(prose.slice(start, end), by)} ${matchCase(verbText, SINGULAR_VERB[n1!])}` }] });
    } else {
      replaceNeeds(by, title);
    }
  };
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
