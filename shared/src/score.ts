// The document score shown by "Valued: Analyze Document" and the CLI, and the word
// count it is measured against. Both sides compute it the same way, so it lives here.
import type { Finding, LanguageId, Severity } from './findings';

/** How much one finding of each severity weighs against the score. */
export const SEVERITY_WEIGHTS: Readonly<Record<Severity, number>> = {
  error: 5,
  warning: 3,
  information: 1,
  hint: 0,
};

/**
 * The Valued score of a document, 0 to 100.
 *
 *   penalty = (sum of severity weights of its findings) per 100 words * 10
 *   score   = round(max(0, 100 - penalty))
 *
 * Weights: error 5, warning 3, information 1, hint 0. Dividing by length keeps a
 * long playbook and a short email comparable: one warning in 100 words costs 30
 * points, the same warning in 1,000 words costs 3.
 *
 * Bands:
 * - 100: nothing in the text undercuts your value.
 * - 90 to 99: reads as a peer; the odd habit, nothing a customer would notice.
 * - 70 to 89: some habits of a seller eager to be liked; worth a pass.
 * - below 70: reads as eager to be liked rather than valuable; rewrite before sending.
 *
 * A document without words scores 100 unless it has findings, then 0.
 */
export function valuedScore(findings: readonly Pick<Finding, 'severity'>[], wordCount: number): number {
  let weight = 0;
  for (const f of findings) weight += SEVERITY_WEIGHTS[f.severity] ?? 0;
  if (weight === 0) return 100;
  if (wordCount <= 0) return 0;
  const penalty = (weight / wordCount) * 100 * 10;
  return Math.round(Math.max(0, 100 - penalty));
}

export type ScoreBand = 'peer' | 'habits' | 'eager';

export function scoreBand(score: number): ScoreBand {
  if (score >= 90) return 'peer';
  if (score >= 70) return 'habits';
  return 'eager';
}

const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Words of the prose a reader sees. For Markdown, fenced code blocks and front
 * matter are left out because the analyzer never looks at them; everything else
 * (including inline code and link targets) is counted, which keeps this one
 * linear pass and is close enough for a per-100-words rate.
 */
export function countWords(text: string, languageId: LanguageId | string): number {
  if (languageId !== 'markdown') return countIn(text);
  let count = 0;
  let fence: string | undefined;
  let lineStart = 0;
  let lineNo = 0;
  let inFrontMatter = false;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    if (lineNo === 0 && line === '---') {
      inFrontMatter = true;
    } else if (inFrontMatter) {
      if (line === '---' || line === '...') inFrontMatter = false;
    } else if (fence !== undefined) {
      const m = FENCE.exec(line);
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length && line.trim() === m[1]) fence = undefined;
    } else {
      const m = FENCE.exec(line);
      if (m) fence = m[1];
      else count += countIn(line);
    }
    lineStart = lineEnd + 1;
    lineNo++;
  }
  return count;
}

function countIn(s: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(s) !== null) n++;
  return n;
}
