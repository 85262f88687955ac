// The analyzer as a CommonJS library (dist/api.js): analyze(text, { languageId }) -> Finding[].
export { analyze } from './analyzer';
export { RULES, RULE_IDS } from '../../shared/src/rules';
export type { AnalyzeOptions, Finding, Fix, Range, Position, Severity, CustomRule } from '../../shared/src/findings';
