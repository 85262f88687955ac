// Problems of `.valued.json` files, shown on the files themselves. Published only
// when they change, since every analysis of every document reports its chain.
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { ConfigFileInfo, ConfigProblem } from '../config';
import { DIAGNOSTIC_SOURCE } from './diagnostics';

export const CONFIG_PROBLEM_CODE = 'config';

function toDiagnostic(p: ConfigProblem, state: ConfigFileInfo['state']): Diagnostic {
  const kept = state === 'last-valid' ? ' The last valid version of this file stays in effect.' : state === 'invalid' ? ' This file is not applied until it is fixed.' : '';
  return {
    range: p.range,
    severity: p.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: CONFIG_PROBLEM_CODE,
    source: DIAGNOSTIC_SOURCE,
    message: p.message + (p.severity === 'error' ? kept : ''),
  };
}

export class ConfigDiagnostics {
  /** What was last published per config file, as a comparable key. */
  private readonly shown = new Map<string, string>();

  constructor(private readonly publish: (uri: string, diagnostics: Diagnostic[]) => void) {}

  report(files: readonly ConfigFileInfo[]): void {
    for (const info of files) {
      const diagnostics = info.problems.map((p) => toDiagnostic(p, info.state));
      const key = JSON.stringify(diagnostics);
      if (this.shown.get(info.file) === key) continue;
      this.shown.set(info.file, key);
      this.publish(pathToFileURL(info.file).href, diagnostics);
    }
  }

  /** The file is gone: take its problems with it. */
  deleted(file: string): void {
    if (!this.shown.has(file)) return;
    this.shown.delete(file);
    this.publish(pathToFileURL(file).href, []);
  }
}
