// Every labelled sentence (the accuracy sets) and rule fixture line, with labels and
// span marks removed: the widest set of real phrasing the tests can run the rules on.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');

export function labelledSentences(): string[] {
  const files = [
    ...['dev.txt', 'dev2.txt', 'holdout.txt', 'blind.txt'].map((f) => path.join(root, 'test/eval', f)),
    ...readdirSync(path.join(root, 'test/fixtures/rules')).map((f) => path.join(root, 'test/fixtures/rules', f)),
  ];
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('#'))
      .map((l) => l.replace(/^\[[^\]]*\]\s*/, '').replace(/\{\{(?:[a-z-]+:)?([^}]*)\}\}/g, '$1')),
  );
}
