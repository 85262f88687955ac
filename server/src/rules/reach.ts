// How far a match of a pattern can reach, counted in runs of white space: a match
// holding at most N runs lies within N words either side of its anchor, so the
// analyzer can check a pattern in a few words around each anchor hit instead of
// over a whole block (see analyzer/candidates.ts).

/** Whether a piece of expression (an escape, a class or `.`) can match white space. */
function matchesSpace(atom: string): boolean {
  if (atom === '.' || atom === ' ') return true;
  if (atom.startsWith('\\')) return /^\\[sWD]$/.test(atom);
  if (atom.startsWith('[')) return atom.startsWith('[^') || /\\[sWD]| /.test(atom);
  return false;
}

/**
 * The most runs of white space any match of a regular-expression source can hold,
 * or Infinity when a repetition without an upper bound can add more.
 */
export function maxSpaceRuns(source: string): number {
  let i = 0;

  function alternation(): number {
    let best = sequence();
    while (source[i] === '|') {
      i++;
      best = Math.max(best, sequence());
    }
    return best;
  }

  function sequence(): number {
    let total = 0;
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      const [runs, spaceOnly] = atom();
      total += quantified(runs, spaceOnly);
    }
    return total;
  }

  /** One atom: its runs, and whether it matches nothing but white space. */
  function atom(): [number, boolean] {
    const c = source[i];
    if (c === '(') {
      i++;
      // Lookarounds match nothing; named and non-capturing groups are groups.
      const look = /^\?<?[=!]/.exec(source.slice(i));
      if (look) {
        i += look[0].length;
        alternation();
        i++;
        return [0, false];
      }
      const head = /^\?(?::|<[A-Za-z_]\w*>)/.exec(source.slice(i));
      if (head) i += head[0].length;
      const runs = alternation();
      if (source[i] !== ')') throw new Error(`unbalanced group in ${source}`);
      i++;
      return [runs, false];
    }
    let text: string;
    if (c === '\\') text = source.slice(i, i + 2);
    else if (c === '[') {
      let j = i + 1;
      if (source[j] === '^') j++;
      if (source[j] === ']') j++;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      text = source.slice(i, j + 1);
    } else text = c;
    i += text.length;
    const space = matchesSpace(text);
    return [space ? 1 : 0, space && (text === ' ' || text === '\\s')];
  }

  function quantified(runs: number, spaceOnly: boolean): number {
    const q = /^(?:[?*+]|\{(\d+)(,(\d*))?\})\??/.exec(source.slice(i));
    if (!q) return runs;
    i += q[0].length;
    // A repeated run of white space is still one run.
    if (spaceOnly) return runs;
    if (q[0][0] === '?') return runs;
    if (q[0][0] === '*' || q[0][0] === '+') return runs > 0 ? Infinity : 0;
    const max = q[2] === undefined ? Number(q[1]) : q[3] === '' ? Infinity : Number(q[3]);
    return runs === 0 ? 0 : runs * max;
  }

  const runs = alternation();
  if (i !== source.length) throw new Error(`unbalanced group in ${source}`);
  return runs;
}
