// The language server's health, shown in the language status hover of Markdown
// and plain-text editors; when it is down the item says so and opens the log,
// instead of the output channel popping up by itself.
import { languages, LanguageStatusSeverity, type Disposable } from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { VALUED_LANGUAGES } from './language-client';

export const SHOW_OUTPUT_COMMAND = 'valued.showOutput';

export function trackHealth(client: LanguageClient): Disposable {
  const item = languages.createLanguageStatusItem('valued.health', VALUED_LANGUAGES.map((language) => ({ language })));
  item.name = 'Valued';
  item.text = 'Valued';
  item.command = { title: 'Show Log', command: SHOW_OUTPUT_COMMAND };
  const show = (state: State) => {
    item.busy = state === State.Starting;
    item.severity = state === State.Stopped ? LanguageStatusSeverity.Error : LanguageStatusSeverity.Information;
    item.detail = state === State.Running ? 'checking' : state === State.Starting ? 'starting' : 'stopped: see the log';
  };
  show(client.state);
  const sub = client.onDidChangeState((e) => show(e.newState));
  return { dispose: () => (sub.dispose(), item.dispose()) };
}
