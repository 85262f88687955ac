// The shape of the rule catalog: phrase patterns as data, read by a few check kinds in code.
import type { Severity } from '../../../shared/src/findings';

/**
 * Conditions on the words around a match, read within its sentence. Phrases are
 * lower-case words separated by single spaces; "'s" forms are written out.
 */
export interface ContextGuard {
  /** Reject when the words just before the match end with one of these phrases. */
  unlessPrev?: string[];
  /** Reject when the words just after the match start with one of these phrases. */
  unlessNext?: string[];
  /** Keep only when the words just before the match end with one of these phrases. */
  requirePrev?: string[];
  /** Keep only when the words just after the match start with one of these phrases. */
  requireNext?: string[];
  /** Reject when any of these words occurs anywhere in the sentence. */
  unlessSentenceHas?: string[];
  /** Keep only when one of these words occurs in the sentence. */
  requireSentenceHas?: string[];
  /** Keep only when the next word starts with a capital: a name, as in "your friends at Acme". */
  requireNextCapitalized?: boolean;
}

/** How a finding can be fixed. */
export type FixSpec =
  /** Remove the phrase, or its whole sentence when the sentence is nothing else,
   * repairing punctuation and spacing. */
  | { remove: true; lead?: string }
  /** Replace the flagged part (case kept) with each alternative, best first;
   * with `whole`, the edit covers the whole match, e.g. "close the deal" -> "move forward". */
  | { replace: string[]; whole?: boolean };

export interface PatternSpec {
  /**
   * A phrase pattern: words separated by single spaces (any run of white space
   * matches), `(a|b)` alternatives, `(word )?` optional words, `'` matching both
   * apostrophes, `{NAME}` macros from macros.ts, and `<...>` around the part that
   * is flagged when it is not the whole match. Case-insensitive; whole words.
   */
  match: string;
  guard?: ContextGuard;
  fix?: FixSpec;
  /** A word of the mandatory group to use as this pattern's anchor, when the
   * automatic choice (see rules/anchors.ts) picks a common one. */
  anchor?: string;
  /** A message for this pattern when the family's one does not fit. */
  message?: string;
}

export interface PhraseFamily {
  kind: 'phrase';
  id: string;
  severity: Severity;
  message: string;
  patterns: PatternSpec[];
}

/** Word forms to rewrite for noun-head rules like needs-noun (see noun-head.ts). */
export interface NounHeadFamily {
  kind: 'noun-head';
  id: string;
  severity: Severity;
  message: string;
}

export type Family = PhraseFamily | NounHeadFamily;
