// The test workspace the runners prepare: a fresh copy of test/e2e/workspace,
// plus the sample playbook as playbook.md.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the real-editor tests need a workspace folder: run them through npm run test:e2e or npm run test:electron');
  return folder.uri;
}

export function fileUri(relative: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relative.split('/'));
}

export async function openInEditor(relative: string): Promise<vscode.TextEditor> {
  const uri = fileUri(relative);
  let document: vscode.TextDocument;
  try {
    document = await vscode.workspace.openTextDocument(uri);
  } catch (err) {
    throw new Error(`the test workspace has no ${relative} (${err instanceof Error ? err.message : String(err)})`);
  }
  return vscode.window.showTextDocument(document, { preview: false });
}
