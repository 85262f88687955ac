// Reacting to `.valued.json` files created, changed or deleted on disk.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FileChangeType, type FileEvent } from 'vscode-languageserver';
import { CONFIG_FILE_NAME } from '../config';
import type { ConfigDiagnostics } from './config-diagnostics';
import { fsPathOf, type WorkspaceConfig } from './workspace-config';

export const CONFIG_FILE_GLOB = `**/${CONFIG_FILE_NAME}`;

/**
 * Updates what is known about the changed configuration files and shows their
 * problems (even before a document under them is analysed). True when any
 * configuration file changed, so open documents need analysing again.
 */
export function configFilesChanged(changes: readonly FileEvent[], files: WorkspaceConfig, problems: ConfigDiagnostics): boolean {
  let relevant = false;
  for (const change of changes) {
    const file = fsPathOf(change.uri);
    if (!file || path.basename(file) !== CONFIG_FILE_NAME) continue;
    relevant = true;
    if (change.type === FileChangeType.Deleted) {
      files.deleted(file);
      problems.deleted(file);
      continue;
    }
    // The chain a document in that folder would see, so ids from parent files count.
    const probe = pathToFileURL(path.join(path.dirname(file), 'valued-config-probe.md')).href;
    const chain = files.chainFor(probe, {});
    if (chain) problems.report(chain.files);
  }
  return relevant;
}
