// Types for eval-lib.mjs, so the TypeScript tests share the scorer with `npm run eval`.
import type { Finding } from '../shared/src/findings';

export const FAMILIES: readonly string[];
export const BAR: { precision: number; recall: number };

export interface Span {
  ruleId: string;
  /** UTF-16 offsets into the clean text. */
  start: number;
  end: number;
  text: string;
}

export interface Case {
  where: string;
  lineNumber: number;
  source?: string;
  sentence: string;
  spans: Span[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  exact: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  exactRate: number | null;
}

export interface ScoreError {
  kind: 'FP' | 'FN' | 'span';
  where: string;
  sentence: string;
  ruleId: string;
  expected?: string;
  got?: string;
}

export interface ScoreResult {
  sentences: number;
  positives: number;
  negatives: number;
  labels: number;
  perRule: Record<string, Counts>;
  overall: Counts;
  errors: ScoreError[];
}

export function parseMarked(marked: string, options?: { defaultRule?: string; ruleIds?: readonly string[] }): { text: string; spans: Span[] };
export function parseCases(content: string, options?: { defaultRule?: string; requireSource?: boolean; file?: string }): Case[];
export function loadCases(file: string, options?: { defaultRule?: string; requireSource?: boolean }): Case[];
export function lineStarts(text: string): number[];
export function toOffset(starts: number[], position: { line: number; character: number }): number;
export function predictedSpans(text: string, findings: Finding[], rules?: readonly string[]): Span[];
export function matchSpans(gold: Span[], predicted: Span[]): { tp: Array<{ gold: Span; predicted: Span; exact: boolean }>; fp: Span[]; fn: Span[] };
export function scoreCases(cases: Case[], analyze: (text: string) => Finding[], options?: { rules?: readonly string[] }): ScoreResult;
export function formatReport(name: string, result: ScoreResult): string;
export function formatErrors(result: ScoreResult, options?: { spans?: boolean }): string;
export function meetsBar(result: ScoreResult): boolean;
