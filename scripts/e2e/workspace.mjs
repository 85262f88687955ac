// A fresh copy of the test workspace per run, so edits and settings writes never
// touch the repository: test/e2e/workspace plus the sample playbook.
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, WORKSPACE_FIXTURE } from './paths.mjs';

export function prepareWorkspace(parent = os.tmpdir()) {
  const dir = mkdtempSync(path.join(parent, 'valued-ws-'));
  cpSync(WORKSPACE_FIXTURE, dir, { recursive: true });
  const sample = path.join(ROOT, 'samples', 'playbook.md');
  if (!existsSync(sample)) throw new Error(`samples/playbook.md is missing: the real-editor tests open it`);
  cpSync(sample, path.join(dir, 'playbook.md'));
  return dir;
}
