// The report behind "Valued: Analyze Document".
import type { Finding } from '../../../shared/src/findings';
import type { AnalyzeDocumentResult } from '../../../shared/src/protocol';
import { RULE_IDS } from '../../../shared/src/rules';
import { countWords, valuedScore } from '../../../shared/src/score';

export function buildReport(uri: string, text: string, languageId: string, findings: Finding[]): AnalyzeDocumentResult {
  const wordCount = countWords(text, languageId);
  // Every built-in rule is listed, so a report shows the families that came out clean too.
  const counts: Record<string, number> = {};
  for (const id of RULE_IDS) counts[id] = 0;
  for (const f of findings) counts[f.ruleId] = (counts[f.ruleId] ?? 0) + 1;
  return { uri, wordCount, score: valuedScore(findings, wordCount), counts, findings };
}
