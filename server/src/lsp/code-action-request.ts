// textDocument/codeAction: which actions a request gets, in the order the light bulb lists them.
import { CodeActionKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { FIX_ALL_KIND, fixAllAction, learnMoreActions, quickFixActions, wantsKind } from './code-actions';
import { disableActions, turnOffInConfigActions, type ConfigActionContext } from './config-actions';
import { outcomeFindings } from './document-analysis';
import type { OpenDocuments } from './open-documents';

export interface CodeActionDeps {
  document(uri: string): TextDocument | undefined;
  open: OpenDocuments;
  config: ConfigActionContext;
}

export async function codeActionsFor(params: CodeActionParams, deps: CodeActionDeps): Promise<CodeAction[]> {
  const uri = params.textDocument.uri;
  const only = params.context.only;
  const actions: CodeAction[] = [];
  if (wantsKind(only, CodeActionKind.QuickFix)) {
    const diagnostics = params.context.diagnostics;
    const doc = deps.document(uri);
    actions.push(
      ...quickFixActions(uri, diagnostics),
      ...(doc ? disableActions(doc, diagnostics) : []),
      ...turnOffInConfigActions(uri, diagnostics, deps.config),
      ...learnMoreActions(diagnostics),
    );
  }
  if (wantsKind(only, FIX_ALL_KIND)) {
    // From the analysis of the current version, never a re-analysis of older text.
    const current = await deps.open.settle(uri);
    const fixAll = current && fixAllAction(uri, outcomeFindings(current.outcome));
    if (fixAll) actions.push(fixAll);
  }
  return actions;
}
