// The two output formats. Text is for people and problem matchers; JSON carries
// every Finding unchanged (0-based LSP ranges, fixes included) for other tools.
import type { Finding, Severity } from '../../../shared/src/findings';

export interface FileReport {
  path: string;
  findings: Finding[];
}

/** `path:line:col  severity  message  [ruleId]`, 1-based line and column (UTF-16 code units). */
export function formatText(reports: readonly FileReport[]): string {
  let out = '';
  for (const r of reports) {
    for (const f of r.findings) {
      out += `${r.path}:${f.range.start.line + 1}:${f.range.start.character + 1}  ${f.severity}  ${f.message}  [${f.ruleId}]\n`;
    }
  }
  return out;
}

export function formatJson(reports: readonly FileReport[]): string {
  return JSON.stringify({ files: reports.map((r) => ({ path: r.path, findings: r.findings })) }, null, 2) + '\n';
}

const ORDER: Severity[] = ['error', 'warning', 'information', 'hint'];

/** One line for stderr, e.g. "3 findings (1 error, 2 warnings) in 2 files". */
export function summarize(reports: readonly FileReport[]): string {
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  let total = 0;
  for (const r of reports) {
    for (const f of r.findings) {
      counts[f.severity]++;
      total++;
    }
  }
  const files = `${reports.length} ${reports.length === 1 ? 'file' : 'files'}`;
  if (total === 0) return `no findings in ${files}`;
  const parts = ORDER.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s === 'information' ? s : s + (counts[s] === 1 ? '' : 's')}`);
  return `${total} ${total === 1 ? 'finding' : 'findings'} (${parts.join(', ')}) in ${files}`;
}

/** Exit status 1 is for findings at warning or above. */
export function hasBlockingFindings(reports: readonly FileReport[]): boolean {
  return reports.some((r) => r.findings.some((f) => f.severity === 'error' || f.severity === 'warning'));
}

export function byPosition(a: Finding, b: Finding): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}
