// `ignore` globs, matched against paths relative to the folder of the
// `.valued.json` that declares them (so a file means the same wherever it is
// used from). A pattern that matches a folder ignores everything inside it.
import * as path from 'node:path';
import picomatch from 'picomatch';

type Matcher = (candidate: string) => boolean;
const matchers = new WeakMap<readonly string[], Matcher>();

function matcherFor(globs: readonly string[]): Matcher {
  let m = matchers.get(globs);
  if (!m) {
    m = picomatch(globs as string[], { dot: true });
    matchers.set(globs, m);
  }
  return m;
}

/** Slash-separated path of `target` inside `dir`, or undefined when outside it. */
export function relativeInside(dir: string, target: string): string | undefined {
  const rel = path.relative(dir, target);
  if (rel === '' || rel === '..' || rel.startsWith('..' + path.sep) || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}

export function isIgnoredBy(globs: readonly string[], configDir: string, target: string): boolean {
  if (globs.length === 0) return false;
  const rel = relativeInside(configDir, target);
  if (rel === undefined) return false;
  const match = matcherFor(globs);
  // The path itself, then each enclosing folder: `drafts` ignores `drafts/a/b.md`.
  let candidate = rel;
  for (;;) {
    if (match(candidate)) return true;
    const cut = candidate.lastIndexOf('/');
    if (cut < 0) return false;
    candidate = candidate.slice(0, cut);
  }
}
