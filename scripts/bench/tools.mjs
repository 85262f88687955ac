// The tools under comparison. Each adapter loads its tool once and returns a function
// that analyses one text and resolves to the number of findings (a sanity figure: a tool
// that reports nothing on megabytes of mail is probably not running).
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFloor } from './floor.mjs';
import { benchPhrases, escapeRegExp } from './phrases.mjs';

const require = createRequire(import.meta.url);

export const ROOT = new URL('../../', import.meta.url).pathname;
export const API_PATH = join(ROOT, 'dist', 'api.js');

export function loadApi() {
  try {
    return require(API_PATH);
  } catch (e) {
    throw new Error(`dist/api.js could not be loaded (run npm run build first): ${e.message}`);
  }
}

/** Phrases shared by the floor and textlint+prh; the analyzer is asked for its own list. */
function phrases() {
  let api = null;
  try {
    api = loadApi();
  } catch {
    // The peers can still be measured with the list in phrases.mjs.
  }
  return benchPhrases(api).phrases;
}

function prhRulesFile(workDir) {
  const rules = phrases().map((p) => ({
    expected: p.replacement === '' ? '(remove)' : p.replacement,
    // Case-insensitive on word boundaries, like the floor's alternation.
    pattern: `/\\b${escapeRegExp(p.phrase)}\\b/i`,
  }));
  mkdirSync(workDir, { recursive: true });
  const file = join(workDir, 'prh.yml');
  // JSON is valid YAML; prh reads the file with a YAML parser.
  writeFileSync(file, JSON.stringify({ version: 1, rules }, null, 2));
  return file;
}

export const TOOLS = {
  valued: {
    label: 'valued',
    async load() {
      const api = loadApi();
      if (typeof api.analyze !== 'function') throw new Error('dist/api.js exports no analyze()');
      return (text) => api.analyze(text, { languageId: 'markdown' }).length;
    },
  },
  floor: {
    label: 'regex floor',
    async load() {
      const find = createFloor(phrases());
      return (text) => find(text).length;
    },
  },
  'textlint+prh': {
    label: 'textlint+prh',
    async load({ workDir }) {
      const { createLinter, loadTextlintrc } = await import('textlint');
      const configFilePath = join(workDir, 'textlintrc.json');
      writeFileSync(configFilePath, JSON.stringify({ rules: { prh: { rulePaths: [prhRulesFile(workDir)] } } }));
      const descriptor = await loadTextlintrc({ configFilePath, node_modulesDir: join(ROOT, 'node_modules') });
      const linter = createLinter({ descriptor, cwd: workDir });
      return async (text) => (await linter.lintText(text, join(workDir, 'input.md'))).messages.length;
    },
  },
  'write-good': {
    label: 'write-good',
    async load() {
      const writeGood = require('write-good');
      return (text) => writeGood(text).length;
    },
  },
  alex: {
    label: 'alex',
    async load() {
      const { markdown } = await import('alex');
      return (text) => markdown(text).messages.length;
    },
  },
};
