import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fileUri, openInEditor } from './workspace-files';
import { ruleOf, valuedDiagnostics, waitFor, waitForDiagnostics } from './wait';

const encode = (text: string) => new TextEncoder().encode(text);

describe('.valued.json in the editor', () => {
  const config = () => fileUri('team/.valued.json');

  after(async () => {
    await vscode.workspace.fs.delete(config()).then(undefined, () => undefined);
  });

  it('applies live when created, keeps the last valid one on an error it shows on the file, and lets go when deleted', async () => {
    const { document } = await openInEditor('team/plan.md');
    const needs = (l: vscode.Diagnostic[]) => l.some((d) => ruleOf(d) === 'needs-noun');
    await waitForDiagnostics(document.uri, 'needs-noun', needs);

    await vscode.workspace.fs.writeFile(config(), encode('{\n  // the team writes "needs" on purpose\n  "rules": { "needs-noun": "off" }\n}\n'));
    await waitForDiagnostics(document.uri, 'needs-noun turned off by .valued.json', (l) => !needs(l));

    await vscode.workspace.fs.writeFile(config(), encode('{\n  "rules": { "needs-noun": "loud" }\n}\n'));
    const problems = await waitFor('an error on .valued.json', vscode.languages.onDidChangeDiagnostics, () => {
      const list = valuedDiagnostics(config()).filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
      return list.length ? list : undefined;
    }, () => JSON.stringify(vscode.languages.getDiagnostics(config())));
    assert.equal(problems[0].range.start.line, 1, 'the error points at the bad severity');
    assert.ok(!needs(valuedDiagnostics(document.uri)), 'the last valid configuration stays in effect');

    await vscode.workspace.fs.delete(config());
    await waitForDiagnostics(document.uri, 'needs-noun back once .valued.json is gone', needs);
  });
});
