// The phrases the peers and the regex floor look for. They mirror the main phrases of
// the six rule families in docs/rules (and the product brief), so every tool hunts for
// the same language; Valued itself finds more (word forms, sense, any wording of a family).
// `replacement` is what a phrase-list tool would suggest; '' means "remove the phrase".

export const BENCH_PHRASES = [
  // thanks-for-time
  { family: 'thanks-for-time', phrase: 'thank you for your time', replacement: '' },
  { family: 'thanks-for-time', phrase: 'thanks for your time', replacement: '' },
  { family: 'thanks-for-time', phrase: 'thank you for taking the time', replacement: '' },
  { family: 'thanks-for-time', phrase: 'thanks for taking the time', replacement: '' },
  { family: 'thanks-for-time', phrase: 'appreciate your time', replacement: '' },
  { family: 'thanks-for-time', phrase: 'out of your busy schedule', replacement: '' },
  { family: 'thanks-for-time', phrase: 'i know how busy you are', replacement: '' },
  { family: 'thanks-for-time', phrase: "won't take much of your time", replacement: '' },
  { family: 'thanks-for-time', phrase: 'sorry to take up your time', replacement: '' },
  { family: 'thanks-for-time', phrase: 'sorry to bother you', replacement: '' },
  { family: 'thanks-for-time', phrase: 'waste your time', replacement: '' },
  // needs-noun
  { family: 'needs-noun', phrase: 'your needs', replacement: 'your business' },
  { family: 'needs-noun', phrase: 'your unique needs', replacement: 'your business' },
  { family: 'needs-noun', phrase: 'customer needs', replacement: "customer's business" },
  { family: 'needs-noun', phrase: 'business needs', replacement: 'business priorities' },
  { family: 'needs-noun', phrase: 'needs analysis', replacement: 'business review' },
  { family: 'needs-noun', phrase: 'changing needs', replacement: 'changing business' },
  // transaction-word
  { family: 'transaction-word', phrase: 'decision', replacement: 'direction' },
  { family: 'transaction-word', phrase: 'decisions', replacement: 'directions' },
  { family: 'transaction-word', phrase: 'decide', replacement: 'set a direction' },
  { family: 'transaction-word', phrase: 'decision-maker', replacement: 'executive sponsor' },
  { family: 'transaction-word', phrase: 'purchase', replacement: 'investment' },
  { family: 'transaction-word', phrase: 'contract', replacement: 'agreement' },
  { family: 'transaction-word', phrase: 'close the deal', replacement: 'move forward' },
  { family: 'transaction-word', phrase: 'negotiate', replacement: 'agree' },
  { family: 'transaction-word', phrase: 'negotiation', replacement: 'agreement' },
  { family: 'transaction-word', phrase: 'transaction', replacement: 'engagement' },
  // rapport-language
  { family: 'rapport-language', phrase: 'build relationships', replacement: 'build trust' },
  { family: 'rapport-language', phrase: 'building relationships', replacement: 'building trust' },
  { family: 'rapport-language', phrase: 'relationship selling', replacement: 'value selling' },
  { family: 'rapport-language', phrase: 'build rapport', replacement: 'earn trust' },
  { family: 'rapport-language', phrase: 'building rapport', replacement: 'earning trust' },
  { family: 'rapport-language', phrase: 'be liked', replacement: 'be valued' },
  { family: 'rapport-language', phrase: 'likeable', replacement: 'valuable' },
  { family: 'rapport-language', phrase: 'make friends with', replacement: 'earn the trust of' },
  { family: 'rapport-language', phrase: 'cultivate the relationship', replacement: 'earn trust' },
  // price-concession
  { family: 'price-concession', phrase: 'drop our price', replacement: 'show the return' },
  { family: 'price-concession', phrase: 'lower our price', replacement: 'show the return' },
  { family: 'price-concession', phrase: 'best price', replacement: 'best return' },
  { family: 'price-concession', phrase: 'lowest price', replacement: 'best return' },
  { family: 'price-concession', phrase: 'price match', replacement: 'value comparison' },
  { family: 'price-concession', phrase: 'cheapest', replacement: 'best value' },
  { family: 'price-concession', phrase: 'discount', replacement: 'return' },
  { family: 'price-concession', phrase: 'last look', replacement: 'final review' },
  // single-thread
  { family: 'single-thread', phrase: 'my contact', replacement: 'our contacts' },
  { family: 'single-thread', phrase: 'my champion', replacement: 'our sponsors' },
  { family: 'single-thread', phrase: 'our only contact', replacement: 'our contacts' },
  { family: 'single-thread', phrase: 'my guy', replacement: 'our contacts' },
];

/**
 * The phrase list to benchmark with: the built analyzer's own catalog phrases when
 * dist/api.js exports them as CATALOG_PHRASES (strings or { phrase, replacement }),
 * otherwise the list above.
 */
export function benchPhrases(api) {
  const exported = api && api.CATALOG_PHRASES;
  if (Array.isArray(exported) && exported.length > 0) {
    const list = exported
      .map((p) => (typeof p === 'string' ? { phrase: p, replacement: '' } : { phrase: String(p.phrase ?? ''), replacement: String(p.replacement ?? '') }))
      .filter((p) => p.phrase.trim() !== '');
    if (list.length > 0) return { source: 'dist/api.js CATALOG_PHRASES', phrases: list };
  }
  return { source: 'scripts/bench/phrases.mjs', phrases: BENCH_PHRASES };
}

export function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
