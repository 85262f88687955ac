// Waiting on the editor's own events with a deadline: a test never sleeps in the
// hope that something has happened by then.
import * as vscode from 'vscode';

export const DEADLINE_MS = 30_000;

/**
 * Resolves with the first non-undefined value of `check`, tried now and after
 * every `event`; rejects after `ms` naming `what` and the last state seen.
 */
export function waitFor<T>(
  what: string,
  event: vscode.Event<unknown>,
  check: () => T | undefined,
  describe: () => string = () => '',
  ms = DEADLINE_MS,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let done = false;
    const finish = (fn: () => void) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      sub.dispose();
      fn();
    };
    const attempt = () => {
      try {
        const v = check();
        if (v !== undefined) finish(() => resolve(v));
      } catch (err) {
        finish(() => reject(err));
      }
    };
    const sub = event(attempt);
    const timer = setTimeout(() => finish(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}${describeSafe(describe)}`))), ms);
    attempt();
  });
}

function describeSafe(describe: () => string): string {
  try {
    const s = describe();
    return s ? `; last seen: ${s}` : '';
  } catch {
    return '';
  }
}

export function valuedDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Valued');
}

export function ruleOf(d: vscode.Diagnostic): string {
  const code = d.code;
  if (typeof code === 'object' && code !== null) return String(code.value);
  return String(code);
}

export function describeDiagnostics(uri: vscode.Uri): string {
  const list = valuedDiagnostics(uri);
  if (!list.length) return 'no Valued diagnostics';
  return list.map((d) => `${ruleOf(d)}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`).join(', ');
}

/** Waits until the Valued diagnostics of `uri` satisfy `accept`, and returns them. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  what: string,
  accept: (list: vscode.Diagnostic[]) => boolean,
  ms = DEADLINE_MS,
): Promise<vscode.Diagnostic[]> {
  return waitFor(
    `${what} in ${uri.path.split('/').pop()}`,
    vscode.languages.onDidChangeDiagnostics,
    () => {
      const list = valuedDiagnostics(uri);
      return accept(list) ? list : undefined;
    },
    () => describeDiagnostics(uri),
    ms,
  );
}

/**
 * Code actions for a range. The provider may answer Canceled or [] while the
 * diagnostics are still travelling to the editor, so it is asked again after
 * each diagnostics change or a short back-off, until `accept` is met or the deadline passes.
 */
export async function codeActionsUntil(
  uri: vscode.Uri,
  range: vscode.Range,
  kind: string | undefined,
  what: string,
  accept: (actions: vscode.CodeAction[]) => boolean,
  ms = DEADLINE_MS,
): Promise<vscode.CodeAction[]> {
  const deadline = Date.now() + ms;
  let last = 'no answer';
  for (let backoff = 50; ; backoff = Math.min(backoff * 2, 1000)) {
    try {
      const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        uri,
        range,
        kind,
      )) ?? [];
      if (accept(actions)) return actions;
      last = actions.length ? actions.map((a) => `${a.title} [${a.kind?.value}]`).join(', ') : '[]';
    } catch (err) {
      last = err instanceof Error ? err.message : String(err);
    }
    if (Date.now() >= deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}; last answer: ${last}`);
    await nextDiagnosticsChangeOr(uri, Math.min(backoff, deadline - Date.now()));
  }
}

/** Resolves on the next diagnostics change of `uri`, or after `ms` as a retry back-off. */
function nextDiagnosticsChangeOr(uri: vscode.Uri, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, Math.max(ms, 0));
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) done();
    });
    function done() {
      clearTimeout(timer);
      sub.dispose();
      resolve();
    }
  });
}
