// Activation wiring only: the language client, the status items, the report panel and the commands.
import { window, type ExtensionContext } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { trackHealth } from './health';
import { createLanguageClient } from './language-client';
import { ReportView } from './report-view';
import { FindingStatus } from './status';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const output = window.createOutputChannel('Valued');
  client = createLanguageClient(context, output);
  const report = new ReportView();
  context.subscriptions.push(
    output,
    new FindingStatus(),
    trackHealth(client),
    report,
    ...registerCommands({ client, report, output }),
  );
  try {
    await client.start();
  } catch (err) {
    // A server that cannot start must not take the editor down; say so where it is looked for.
    output.appendLine(`Valued's language server did not start: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
