import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openInEditor } from './workspace-files';
import { codeActionsUntil, ruleOf, waitForDiagnostics, waitFor } from './wait';

describe('code actions in the editor', () => {
  it('applies the preferred quick fix for "your needs" and the finding goes', async () => {
    const { document } = await openInEditor('quick-fix.md');
    const [needs] = await waitForDiagnostics(document.uri, 'needs-noun', (l) => l.some((d) => ruleOf(d) === 'needs-noun'))
      .then((l) => l.filter((d) => ruleOf(d) === 'needs-noun'));
    const actions = await codeActionsUntil(document.uri, needs.range, vscode.CodeActionKind.QuickFix.value, 'a preferred needs-noun fix',
      (a) => a.some((x) => x.isPreferred && x.edit));
    const fix = actions.find((x) => x.isPreferred && x.edit)!;
    const newTexts = fix.edit!.entries().flatMap(([, edits]) => edits.map((e) => e.newText));
    assert.ok(newTexts.some((t) => /business/i.test(t)), `the rewrite speaks of business: ${JSON.stringify(newTexts)}`);

    assert.ok(await vscode.workspace.applyEdit(fix.edit!), 'applyEdit accepted the fix');
    await waitForDiagnostics(document.uri, 'needs-noun to go', (l) => !l.some((d) => ruleOf(d) === 'needs-noun'));
    assert.match(document.getText(), /business/i);
    assert.doesNotMatch(document.getText(), /business business/i);
  });

  it('offers "Learn more" that opens the rule page', async () => {
    const { document } = await openInEditor('follow-up.md');
    const list = await waitForDiagnostics(document.uri, 'thanks-for-time', (l) => l.some((d) => ruleOf(d) === 'thanks-for-time'));
    const thanks = list.find((d) => ruleOf(d) === 'thanks-for-time')!;
    const actions = await codeActionsUntil(document.uri, thanks.range, undefined, 'a Learn more action',
      (a) => a.some((x) => x.command?.command === 'valued.openRuleDocs'));
    const learn = actions.find((x) => x.command?.command === 'valued.openRuleDocs')!;
    const href = String(learn.command!.arguments?.[0]);
    assert.ok(href.endsWith('/docs/rules/thanks-for-time.md'), href);
    const page = vscode.Uri.parse(href);
    try {
      await vscode.workspace.fs.stat(page);
    } catch {
      assert.fail(`the rule page docs/rules/thanks-for-time.md is missing (${page.fsPath})`);
    }
    await vscode.commands.executeCommand(learn.command!.command, ...(learn.command!.arguments ?? []));
    await waitFor('the rule page to open', vscode.window.tabGroups.onDidChangeTabs, () =>
      vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.label.includes('thanks-for-time')),
      () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.label).join(', '));
  });

  it('runs source.fixAll.valued and leaves none of the fixable findings', async () => {
    const { document } = await openInEditor('fix-all.md');
    const before = await waitForDiagnostics(document.uri, 'thanks-for-time and needs-noun', (l) =>
      l.some((d) => ruleOf(d) === 'thanks-for-time') && l.some((d) => ruleOf(d) === 'needs-noun'));
    const whole = new vscode.Range(0, 0, document.lineCount, 0);
    const kind = vscode.CodeActionKind.SourceFixAll.append('valued');
    const actions = await codeActionsUntil(document.uri, whole, kind.value, 'Fix all Valued issues',
      (a) => a.some((x) => x.kind?.value === kind.value && x.edit));
    const fixAll = actions.find((x) => x.kind?.value === kind.value && x.edit)!;
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit!));
    const after = await waitForDiagnostics(document.uri, 'thanks-for-time and needs-noun to go', (l) =>
      !l.some((d) => ruleOf(d) === 'thanks-for-time' || ruleOf(d) === 'needs-noun'));
    assert.ok(after.length < before.length);
    assert.match(document.getText(), /The pilot covers two warehouses/, 'text without findings is untouched');
  });
});
