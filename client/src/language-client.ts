// Starts the bundled language server next to this bundle (dist/server.js) over
// Node IPC, so the packaged extension and a development checkout behave alike.
import * as path from 'node:path';
import type { ExtensionContext, OutputChannel } from 'vscode';
import {
  LanguageClient,
  RevealOutputChannelOn,
  TransportKind,
  type DocumentSelector,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';

export const VALUED_LANGUAGES = ['markdown', 'plaintext'] as const;

// Saved files and untitled drafts only: other schemes (git diffs, output panes,
// virtual files) are not the writer's text.
export const DOCUMENT_SELECTOR: DocumentSelector = VALUED_LANGUAGES.flatMap((language) => [
  { scheme: 'file', language },
  { scheme: 'untitled', language },
]);

export function createLanguageClient(context: ExtensionContext, outputChannel: OutputChannel): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    // .valued.json changes reach the server through the file watcher it registers itself.
    synchronize: { configurationSection: 'valued' },
    outputChannel,
    // Problems belong in the output channel, not in the writer's face.
    revealOutputChannelOn: RevealOutputChannelOn.Never,
  };
  return new LanguageClient('valued', 'Valued', serverOptions, clientOptions);
}
