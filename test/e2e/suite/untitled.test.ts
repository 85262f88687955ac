import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ruleOf, waitForDiagnostics } from './wait';

describe('untitled drafts', () => {
  let draft: vscode.TextDocument | undefined;

  // A dirty draft left open would ask to be saved when the editor closes.
  after(async () => {
    if (!draft) return;
    await vscode.window.showTextDocument(draft);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('are analysed as the writer types, before they are ever saved', async () => {
    const document = (draft = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# Draft\n\nHi Dana,\n' }));
    const editor = await vscode.window.showTextDocument(document);
    assert.equal(document.uri.scheme, 'untitled');
    await editor.edit((b) => b.insert(new vscode.Position(3, 0), 'Thanks so much for your time today.\n'));
    const list = await waitForDiagnostics(document.uri, 'thanks-for-time in a draft', (l) => l.some((d) => ruleOf(d) === 'thanks-for-time'));
    assert.equal(list.find((d) => ruleOf(d) === 'thanks-for-time')!.range.start.line, 3);
  });
});
