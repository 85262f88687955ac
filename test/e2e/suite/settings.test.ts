import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openInEditor } from './workspace-files';
import { ruleOf, waitForDiagnostics } from './wait';

describe('valued.rules setting', () => {
  afterEach(async () => {
    await vscode.workspace.getConfiguration('valued').update('rules', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('turns a rule off and raises it to error in open documents, live', async () => {
    const { document } = await openInEditor('settings.md');
    const needs = (l: vscode.Diagnostic[]) => l.filter((d) => ruleOf(d) === 'needs-noun');
    const first = await waitForDiagnostics(document.uri, 'needs-noun', (l) => needs(l).length > 0);
    assert.equal(needs(first)[0].severity, vscode.DiagnosticSeverity.Warning);

    const config = () => vscode.workspace.getConfiguration('valued');
    await config().update('rules', { 'needs-noun': 'off' }, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(document.uri, 'needs-noun turned off', (l) => needs(l).length === 0);

    await config().update('rules', { 'needs-noun': 'error' }, vscode.ConfigurationTarget.Workspace);
    const raised = await waitForDiagnostics(document.uri, 'needs-noun as an error', (l) =>
      needs(l).length > 0 && needs(l).every((d) => d.severity === vscode.DiagnosticSeverity.Error));
    assert.equal(needs(raised).length, needs(first).length);
  });
});
