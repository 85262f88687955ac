// Use and mention. Playbooks talk about the very words Valued flags: a quoted
// fragment that is nothing but the phrase (`Never say "decision".`) and advice that
// forbids it ("Don't thank customers for their time.") are mentions, not uses.
// Quoted dialogue in a script (`Rep: "Thank you for your time."`) is a use.

const OPENERS = '"“‘\'';
const CLOSER: Record<string, string> = { '"': '"', '“': '”', '‘': '’', "'": "'" };
const CUE = /\b(say|says|saying|said|use|uses|using|word|words|phrase|phrases|term|terms|like|avoid|avoiding|replace|replacing|instead|write|writing|swap|cut|drop|remove|delete|ban|banned|never|don'?t|do not|stop|ditch|lose|kill|strike|called|call it|as in|such as|wording|language|label)\b/i;

// Made once: a literal in a function made a new expression object at each call.
const APOSTROPHES = /[’']/g;
const SPACES = /\s+/g;
const EDGE_MARKS = /^[\s*_]+|[\s*_.,;:!?…]+$/g;
const WORD_CHARACTER = /\w/;
const ENDS_SENTENCE = /[.!?…]\s*$/;
const OPENS_CAPITAL = /^\s*[A-Z]/;
const ENDS_STOP = /[.!?]\s*$/;
const LEADING_OPENERS = /^["“'‘(\s]+/;

function normalize(s: string): string {
  return s.toLowerCase().replace(APOSTROPHES, "'").replace(SPACES, ' ').replace(EDGE_MARKS, '');
}

/** The quoted stretch [open, close) around [start, end) within the sentence, if any. */
function enclosingQuote(prose: string, sentStart: number, start: number, end: number, sentEnd: number): [number, number, string] | null {
  for (let i = start - 1; i >= sentStart; i--) {
    const c = prose[i];
    if (!OPENERS.includes(c)) continue;
    // An apostrophe inside a word is not a quote.
    if (c === "'" && WORD_CHARACTER.test(prose[i - 1] ?? '')) continue;
    const close = CLOSER[c];
    // The quote must not have closed before the match.
    const between = prose.slice(i + 1, start);
    if (c === close ? between.includes(close) && c !== "'" : between.includes(close)) return null;
    for (let j = end; j < Math.min(sentEnd + 2, prose.length); j++) {
      if (prose[j] === close && !(close === "'" && WORD_CHARACTER.test(prose[j + 1] ?? ''))) return [i, j + 1, c];
    }
    return null;
  }
  return null;
}

const FORBID = /^(?:[-*+>#\s\d.)]|\*\*|__|(?:tip|rule|note|remember|rule of thumb|pro tip|golden rule|reminder|important|warning|and|so|but|please|also|just|always|first|second|third|finally|again|instead)\b[\s:,!-]*)*(?:don'?t|do not|never|avoid|stop|quit|refrain from|no more|resist the urge to|try not to|there'?s no need to|there is no need to|no need to|you don'?t need to|you do not need to|you shouldn'?t|you should not|you never need to|we never|we don'?t|we do not|reps never|reps don'?t|reps should never|reps should not|nobody should|no one should|ban|banish|drop|cut out|eliminate|ditch|skip)\b/i;
const MID_CUE = /\b(?:instead of|rather than|not to|never to|avoid|avoiding|in place of)\s+(?:\w+\s+){0,2}$/i;
const CLAUSE_BREAK = /[;:]|,\s*(?:but|and|so|because)?\s*(?:i|we|you|they|he|she|it|this|that)\b|\b(?:but|because|so)\s+(?:i|we|you|they)\b/i;

export function isMention(prose: string, sentStart: number, sentEnd: number, start: number, end: number): boolean {
  const q = enclosingQuote(prose, sentStart, start, end, sentEnd);
  if (q) {
    const [open, close] = q;
    const inner = prose.slice(open + 1, close - 1);
    const exact = normalize(inner) === normalize(prose.slice(start, end));
    if (exact) {
      const dialogue = ENDS_SENTENCE.test(inner) && OPENS_CAPITAL.test(inner) && !CUE.test(prose.slice(sentStart, open));
      if (!dialogue) return true;
    } else if (CUE.test(prose.slice(sentStart, open)) && normalize(inner).split(' ').length <= 8 && !ENDS_STOP.test(inner)) {
      // `Swap "your needs are" for "your business is".`: a short quoted example.
      return true;
    }
  }
  const before = prose.slice(sentStart, start);
  const head = before.replace(LEADING_OPENERS, '');
  if (FORBID.test(head) && !CLAUSE_BREAK.test(head.replace(FORBID, ''))) return true;
  if (MID_CUE.test(before)) return true;
  return false;
}
