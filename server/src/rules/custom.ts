// A team's own phrase rules (.valued.json customRules) become phrase families:
// each word of a phrase matches its common inflections, like the built-in catalog.
import type { CustomRule } from '../../../shared/src/findings';
import type { PhraseFamily } from './types';

function escape(word: string): string {
  return word.replace(/[.]/g, '\\.');
}

/** The word and its regular inflections: circle -> circles, circled, circling. */
export function wordForms(word: string): string[] {
  const w = word.toLowerCase();
  const forms = new Set([w]);
  if (!/^[a-z]+$/.test(w) || w.length < 3) return [...forms];
  if (w.endsWith('y') && !/[aeiou]y$/.test(w)) {
    forms.add(w.slice(0, -1) + 'ies');
    forms.add(w.slice(0, -1) + 'ied');
  } else if (/(s|x|z|ch|sh)$/.test(w)) {
    forms.add(w + 'es');
  } else {
    forms.add(w + 's');
  }
  if (w.endsWith('e')) {
    forms.add(w + 'd');
    forms.add(w.slice(0, -1) + 'ing');
  } else {
    forms.add(w + 'ed');
    forms.add(w + 'ing');
  }
  return [...forms];
}

/** Why a custom phrase cannot be used, or null when it can. */
export function customPhraseProblem(phrase: unknown): string | null {
  if (typeof phrase !== 'string') return 'a phrase must be a string';
  if (!/[A-Za-z\p{L}]/u.test(phrase)) return `the phrase "${phrase}" has no letters`;
  if (phrase.length > 200) return 'a phrase must be at most 200 characters';
  if (!/^[\p{L}\p{N}\s'’.&/-]+$/u.test(phrase)) return `the phrase "${phrase}" may hold only letters, digits, spaces and ' . & / -`;
  return null;
}

export function customFamily(rule: CustomRule): PhraseFamily {
  const patterns = rule.phrases
    .filter((p) => customPhraseProblem(p) === null)
    .map((phrase) => {
      const words = phrase.trim().split(/\s+/);
      const match = words.map((w) => `(${wordForms(w).map(escape).join('|')})`).join(' ');
      return { match, fix: rule.replacements?.length ? { replace: rule.replacements } : undefined };
    });
  return { kind: 'phrase', id: rule.id, severity: rule.severity, message: rule.message, patterns };
}
