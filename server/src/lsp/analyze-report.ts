// The report behind "Valued: Analyze Document" (valued/analyzeDocument).
import { ErrorCodes, LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../../../shared/src/findings';
import type { AnalyzeDocumentParams, AnalyzeDocumentResult } from '../../../shared/src/protocol';
import { RULE_IDS } from '../../../shared/src/rules';
import { countWords, valuedScore } from '../../../shared/src/score';
import { analyzeOptions } from './analysis-profile';
import { analyzerModule } from './analyzer-module';
import type { OpenDocuments, ProfileSource } from './open-documents';

export function buildReport(uri: string, text: string, languageId: string, findings: Finding[]): AnalyzeDocumentResult {
  const wordCount = countWords(text, languageId);
  // Every built-in rule is listed, so a report shows the families that came out clean too.
  const counts: Record<string, number> = {};
  for (const id of RULE_IDS) counts[id] = 0;
  for (const f of findings) counts[f.ruleId] = (counts[f.ruleId] ?? 0) + 1;
  return { uri, wordCount, score: valuedScore(findings, wordCount), counts, findings };
}

export interface ReportDeps {
  document(uri: string): TextDocument | undefined;
  open: OpenDocuments;
  profiles: ProfileSource;
}

/** The report of an open document, from the analysis the editor shows; an error for anything else. */
export async function analyzeDocumentRequest(params: AnalyzeDocumentParams | undefined, deps: ReportDeps): Promise<AnalyzeDocumentResult | ResponseError<void>> {
  const uri = params && typeof params.uri === 'string' ? params.uri : undefined;
  if (!uri || !deps.document(uri)) return new ResponseError(ErrorCodes.InvalidParams, `Valued: no open document ${String(uri)}`);
  const current = await deps.open.settle(uri);
  const doc = deps.document(uri);
  if (!current || !doc || current.version !== doc.version) {
    return new ResponseError(LSPErrorCodes.ContentModified, 'Valued: the document changed or closed during the analysis');
  }
  const text = doc.getText();
  switch (current.outcome.kind) {
    case 'analyzed':
      return buildReport(uri, text, doc.languageId, current.outcome.findings);
    case 'skipped':
      return new ResponseError(ErrorCodes.InvalidRequest, current.outcome.reason.message);
    case 'disabled': {
      // Asked for explicitly, so the report runs even where squiggles are turned off.
      const profile = await deps.profiles.get(uri);
      return buildReport(uri, text, doc.languageId, analyzerModule().analyze(text, analyzeOptions(profile, doc.languageId)));
    }
  }
}
