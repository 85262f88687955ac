// Anchors: for each pattern, one word group that every match must contain
// literally. A cheap alternation of anchors finds the few places where a pattern
// could match, so the full patterns (and the Markdown parser) run only there.
import { expandMacros } from './macros';
import { escapeChar, normalizeWord, trieSource } from './trie';

// Words too common to narrow anything down: an anchor made of them is passed over.
const COMMON = new Set(`a an the to of and or in on at for with by from as is are was were be been am it its this that these those
i we you he she they me us him her them my our your their his you're we're i'm it's i'll we'll i'd we'd not no so do does did
can will would could should may might must have has had just only all any some more most very really about up out if who which
what when where how why there here then than now over into after before also back well way even new good great first last
get got getting make makes made making go going take taking took give given gives giving keep keeps kept know knows
see seen look looks like love want wants need help start begin find use using used work works call let let's say said tell
time times day days week weeks year years month today long short quick high low big small best better old new own same other
one two three each every many much few lot lots thing things people person man woman men team company business sure
hope hoping offer forward think feel please right left next part point case place home end`.split(/\s+/));

/** Split a pattern (macros expanded) into its top-level items, words and groups with
 * any ? or * after them, each with its offset in the pattern. */
function items(pattern: string): Array<{ text: string; at: number }> {
  const out: Array<{ text: string; at: number }> = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i <= pattern.length; i++) {
    const c = pattern[i];
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (i === pattern.length || (c === ' ' && depth === 0)) {
      if (i > from) out.push({ text: pattern.slice(from, i), at: from });
      from = i + 1;
    }
  }
  return out;
}

const PLAIN = /^[\w'’.%$&/:-]+(?: [\w'’.%$&/:-]+)*$/;

/**
 * The literal alternatives of each mandatory unit of an item, with the unit's offset
 * in the item. An item is a run of groups and words with no space between them, such
 * as "(only |one )?(contact|champion)".
 */
function mandatoryUnits(src: string): Array<{ alts: string[]; at: number }> {
  const units: Array<{ alts: string[]; at: number }> = [];
  let i = 0;
  while (i < src.length) {
    const at = i;
    if (src[i] === '(') {
      let depth = 0;
      let j = i;
      for (; j < src.length; j++) {
        if (src[j] === '(') depth++;
        else if (src[j] === ')' && --depth === 0) break;
      }
      const body = src.slice(i + 1, j);
      const optional = src[j + 1] === '?' || src[j + 1] === '*';
      i = j + 1 + (optional ? 1 : 0);
      if (optional) continue;
      const alts = body.split('|').map((a) => a.trim());
      if (!body.includes('(') && alts.every((a) => a && PLAIN.test(a))) units.push({ alts, at });
    } else {
      let j = i;
      while (j < src.length && src[j] !== '(') j++;
      const word = src.slice(i, j);
      // A literal followed by a quantifier is not wholly mandatory.
      if (PLAIN.test(word) && !/[?*+]/.test(src[j + 1] ?? '')) units.push({ alts: [word], at });
      i = j;
    }
  }
  return units;
}

/** Lower is better: fewest common words, then the longest shortest word, then the fewest alternatives. */
function cost(alts: string[]): [number, number, number] {
  let common = 0;
  let shortest = Infinity;
  for (const alt of alts) {
    const words = alt.split(' ');
    // A run of words is rare even when each word is common ("like you").
    if (words.length === 1 && COMMON.has(alt.toLowerCase())) common++;
    shortest = Math.min(shortest, words.length > 1 ? alt.length : alt.length);
  }
  return [common, -shortest, alts.length];
}

const better = (a: [number, number, number], b: [number, number, number]) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/**
 * What every match of the pattern contains: the literal words of its most
 * selective mandatory word group, and where that group starts in the pattern
 * (macros expanded, focus marks removed; see unmarked()), or, when it has none,
 * the whole pattern.
 */
export type Anchor = { words: string[]; at?: number } | { source: string };

/** The pattern as the anchor's offset counts it: macros expanded, no focus marks. */
export function unmarked(pattern: string): string {
  return expandMacros(pattern).replace(/[<>]/g, '');
}

export function patternAnchor(pattern: string, wholePattern: string, hint?: string): Anchor {
  // Any mandatory unit is a correct anchor; a selective one makes it a useful one.
  let best: { words: string[]; at: number } | null = null;
  let bestCost: [number, number, number] = [Infinity, 0, 0];
  const all = items(unmarked(pattern));
  for (const item of all) {
    for (const unit of mandatoryUnits(item.text)) {
      const found = { words: unit.alts, at: item.at + unit.at };
      if (hint !== undefined) {
        if (unit.alts.includes(hint)) return found;
        continue;
      }
      const c = cost(unit.alts);
      if (better(c, bestCost) < 0) {
        best = found;
        bestCost = c;
      }
    }
  }
  if (hint !== undefined) throw new Error(`anchor "${hint}" is not a mandatory word of pattern "${pattern}"`);
  if (best === null) return { source: wholePattern };
  // Two items that are each nothing but a mandatory group stand together in every
  // match, and together they are rarer than either: "(see|seeing) what" where "price"
  // (and "rate", "cost", "number") stand in every other sentence of mail.
  for (let i = 0; i + 1 < all.length; i++) {
    const first = wholeItem(all[i].text);
    const second = wholeItem(all[i + 1].text);
    if (!first || !second || first.length * second.length > MAX_PAIRS) continue;
    const words = first.flatMap((a) => second.map((b) => `${a} ${b}`));
    if (rarity(words) < rarity(best.words)) best = { words, at: all[i].at };
  }
  return best;
}

/** The most words a pair of groups may make as an anchor: each is one more word for the anchor pass to tell apart. */
const MAX_PAIRS = 40;

/** The alternatives of an item that is one mandatory word or group of words and nothing else, or null. */
function wholeItem(text: string): string[] | null {
  if (PLAIN.test(text) && !text.includes(' ')) return [text];
  const group = /^\(([^()]*)\)$/.exec(text);
  if (!group) return null;
  const alts = group[1].split('|').map((a) => a.trim());
  return alts.every((a) => a !== '' && PLAIN.test(a)) ? alts : null;
}

/**
 * How often some alternative of a unit may stand in prose, roughly: a word of the
 * common list 1 in 100 words, any other 1 in 10,000, a run of words the product of
 * its words', but a run of common words as often as one ("of a", "of your"). Lower
 * is rarer. Only for telling a pair from the unit otherwise chosen.
 */
function rarity(alts: readonly string[]): number {
  let sum = 0;
  for (const alt of alts) {
    const words = alt.toLowerCase().split(' ');
    sum += words.every((w) => COMMON.has(w)) ? 1e-2 : words.reduce((p, w) => p * (COMMON.has(w) ? 1e-2 : 1e-4), 1);
  }
  return sum;
}

/** Whether a literal starts and ends with a word character, so word boundaries can hold it ("15%" does not). */
export function isBoundedWord(word: string): boolean {
  return /^\w(?:.*\w)?$/.test(word);
}

/** One expression for a set of anchors: literal words as a prefix trie within word boundaries. */
export function anchorsSource(anchors: readonly Anchor[]): string {
  const words = anchors.flatMap((a) => ('words' in a ? a.words : []));
  const others = anchors.flatMap((a) => ('source' in a ? [a.source] : []));
  // Word boundaries only where a literal starts and ends with a word character.
  const bounded = words.filter(isBoundedWord);
  const unbounded = words.filter((w) => !isBoundedWord(w));
  const parts = [...(bounded.length ? [`\\b${trieSource(bounded)}\\b`] : []), ...(unbounded.length ? [trieSource(unbounded)] : [])];
  return [...parts, ...new Set(others)].join('|');
}

/**
 * Literal words as anchorsSource writes them, but matching only each word's first
 * character, the rest a look-ahead: a match ends one character past where a word
 * starts. `bounded`: the words start and end with a word character (isBoundedWord).
 */
export function firstCharacterSource(words: readonly string[], bounded: boolean): string {
  const byFirst = new Map<string, string[]>();
  for (const w of new Set(words.map(normalizeWord))) byFirst.set(w[0], [...(byFirst.get(w[0]) ?? []), w.slice(1)]);
  const edge = bounded ? '\\b' : '';
  const branches = [...byFirst].map(([first, rests]) => {
    const longer = rests.filter((r) => r !== '');
    const rest = longer.length === 0 ? '' : longer.length < rests.length ? `(?:${trieSource(longer)})?` : trieSource(longer);
    return `${escapeChar(first)}(?=${rest}${edge})`;
  });
  return `${edge}(?:${branches.join('|')})`;
}
