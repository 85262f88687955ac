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

/**
 * "Valued: Analyze Workspace": the client sends the files it found (respecting
 * `files.exclude`) in chunks, so it can report progress and stop on cancel; the
 * server reads each file, honours `.valued.json` `ignore`, and publishes its
 * diagnostics like those of an open document.
 */
export const ANALYZE_FILES_REQUEST = 'valued/analyzeFiles';

export interface AnalyzeFilesParams {
  uris: string[];
}

export interface AnalyzeFilesResult {
  analyzed: number;
  /** Files skipped: ignored by configuration, too large, binary or unreadable. */
  skipped: number;
  findings: number;
}

/**
 * Client command that opens a rule's docs page; the server's "Learn more" code
 * action carries it with the page's URI as its only argument.
 */
export const OPEN_RULE_DOCS_COMMAND = 'valued.openRuleDocs';
