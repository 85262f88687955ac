// valued/analyzeFiles: files that are not open in the editor, read from disk and
// published like open documents, so "Analyze Workspace" fills the Problems panel.
import { promises as fs } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CancellationToken, Diagnostic } from 'vscode-languageserver';
import type { AnalyzeFilesResult } from '../../../shared/src/protocol';
import type { AnalysisProfile } from './analysis-profile';
import { analyzerModule } from './analyzer-module';
import { analyzeText, languageIdForPath, outcomeDiagnostics } from './document-analysis';

const BYTES_PER_MB = 1024 * 1024;

export interface WorkspaceFilesDeps {
  /** Open documents are analysed by the editor side; their own diagnostics win. */
  openFindingCount(uri: string): Promise<number | undefined>;
  isOpen(uri: string): boolean;
  profile(uri: string): Promise<AnalysisProfile>;
  publish(uri: string, diagnostics: Diagnostic[]): void;
  log(message: string): void;
}

export async function analyzeFiles(uris: readonly string[], deps: WorkspaceFilesDeps, token?: CancellationToken): Promise<AnalyzeFilesResult> {
  const result: AnalyzeFilesResult = { analyzed: 0, skipped: 0, findings: 0 };
  for (const uri of uris) {
    if (token?.isCancellationRequested) break;
    const open = await deps.openFindingCount(uri);
    if (open !== undefined) {
      result.analyzed++;
      result.findings += open;
      continue;
    }
    const found = await analyzeFile(uri, deps);
    if (found === undefined) result.skipped++;
    else {
      result.analyzed++;
      result.findings += found;
    }
  }
  return result;
}

/** The number of findings published for the file, or undefined when it was skipped. */
async function analyzeFile(uri: string, deps: WorkspaceFilesDeps): Promise<number | undefined> {
  let fsPath: string;
  try {
    fsPath = fileURLToPath(uri);
  } catch {
    return undefined;
  }
  try {
    const profile = await deps.profile(uri);
    if (!profile.enabled) {
      if (!deps.isOpen(uri)) deps.publish(uri, []);
      return undefined;
    }
    const stat = await fs.stat(fsPath);
    // Checked before reading, so a huge file never reaches memory.
    if (!stat.isFile() || stat.size > profile.maxFileSizeMB * BYTES_PER_MB) return undefined;
    const text = await fs.readFile(fsPath, 'utf8');
    const outcome = analyzeText(analyzerModule(), text, languageIdForPath(fsPath), profile);
    if (outcome.kind !== 'analyzed') return undefined;
    // Opened while it was being read: the editor's own analysis owns its diagnostics now.
    if (deps.isOpen(uri)) return outcome.findings.length;
    deps.publish(uri, outcomeDiagnostics(outcome));
    return outcome.findings.length;
  } catch (err) {
    deps.log(`Valued skipped ${uri}: ${err instanceof Error ? err.message : String(err)}`);
    return undefined;
  }
}
