import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AnalyzeDocumentResult } from '../../../shared/src/protocol';
import { RULE_IDS } from '../../../shared/src/rules';
import { openInEditor } from './workspace-files';
import { ruleOf, waitFor, waitForDiagnostics } from './wait';

function reportTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('valued.report'));
}

describe('Valued: Analyze Document', () => {
  it('answers with the score and counts and opens the report beside the editor', async () => {
    const editor = await openInEditor('playbook.md');
    const diagnostics = await waitForDiagnostics(editor.document.uri, 'all six rule families', (l) =>
      RULE_IDS.every((id) => l.some((d) => ruleOf(d) === id)));
    const result = await vscode.commands.executeCommand<AnalyzeDocumentResult | undefined>('valued.analyzeDocument');
    assert.ok(result, 'the command returned the report');
    assert.ok(Number.isInteger(result.score) && result.score >= 0 && result.score <= 100, `score ${result.score}`);
    assert.ok(result.wordCount > 100, `word count ${result.wordCount}`);
    assert.equal(result.findings.length, diagnostics.length, 'the report lists what the editor shows');
    for (const id of RULE_IDS) assert.ok((result.counts[id] ?? 0) >= 1, `count for ${id}`);

    const tab = await waitFor('the report webview tab for playbook.md', vscode.window.tabGroups.onDidChangeTabs,
      () => reportTabs().find((t) => t.label.includes('playbook.md')),
      () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.label).join(', '));
    assert.notEqual(tab.group.viewColumn, editor.viewColumn, 'the report opens beside the editor, not over it');

    // Running it again reuses the one panel.
    await vscode.window.showTextDocument(editor.document, editor.viewColumn);
    await vscode.commands.executeCommand('valued.analyzeDocument');
    assert.equal(reportTabs().length, 1);
  });
});
