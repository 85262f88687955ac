// Which files the CLI analyses, and reading them safely: folders walked in a
// fixed order, binary and oversized files skipped rather than fed to the analyzer.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { LanguageId } from '../../../shared/src/findings';

export const ANALYSED_EXTENSIONS = new Set(['.md', '.markdown', '.txt']);
const SKIPPED_FOLDERS = new Set(['node_modules']);

export interface Target {
  /** As given on the command line, or joined onto the folder given. */
  display: string;
  /** Absolute path; for stdin, where its configuration is searched from. */
  abs: string;
  fromStdin: boolean;
  /** Named on the command line (not found by walking a folder). */
  explicit: boolean;
}

export function languageFor(name: string): LanguageId {
  const ext = path.extname(name).toLowerCase();
  return ext === '.md' || ext === '.markdown' ? 'markdown' : 'plaintext';
}

export interface Collected {
  targets: Target[];
  /** Paths that do not exist or cannot be listed: exit 2. */
  errors: string[];
}

/**
 * `skipFolder` (absolute path) prunes walked folders, e.g. ones an `ignore`
 * pattern covers, so large ignored trees are never listed.
 */
export function collectTargets(
  paths: readonly string[],
  cwd: string,
  stdinFilename: string | undefined,
  skipFolder: (abs: string) => boolean = () => false,
): Collected {
  const targets: Target[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  const add = (t: Target): void => {
    if (seen.has(t.abs) && !t.fromStdin) return;
    seen.add(t.abs);
    targets.push(t);
  };
  for (const given of paths) {
    if (given === '-') {
      add({ display: stdinFilename ?? '<stdin>', abs: path.resolve(cwd, stdinFilename ?? '<stdin>'), fromStdin: true, explicit: true });
      continue;
    }
    const abs = path.resolve(cwd, given);
    let st: fs.Stats;
    try {
      st = fs.statSync(abs);
    } catch (e) {
      errors.push(`${given}: cannot read: ${reason(e)}`);
      continue;
    }
    if (st.isDirectory()) walk(given, abs, add, errors, skipFolder);
    else add({ display: given, abs, fromStdin: false, explicit: true });
  }
  return { targets, errors };
}

function walk(display: string, abs: string, add: (t: Target) => void, errors: string[], skipFolder: (abs: string) => boolean): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(abs, { withFileTypes: true });
  } catch (e) {
    errors.push(`${display}: cannot read folder: ${reason(e)}`);
    return;
  }
  // Code-unit order, not locale order, so every machine lists files the same way.
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const childAbs = path.join(abs, entry.name);
    const childDisplay = path.join(display, entry.name);
    if (entry.isDirectory()) {
      if (entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name) || skipFolder(childAbs)) continue;
      walk(childDisplay, childAbs, add, errors, skipFolder);
    } else if (ANALYSED_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) {
      // Symbolic links to files count; links to folders are not followed (no cycles).
      if (entry.isFile() || (entry.isSymbolicLink() && isFile(childAbs))) {
        add({ display: childDisplay, abs: childAbs, fromStdin: false, explicit: false });
      }
    }
  }
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

export type ReadResult = { kind: 'text'; text: string } | { kind: 'skipped'; reason: string } | { kind: 'error'; message: string };

/** Decodes UTF-8 and drops a byte-order mark, as editors do, so columns agree with them. */
export function decode(bytes: Buffer, maxFileSize: number): ReadResult {
  if (maxFileSize > 0 && bytes.length > maxFileSize) return sizeSkip(bytes.length, maxFileSize);
  if (bytes.includes(0)) return { kind: 'skipped', reason: 'skipped: looks binary (contains a NUL byte)' };
  const text = bytes.toString('utf8');
  return { kind: 'text', text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

export function readTarget(target: Target, maxFileSize: number): ReadResult {
  if (maxFileSize > 0) {
    try {
      const size = fs.statSync(target.abs).size;
      // Checked before reading so a huge file is never loaded.
      if (size > maxFileSize) return sizeSkip(size, maxFileSize);
    } catch (e) {
      return { kind: 'error', message: `${target.display}: cannot read: ${reason(e)}` };
    }
  }
  try {
    return decode(fs.readFileSync(target.abs), maxFileSize);
  } catch (e) {
    return { kind: 'error', message: `${target.display}: cannot read: ${reason(e)}` };
  }
}

function sizeSkip(size: number, maxFileSize: number): ReadResult {
  const mb = (size / (1024 * 1024)).toFixed(1);
  return { kind: 'skipped', reason: `skipped: ${mb} MB is over the ${maxFileSize / (1024 * 1024)} MB limit (raise it with --max-file-size-mb)` };
}

export async function readStdin(stream: NodeJS.ReadableStream, maxFileSize: number): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return decode(Buffer.concat(chunks), maxFileSize);
}

function reason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'ENOENT') return 'no such file or directory';
  if (err.code === 'EACCES' || err.code === 'EPERM') return 'permission denied';
  if (err.code === 'EISDIR') return 'is a directory';
  return err.message ?? String(e);
}
