// Findings as LSP diagnostics. Each carries its rule id and fixes in `data`, so the
// code actions are built from the diagnostic alone and never re-run the analysis.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Finding, Fix, Severity } from '../../../shared/src/findings';
import { ruleDocsHref } from './rule-docs';

export const DIAGNOSTIC_SOURCE = 'Valued';
/** Code of the one note a skipped document gets; not a rule, so no docs link. */
export const SKIPPED_CODE = 'skipped';

export interface ValuedDiagnosticData {
  ruleId: string;
  fixes: Fix[];
}

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(finding: Finding): Diagnostic {
  const data: ValuedDiagnosticData = { ruleId: finding.ruleId, fixes: finding.fixes };
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: SEVERITIES[finding.severity] ?? DiagnosticSeverity.Warning,
    code: finding.ruleId,
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    data,
  };
  const href = ruleDocsHref(finding.ruleId);
  if (href) diagnostic.codeDescription = { href };
  return diagnostic;
}

/** The single note at the top of a document that was not analysed. */
export function skippedDiagnostic(message: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    code: SKIPPED_CODE,
    source: DIAGNOSTIC_SOURCE,
    message,
  };
}

/** The Valued data of a diagnostic as the client sent it back, if it is one of ours. */
export function valuedData(diagnostic: Diagnostic): ValuedDiagnosticData | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
  const data = diagnostic.data as Partial<ValuedDiagnosticData> | undefined;
  if (!data || typeof data.ruleId !== 'string') return undefined;
  return { ruleId: data.ruleId, fixes: Array.isArray(data.fixes) ? data.fixes : [] };
}
