import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fileUri } from './workspace-files';
import { valuedDiagnostics, ruleOf, waitForDiagnostics } from './wait';

interface Totals {
  found: number;
  analyzed: number;
  skipped: number;
  findings: number;
  cancelled: boolean;
}

describe('Valued: Analyze Workspace', () => {
  it('fills the Problems panel for files never opened and honours files.exclude', async () => {
    const unopened = fileUri('unopened/summary.md');
    const excluded = fileUri('archive/old.md');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === unopened.toString()), 'summary.md is not open');

    const totals = await vscode.commands.executeCommand<Totals | undefined>('valued.analyzeWorkspace');
    assert.ok(totals, 'the command returned its totals');
    assert.equal(totals.cancelled, false);
    const everything = await vscode.workspace.findFiles('**/*.{md,markdown,txt}', null);
    assert.ok(everything.some((u) => u.toString() === excluded.toString()), 'archive/old.md is in the workspace');
    assert.equal(totals.found, everything.length - 1, 'every file but the excluded one was sent');
    assert.ok(totals.analyzed >= 1 && totals.findings >= 1, JSON.stringify(totals));

    await waitForDiagnostics(unopened, 'needs-noun in a file never opened', (l) => l.some((d) => ruleOf(d) === 'needs-noun'));
    assert.deepEqual(valuedDiagnostics(excluded), [], 'nothing for the excluded archive');
  });
});
