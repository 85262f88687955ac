// Code actions from what travels on the diagnostics (quick fixes, Learn more) and
// from the last analysis of the document (Fix all). Nothing here analyses text.
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import type { Finding } from '../../../shared/src/findings';
import { OPEN_RULE_DOCS_COMMAND } from '../../../shared/src/protocol';
import { valuedData } from './diagnostics';
import { SUGGESTIONS_ONLY, fixAllEdits } from './fix-all';
import { ruleDocsHref } from './rule-docs';

export const FIX_ALL_KIND = CodeActionKind.SourceFixAll + '.valued';

/** LSP's `only` filter: a kind is wanted if it equals or refines one of the requested kinds. */
export function wantsKind(only: readonly string[] | undefined, kind: string): boolean {
  if (!only || only.length === 0) return true;
  return only.some((o) => kind === o || kind.startsWith(o + '.'));
}

/** One quick fix per fix alternative of each Valued diagnostic, the first preferred. */
export function quickFixActions(uri: string, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    const data = valuedData(diagnostic);
    if (!data) continue;
    data.fixes.forEach((fix, i) => {
      if (!fix.edits.length) return;
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        // A suggestion the writer should choose is never the preferred (auto-applicable) fix.
        isPreferred: i === 0 && !SUGGESTIONS_ONLY.has(data.ruleId),
        edit: { changes: { [uri]: fix.edits } },
      });
    });
  }
  return actions;
}

/** "Learn more about <rule>", once per rule among the diagnostics. */
export function learnMoreActions(diagnostics: readonly Diagnostic[]): CodeAction[] {
  const byRule = new Map<string, Diagnostic[]>();
  for (const diagnostic of diagnostics) {
    const data = valuedData(diagnostic);
    if (!data || !ruleDocsHref(data.ruleId)) continue;
    const list = byRule.get(data.ruleId) ?? [];
    list.push(diagnostic);
    byRule.set(data.ruleId, list);
  }
  return [...byRule].map(([ruleId, list]) => {
    const title = `Learn more about ${ruleId}`;
    return {
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: list,
      command: { title, command: OPEN_RULE_DOCS_COMMAND, arguments: [ruleDocsHref(ruleId)] },
    };
  });
}

/** "Fix all Valued issues", or nothing when no finding has a fix. */
export function fixAllAction(uri: string, findings: readonly Finding[]): CodeAction | undefined {
  const edits = fixAllEdits(findings);
  if (!edits.length) return undefined;
  return { title: 'Fix all Valued issues', kind: FIX_ALL_KIND, edit: { changes: { [uri]: edits } } };
}
