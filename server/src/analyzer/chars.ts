// Character classes by code, for the loops that read a text a character code at a
// time: indexing a string makes a new one-character string for every character
// outside Latin-1, and mail is full of them.

/** JavaScript's \s. Below 160 (most of any text) in two comparisons, for a letter. */
export function isSpace(c: number): boolean {
  if (c < 160) return c === 32 || (c <= 13 && c >= 9);
  return c === 160 || c === 5760 || (c >= 8192 && c <= 8202) || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
}

/** \w as a non-Unicode expression reads it: A-Z a-z 0-9 _. */
export function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/**
 * ASCII letters in lower case and ’ as ': how words are compared wherever only ASCII
 * letters change with case. (The anchor expression and the abbreviation check ignore
 * case as non-Unicode expressions do, which folds no other letter to ASCII.)
 */
export function asciiLower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c === 0x2019 ? 39 : c;
}
