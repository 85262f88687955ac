// One regular expression for many literal words, factored by shared prefixes
// ("deci(?:de|sion)"), so the engine decides at each position from its first
// characters instead of trying every alternative in turn.

interface Node {
  next: Map<string, Node>;
  end: boolean;
}

export const escapeChar = (c: string): string => (c === ' ' ? '\\s+' : c === "'" ? "['’]" : /[\\^$.*+?()[\]{}|/-]/.test(c) ? '\\' + c : c);

/** A word as the trie holds it: lower case, ' for ’, single spaces. */
export const normalizeWord = (w: string): string => w.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');

export function trieSource(words: readonly string[]): string {
  const root: Node = { next: new Map(), end: false };
  for (const w of new Set(words.map(normalizeWord))) {
    let node = root;
    for (const c of w) {
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  return emit(root);
}

function emit(node: Node): string {
  const branches = [...node.next].map(([c, child]) => escapeChar(c) + emit(child));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
  if (!node.end) return body;
  return branches.length === 1 && body.length === escapeChar([...node.next.keys()][0]).length ? body + '?' : `(?:${body})?`;
}
