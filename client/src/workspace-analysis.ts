// "Valued: Analyze Workspace": find the writer's Markdown and text files the way
// the explorer sees them (files.exclude honoured), send them in chunks so the
// progress bar moves and Cancel stops between chunks; the server publishes the
// diagnostics, which fill the Problems panel.
import { ProgressLocation, window, workspace, type CancellationToken } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ANALYZE_FILES_REQUEST, type AnalyzeFilesParams, type AnalyzeFilesResult } from '../../shared/src/protocol';

export const WORKSPACE_GLOB = '**/*.{md,markdown,txt}';
const CHUNK = 25;

export interface WorkspaceTotals extends AnalyzeFilesResult {
  found: number;
  cancelled: boolean;
}

/** files.exclude's enabled patterns plus node_modules, as one findFiles exclude glob. */
export function excludeGlob(filesExclude: Record<string, unknown> | undefined): string {
  const patterns = new Set<string>(['**/node_modules/**']);
  for (const [pattern, enabled] of Object.entries(filesExclude ?? {})) {
    // `{ when: ... }` entries depend on sibling files; findFiles cannot express them.
    if (enabled === true) patterns.add(pattern);
  }
  return `{${[...patterns].join(',')}}`;
}

export function summary(t: WorkspaceTotals): string {
  const files = (n: number) => `${n} ${n === 1 ? 'file' : 'files'}`;
  const head = t.cancelled ? `Valued stopped after ${files(t.analyzed + t.skipped)} of ${t.found}` : `Valued analysed ${files(t.analyzed)}`;
  const skipped = t.skipped ? `, skipped ${t.skipped}` : '';
  return `${head}${skipped}: ${t.findings} ${t.findings === 1 ? 'finding' : 'findings'}. See the Problems panel.`;
}

export async function analyzeWorkspace(client: LanguageClient): Promise<WorkspaceTotals | undefined> {
  if (!workspace.workspaceFolders?.length) {
    void window.showInformationMessage('Valued: open a folder to analyse its Markdown and text files.');
    return undefined;
  }
  const totals = await window.withProgress(
    { location: ProgressLocation.Notification, title: 'Valued: analysing the workspace', cancellable: true },
    async (progress, token) => {
      const exclude = excludeGlob(workspace.getConfiguration('files').get<Record<string, unknown>>('exclude'));
      const uris = await workspace.findFiles(WORKSPACE_GLOB, exclude, undefined, token);
      return sendInChunks(client, uris.map((u) => client.code2ProtocolConverter.asUri(u)), token, (done, size, total) =>
        progress.report({ increment: (100 * size) / total, message: `${done} of ${total} files` }),
      );
    },
  );
  void window.showInformationMessage(summary(totals));
  return totals;
}

async function sendInChunks(
  client: LanguageClient,
  uris: string[],
  token: CancellationToken,
  onChunk: (done: number, size: number, total: number) => void,
): Promise<WorkspaceTotals> {
  const totals: WorkspaceTotals = { found: uris.length, analyzed: 0, skipped: 0, findings: 0, cancelled: false };
  for (let i = 0; i < uris.length; i += CHUNK) {
    if (token.isCancellationRequested) {
      totals.cancelled = true;
      break;
    }
    const params: AnalyzeFilesParams = { uris: uris.slice(i, i + CHUNK) };
    let r: AnalyzeFilesResult;
    try {
      r = await client.sendRequest<AnalyzeFilesResult>(ANALYZE_FILES_REQUEST, params, token);
    } catch (err) {
      // A cancelled request rejects; that is the user's Cancel, not a failure.
      if (token.isCancellationRequested) break;
      throw err;
    }
    totals.analyzed += r.analyzed;
    totals.skipped += r.skipped;
    totals.findings += r.findings;
    onChunk(i + params.uris.length, params.uris.length, uris.length);
  }
  if (token.isCancellationRequested) totals.cancelled = true;
  return totals;
}
