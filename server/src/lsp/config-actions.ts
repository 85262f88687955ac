// Code actions that change configuration rather than the prose: inline directives
// (Markdown) and "Turn off <rule> in .valued.json".
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CodeActionKind, type CodeAction, type Diagnostic, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { configFileToEdit, setRuleSeverity } from '../config';
import { valuedData } from './diagnostics';
import { disableForDocumentEdit, disableForLineEdit } from './directive-edits';
import { fsPathOf, type WorkspaceConfig } from './workspace-config';

export interface ConfigActionContext {
  files: WorkspaceConfig;
  /** The client can create files inside a workspace edit. */
  canCreateFiles: boolean;
  /** Reads a configuration file as the edit will see it. */
  readFile?: (file: string) => string;
}

export function disableActions(doc: TextDocument, diagnostics: readonly Diagnostic[]): CodeAction[] {
  if (doc.languageId !== 'markdown') return [];
  const lineActions: CodeAction[] = [];
  const docActions: CodeAction[] = [];
  const seenLines = new Set<string>();
  const seenRules = new Set<string>();
  for (const diagnostic of diagnostics) {
    const data = valuedData(diagnostic);
    if (!data) continue;
    const line = diagnostic.range.start.line;
    const lineKey = `${data.ruleId}@${line}`;
    if (!seenLines.has(lineKey)) {
      seenLines.add(lineKey);
      lineActions.push({
        title: `Disable ${data.ruleId} for this line`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { changes: { [doc.uri]: [disableForLineEdit(doc, line, data.ruleId)] } },
      });
    }
    if (!seenRules.has(data.ruleId)) {
      seenRules.add(data.ruleId);
      const edit = disableForDocumentEdit(doc, data.ruleId);
      if (edit) {
        docActions.push({
          title: `Disable ${data.ruleId} for this document`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: { changes: { [doc.uri]: [edit] } },
        });
      }
    }
  }
  return [...lineActions, ...docActions];
}

/** "Turn off <rule> in .valued.json": edits the nearest file, or creates one in the document's folder. */
export function turnOffInConfigActions(uri: string, diagnostics: readonly Diagnostic[], ctx: ConfigActionContext): CodeAction[] {
  const docPath = fsPathOf(uri);
  if (!docPath) return [];
  const rules = new Map<string, Diagnostic[]>();
  for (const diagnostic of diagnostics) {
    const data = valuedData(diagnostic);
    if (!data) continue;
    rules.set(data.ruleId, [...(rules.get(data.ruleId) ?? []), diagnostic]);
  }
  if (rules.size === 0) return [];
  const chain = ctx.files.filesFor(uri);
  const target = configFileToEdit(chain, path.dirname(docPath));
  const targetUri = pathToFileURL(target).href;
  const exists = chain.includes(target);
  let text: string | undefined;
  if (exists) {
    try {
      text = (ctx.readFile ?? ((f: string) => fs.readFileSync(f, 'utf8')))(target);
    } catch {
      return [];
    }
  } else if (!ctx.canCreateFiles) {
    return [];
  }
  const actions: CodeAction[] = [];
  for (const [ruleId, list] of rules) {
    const change = setRuleSeverity(text, ruleId, 'off');
    const edit: WorkspaceEdit = exists
      ? { changes: { [targetUri]: change.edits } }
      : {
          documentChanges: [
            { kind: 'create', uri: targetUri, options: { ignoreIfExists: true } },
            { textDocument: { uri: targetUri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: change.newText }] },
          ],
        };
    actions.push({
      title: `Turn off ${ruleId} in .valued.json`,
      kind: CodeActionKind.QuickFix,
      diagnostics: list,
      edit,
    });
  }
  return actions;
}
