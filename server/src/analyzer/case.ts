// Rewrites keep the case of what they replace: "Your needs" -> "Your business",
// "YOUR NEEDS" -> "YOUR BUSINESS".
export function matchCase(original: string, replacement: string): string {
  const letters = original.replace(/[^A-Za-z]/g, '');
  if (letters.length > 1 && letters === letters.toUpperCase()) return replacement.toUpperCase();
  if (/^[^A-Za-z]*[A-Z]/.test(original)) return replacement.replace(/[a-z]/, (c) => c.toUpperCase());
  return replacement;
}
