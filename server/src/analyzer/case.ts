// Rewrites keep the case of what they replace: "Your needs" -> "Your business",
// "YOUR NEEDS" -> "YOUR BUSINESS".
// Made once: a literal in the function made a new expression object at each call.
const NOT_LETTERS = /[^A-Za-z]/g;
const FIRST_LETTER_CAPITAL = /^[^A-Za-z]*[A-Z]/;
const FIRST_LOWER = /[a-z]/;

export function matchCase(original: string, replacement: string): string {
  const letters = original.replace(NOT_LETTERS, '');
  if (letters.length > 1 && letters === letters.toUpperCase()) return replacement.toUpperCase();
  if (FIRST_LETTER_CAPITAL.test(original)) return replacement.replace(FIRST_LOWER, (c) => c.toUpperCase());
  return replacement;
}
