// One analysis of one text under one profile, with the guards that keep the
// analyzer away from what it should not read. Pure: no connection, no files.
import type { Diagnostic } from 'vscode-languageserver';
import type { Finding } from '../../../shared/src/findings';
import { analyzeOptions, type AnalysisProfile } from './analysis-profile';
import { skippedDiagnostic, toDiagnostic } from './diagnostics';
import { skipReason, type SkipReason } from './size-guard';

export interface TextAnalyzer {
  analyze: (text: string, options: ReturnType<typeof analyzeOptions>) => Finding[];
}

export type AnalysisOutcome =
  | { kind: 'analyzed'; findings: Finding[] }
  | { kind: 'disabled' }
  | { kind: 'skipped'; reason: SkipReason };

/** Throws what the analyzer throws; the caller decides how to report it. */
export function analyzeText(analyzer: TextAnalyzer, text: string, languageId: string, profile: AnalysisProfile): AnalysisOutcome {
  if (!profile.enabled) return { kind: 'disabled' };
  const reason = skipReason(text, profile.maxFileSizeMB);
  if (reason) return { kind: 'skipped', reason };
  return { kind: 'analyzed', findings: analyzer.analyze(text, analyzeOptions(profile, languageId)) };
}

export function outcomeDiagnostics(outcome: AnalysisOutcome): Diagnostic[] {
  switch (outcome.kind) {
    case 'analyzed':
      return outcome.findings.map(toDiagnostic);
    case 'skipped':
      return [skippedDiagnostic(outcome.reason.message)];
    case 'disabled':
      return [];
  }
}

export function outcomeFindings(outcome: AnalysisOutcome): Finding[] {
  return outcome.kind === 'analyzed' ? outcome.findings : [];
}

/** Which language the analyzer should read a file on disk as. */
export function languageIdForPath(fsPath: string): 'markdown' | 'plaintext' {
  return /\.(md|markdown|mdown|mkd|mkdn)$/i.test(fsPath) ? 'markdown' : 'plaintext';
}
