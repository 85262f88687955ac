import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { RULE_IDS } from '../../../shared/src/rules';
import { openInEditor } from './workspace-files';
import { ruleOf, waitForDiagnostics } from './wait';

describe('diagnostics in a Markdown document', () => {
  it('flags the prose with rule ids, exact ranges and docs links, and never code or link targets', async () => {
    const { document } = await openInEditor('follow-up.md');
    const list = await waitForDiagnostics(document.uri, 'thanks-for-time and needs-noun', (l) =>
      l.some((d) => ruleOf(d) === 'thanks-for-time') && l.some((d) => ruleOf(d) === 'needs-noun'));

    const thanks = list.filter((d) => ruleOf(d) === 'thanks-for-time');
    assert.equal(thanks.length, 1, 'one thanks-for-time: the fenced copy must not be flagged');
    assert.equal(thanks[0].range.start.line, 2);
    assert.equal(thanks[0].range.start.character, 0);
    assert.match(document.getText(thanks[0].range), /^Thank you for your time/);
    assert.equal(thanks[0].severity, vscode.DiagnosticSeverity.Warning);

    const needs = list.filter((d) => ruleOf(d) === 'needs-noun');
    assert.equal(needs.length, 1, 'one needs-noun: inline code and the link target must not be flagged');
    const line = document.lineAt(4).text;
    assert.equal(needs[0].range.start.line, 4);
    assert.ok([line.indexOf('your needs'), line.indexOf('needs')].includes(needs[0].range.start.character),
      `needs-noun starts at ${needs[0].range.start.character}`);
    assert.equal(needs[0].range.end.character, line.indexOf('needs') + 'needs'.length);

    for (const d of list) {
      assert.ok(d.range.start.line < 6, `nothing from the code block on: ${ruleOf(d)} at line ${d.range.start.line}`);
      const code = d.code;
      assert.ok(typeof code === 'object' && code !== null, 'code carries the rule id and its docs link');
      assert.ok((RULE_IDS as readonly string[]).includes(String(code.value)), `known rule id ${String(code.value)}`);
      assert.ok(code.target.path.endsWith(`/docs/rules/${String(code.value)}.md`), `docs link ${code.target.toString()}`);
      assert.ok(d.message.length > 0);
    }
  });

  it('covers every rule family in the sample playbook, outside front matter and code', async () => {
    const { document } = await openInEditor('playbook.md');
    const list = await waitForDiagnostics(document.uri, 'all six rule families', (l) =>
      RULE_IDS.every((id) => l.some((d) => ruleOf(d) === id)));
    const skipped = protectedLines(document);
    for (const d of list) {
      assert.ok(!skipped.has(d.range.start.line), `${ruleOf(d)} flagged in front matter or code at line ${d.range.start.line + 1}`);
      assert.ok(document.validateRange(d.range).isEqual(d.range), `${ruleOf(d)} range inside the document`);
      assert.ok(document.getText(d.range).trim().length > 0, `${ruleOf(d)} flags some text`);
    }
  });
});

/** Lines of front matter and fenced code, which must never carry a finding. */
function protectedLines(document: vscode.TextDocument): Set<number> {
  const lines = new Set<number>();
  let i = 0;
  if (document.lineAt(0).text === '---') {
    lines.add(0);
    for (i = 1; i < document.lineCount && document.lineAt(i).text !== '---'; i++) lines.add(i);
    lines.add(i++);
  }
  let fence: string | undefined;
  for (; i < document.lineCount; i++) {
    const text = document.lineAt(i).text;
    const m = /^ {0,3}(`{3,}|~{3,})/.exec(text);
    if (fence) {
      lines.add(i);
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length) fence = undefined;
    } else if (m) {
      fence = m[1];
      lines.add(i);
    }
  }
  return lines;
}
