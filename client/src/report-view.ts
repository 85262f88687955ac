// The one "Valued Report" panel beside the editor, reused across documents, and
// the way back from a clicked finding to its words in the editor.
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import {
  Range,
  Selection,
  TextEditorRevealType,
  ViewColumn,
  window,
  workspace,
  type Disposable,
  type TextDocument,
  type WebviewPanel,
} from 'vscode';
import type { AnalyzeDocumentResult } from '../../shared/src/protocol';
import type { Finding } from '../../shared/src/findings';
import { renderReport, type ReportRow } from './report-html';
import { readableMarkdown, sentenceAround, sentenceStartsLine } from './sentence';

export const REPORT_VIEW_TYPE = 'valued.report';

interface Shown {
  document: TextDocument;
  findings: Finding[];
  column: ViewColumn | undefined;
}

export class ReportView implements Disposable {
  private panel: WebviewPanel | undefined;
  private shown: Shown | undefined;

  show(document: TextDocument, result: AnalyzeDocumentResult, column: ViewColumn | undefined): void {
    const title = `Valued: ${path.basename(document.uri.path) || document.uri.toString()}`;
    const panel = this.ensurePanel(title);
    panel.title = title;
    this.shown = { document, findings: result.findings, column };
    panel.webview.html = renderReport({
      title,
      result,
      rows: rowsFor(document, result.findings),
      nonce: randomBytes(16).toString('base64'),
      cspSource: panel.webview.cspSource,
    });
    // A reused panel stays where the writer put it.
    panel.reveal(undefined, true);
  }

  private ensurePanel(title: string): WebviewPanel {
    if (this.panel) return this.panel;
    const panel = window.createWebviewPanel(
      REPORT_VIEW_TYPE,
      title,
      { viewColumn: ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, localResourceRoots: [] },
    );
    panel.onDidDispose(() => {
      this.panel = undefined;
      this.shown = undefined;
    });
    panel.webview.onDidReceiveMessage((message: unknown) => void this.onMessage(message));
    this.panel = panel;
    return panel;
  }

  private async onMessage(message: unknown): Promise<void> {
    if (!isRevealMessage(message) || !this.shown) return;
    const finding = this.shown.findings[message.index];
    if (!finding) return;
    const { start, end } = finding.range;
    const range = new Range(start.line, start.character, end.line, end.character);
    // The document may have been closed since the report was made; reopen it.
    const document = this.shown.document.isClosed
      ? await workspace.openTextDocument(this.shown.document.uri)
      : this.shown.document;
    const editor = await window.showTextDocument(document, {
      viewColumn: this.shown.column ?? ViewColumn.One,
      preserveFocus: false,
      selection: range,
    });
    editor.selection = new Selection(range.start, range.end);
    editor.revealRange(range, TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    this.panel?.dispose();
  }
}

function isRevealMessage(m: unknown): m is { type: 'reveal'; index: number } {
  return typeof m === 'object' && m !== null && (m as { type?: unknown }).type === 'reveal' &&
    Number.isInteger((m as { index?: unknown }).index);
}

function rowsFor(document: TextDocument, findings: Finding[]): ReportRow[] {
  const markdown = document.languageId === 'markdown';
  return findings
    .map((f, index) => {
      const line = Math.min(f.range.start.line, document.lineCount - 1);
      const text = document.lineAt(line).text;
      const end = f.range.end.line === f.range.start.line ? f.range.end.character : text.length;
      return {
        index,
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        line: f.range.start.line + 1,
        context: markdown
          ? readableMarkdown(sentenceAround(text, f.range.start.character, end), sentenceStartsLine(text, f.range.start.character))
          : sentenceAround(text, f.range.start.character, end),
      };
    })
    .sort((a, b) => a.line - b.line || a.index - b.index);
}
