// Runs the built CLI (dist/cli.js) as a user would, in throwaway workspaces.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Finding } from '../../shared/src/findings';

export const CLI = path.resolve(__dirname, '../../dist/cli.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function valued(args: string[], options: { cwd: string; input?: string }): CliRun {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" first`);
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd, input: options.input ?? '', encoding: 'utf8', timeout: 30000 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export interface JsonReport {
  files: { path: string; findings: Finding[] }[];
}

export function parseJson(r: CliRun): JsonReport {
  try {
    return JSON.parse(r.stdout) as JsonReport;
  } catch {
    assert.fail(`stdout is not JSON (exit ${r.status}):\n${r.stdout.slice(0, 500)}\nstderr:\n${r.stderr.slice(0, 500)}`);
  }
}

/** Rule ids found per file path, in output order. */
export function idsByPath(r: CliRun): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const f of parseJson(r).files) out[f.path] = f.findings.map((x) => x.ruleId);
  return out;
}

const created: string[] = [];

/**
 * A temporary folder holding `files` (path -> contents). It has a `.git` folder
 * so the CLI's search for .valued.json stops there, whatever sits above it in
 * the machine's temporary folder.
 */
export function workspace(files: Record<string, string | Buffer>, { repository = true } = {}): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'valued-cli-test-'));
  created.push(root);
  if (repository) mkdirSync(path.join(root, '.git'));
  for (const [rel, contents] of Object.entries(files)) {
    const abs = path.join(root, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, contents);
  }
  return root;
}

after(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Prose the brief says every version of the analyzer flags, at warning. */
export const FLAGGED = 'Thank you for your time. We meet your needs.\n';
export const CLEAN = 'We shipped the report on Monday.\n';
