// Shapes of `.valued.json` files, their problems and the resolved result for one document.
import type { CustomRule, Range, SeveritySetting } from '../../../shared/src/findings';

export const CONFIG_FILE_NAME = '.valued.json';

/**
 * The minimal file system the loader needs, injected so the language server
 * (which may hold unsaved buffers or a virtual workspace) and the CLI share one
 * implementation, and tests can use an in-memory one.
 */
export interface ConfigFs {
  /**
   * `undefined` when nothing is there. `mtimeMs` and `size` key the parse cache:
   * to serve an unsaved editor buffer, return any number that changes with its
   * content (its document version, say).
   */
  stat(path: string): { mtimeMs: number; size: number; isFile: boolean } | undefined;
  /** Throws when the file cannot be read. */
  readFile(path: string): string;
}

export type ProblemSeverity = 'error' | 'warning';

export interface ConfigProblem {
  /** Absolute path of the `.valued.json` at fault. */
  file: string;
  message: string;
  severity: ProblemSeverity;
  /** 0-based, UTF-16 code units: ready for an LSP diagnostic on the file. */
  range: Range;
  /** 1-based, for `path:line:col` messages. */
  line: number;
  column: number;
}

/** What one `.valued.json` sets; absent keys leave the outer layers alone. */
export interface ValuedConfig {
  rules: Record<string, SeveritySetting>;
  ignore: string[];
  customRules: CustomRule[];
}

/** What the analyzer needs for one document (a subset of AnalyzeOptions). */
export interface ResolvedOptions {
  rules: Record<string, SeveritySetting>;
  customRules: CustomRule[];
}

export type ConfigFileState =
  /** Parsed without errors and in effect. */
  | 'valid'
  /** Has errors; its last valid contents stay in effect. */
  | 'last-valid'
  /** Has errors and was never valid: it contributes nothing until fixed. */
  | 'invalid';

export interface ConfigFileInfo {
  file: string;
  state: ConfigFileState;
  /** Its problems (errors and warnings), in document order. */
  problems: ConfigProblem[];
  /** The contents in effect for this file (empty for 'invalid'). */
  effective: ValuedConfig;
}

export interface ConfigChainResult {
  options: ResolvedOptions;
  /** True when an `ignore` glob of any file in the chain matches the document. */
  ignored: boolean;
  /** Problems of every file in the chain, outermost file first. */
  problems: ConfigProblem[];
  /** True when any problem is an error (the CLI then exits 2). */
  hasErrors: boolean;
  /** The files found, outermost first. */
  files: ConfigFileInfo[];
}

export interface ChainLayers {
  /** Editor settings (`valued.rules`): below every `.valued.json`. */
  settingsRules?: Record<string, SeveritySetting>;
  /** Command-line `--rule` overrides: above every `.valued.json`. */
  overrideRules?: Record<string, SeveritySetting>;
}
