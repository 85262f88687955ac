// The status bar count of Valued findings for the active Markdown or plain-text
// editor; it reads the Problems data VS Code already holds, so it never asks the server.
import {
  languages,
  StatusBarAlignment,
  window,
  type Diagnostic,
  type Disposable,
  type StatusBarItem,
  type TextEditor,
  type Uri,
} from 'vscode';
import { VALUED_LANGUAGES } from './language-client';

export const DIAGNOSTIC_SOURCE = 'Valued';
export const ANALYZE_DOCUMENT_COMMAND = 'valued.analyzeDocument';

export function valuedDiagnostics(uri: Uri): Diagnostic[] {
  return languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
}

export function isValuedEditor(editor: TextEditor | undefined): editor is TextEditor {
  return !!editor && (VALUED_LANGUAGES as readonly string[]).includes(editor.document.languageId);
}

export function findingCountText(count: number): { text: string; tooltip: string } {
  const noun = count === 1 ? 'finding' : 'findings';
  return {
    text: count === 0 ? '$(check) Valued' : `$(warning) Valued: ${count}`,
    tooltip: `${count} Valued ${noun} in this document. Click for the report.`,
  };
}

export class FindingStatus implements Disposable {
  private readonly item: StatusBarItem;
  private readonly subscriptions: Disposable[] = [];

  constructor() {
    this.item = window.createStatusBarItem('valued.findings', StatusBarAlignment.Right, 100);
    this.item.name = 'Valued Findings';
    this.item.command = ANALYZE_DOCUMENT_COMMAND;
    this.subscriptions.push(
      window.onDidChangeActiveTextEditor(() => this.update()),
      languages.onDidChangeDiagnostics((e) => {
        const active = window.activeTextEditor;
        if (active && e.uris.some((u) => u.toString() === active.document.uri.toString())) this.update();
      }),
    );
    this.update();
  }

  update(): void {
    const editor = window.activeTextEditor;
    if (!isValuedEditor(editor)) {
      this.item.hide();
      return;
    }
    const { text, tooltip } = findingCountText(valuedDiagnostics(editor.document.uri).length);
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.show();
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.item.dispose();
  }
}
