// Where the real-editor runs keep their things: a cache outside the project's
// node_modules (.e2e/), and test-output/ for logs and screenshots.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CACHE = path.join(ROOT, '.e2e');
export const OUTPUT = path.join(ROOT, 'test-output');
export const SUITE_OUT = path.join(ROOT, 'out', 'e2e', 'suite');
export const WORKSPACE_FIXTURE = path.join(ROOT, 'test', 'e2e', 'workspace');
