// The analyzer's output, shared by the server, the CLI, the library entry and the client.
// Positions follow LSP: 0-based lines, characters in UTF-16 code units.

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';
export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'hint', 'information', 'warning', 'error'];

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
  /** The exact flagged text. */
  text: string;
  /** Alternatives, best first. */
  fixes: Fix[];
}

/** A team's own phrase rule, from `.valued.json` `customRules`. */
export interface CustomRule {
  id: string;
  message: string;
  severity: Severity;
  phrases: string[];
  replacements?: string[];
}

export type LanguageId = 'markdown' | 'plaintext';

export interface AnalyzeOptions {
  languageId: LanguageId | string;
  /** Severity overrides per rule id; 'off' drops the rule. */
  rules?: Record<string, SeveritySetting>;
  customRules?: CustomRule[];
}
