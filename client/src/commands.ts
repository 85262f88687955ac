// The commands the palette, the status item and the server's code actions call.
import { commands, env, Uri, window, workspace, type Disposable, type OutputChannel } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  ANALYZE_DOCUMENT_REQUEST,
  OPEN_RULE_DOCS_COMMAND,
  type AnalyzeDocumentParams,
  type AnalyzeDocumentResult,
} from '../../shared/src/protocol';
import { SHOW_OUTPUT_COMMAND } from './health';
import type { ReportView } from './report-view';
import { ANALYZE_DOCUMENT_COMMAND, isValuedEditor } from './status';
import { analyzeWorkspace } from './workspace-analysis';

export const ANALYZE_WORKSPACE_COMMAND = 'valued.analyzeWorkspace';

export interface CommandDeps {
  client: LanguageClient;
  report: ReportView;
  output: OutputChannel;
}

export function registerCommands({ client, report, output }: CommandDeps): Disposable[] {
  // Failures land in the output channel and a short message; they never throw
  // into the editor's command machinery.
  const guarded = <T>(name: string, run: () => Promise<T>) => async (): Promise<T | undefined> => {
    try {
      return await run();
    } catch (err) {
      output.appendLine(`[${new Date().toISOString()}] ${name} failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      void window.showErrorMessage(`Valued: ${name} failed. See the "Valued" output for details.`);
      return undefined;
    }
  };

  return [
    commands.registerCommand(ANALYZE_DOCUMENT_COMMAND, guarded('Analyze Document', async () => {
      const editor = window.activeTextEditor;
      if (!isValuedEditor(editor)) {
        void window.showInformationMessage('Valued: open a Markdown or plain-text document to analyse it.');
        return undefined;
      }
      const params: AnalyzeDocumentParams = { uri: client.code2ProtocolConverter.asUri(editor.document.uri) };
      const result = await client.sendRequest<AnalyzeDocumentResult>(ANALYZE_DOCUMENT_REQUEST, params);
      report.show(editor.document, result, editor.viewColumn);
      return result;
    })),
    commands.registerCommand(ANALYZE_WORKSPACE_COMMAND, guarded('Analyze Workspace', () => analyzeWorkspace(client))),
    commands.registerCommand(SHOW_OUTPUT_COMMAND, () => output.show(true)),
    commands.registerCommand(OPEN_RULE_DOCS_COMMAND, (href: unknown) => guarded('Open rule docs', () => openRuleDocs(href))()),
  ];
}

/** Shows a rule's page: rendered when the Markdown preview is there, as text otherwise. */
export async function openRuleDocs(href: unknown): Promise<void> {
  if (typeof href !== 'string' || href.length === 0) throw new Error(`expected a docs address, got ${JSON.stringify(href)}`);
  const uri = Uri.parse(href, true);
  if (uri.scheme === 'http' || uri.scheme === 'https') {
    await env.openExternal(uri);
    return;
  }
  const document = await workspace.openTextDocument(uri);
  try {
    await commands.executeCommand('markdown.showPreview', document.uri);
  } catch {
    await window.showTextDocument(document, { preview: true });
  }
}
