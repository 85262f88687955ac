// The real file system behind ConfigFs, and the CLI's search boundary.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ConfigFs } from './types';

export const nodeConfigFs: ConfigFs = {
  stat(p) {
    try {
      const st = fs.statSync(p);
      return { mtimeMs: st.mtimeMs, size: st.size, isFile: st.isFile() };
    } catch {
      return undefined;
    }
  },
  readFile(p) {
    return fs.readFileSync(p, 'utf8');
  },
};

/**
 * The folder holding `.git` (a folder, or a file in worktrees and submodules)
 * nearest above `dir`, or undefined outside a repository. The CLI stops its
 * `.valued.json` search there so a stray file above the project never applies.
 */
export function findRepositoryRoot(dir: string, configFs: ConfigFs = nodeConfigFs): string | undefined {
  let d = path.resolve(dir);
  for (;;) {
    if (configFs.stat(path.join(d, '.git'))) return d;
    const parent = path.dirname(d);
    if (parent === d) return undefined;
    d = parent;
  }
}
