// Custom requests between the client and the server.
import type { Finding } from './findings';

export const ANALYZE_DOCUMENT_REQUEST = 'valued/analyzeDocument';

export interface AnalyzeDocumentParams {
  uri: string;
}

export interface AnalyzeDocumentResult {
  uri: string;
  wordCount: number;
  /** 0-100; see README "The score". */
  score: number;
  /** Findings per rule id. */
  counts: Record<string, number>;
  findings: Finding[];
}
