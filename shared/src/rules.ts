// The built-in rule ids are stable: they appear in diagnostics, configuration,
// inline directives and the CLI's output.
import type { Severity } from './findings';

export const RULE_IDS = [
  'thanks-for-time',
  'needs-noun',
  'transaction-word',
  'rapport-language',
  'price-concession',
  'single-thread',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export interface RuleMeta {
  id: RuleId;
  /** A short name for the family, for reports. */
  title: string;
  defaultSeverity: Severity;
  /** Whether "Fix all" may apply this rule's first fix: some rewrites are
   * suggestions the writer should choose, never applied silently. */
  fixAll: boolean;
}

export const RULES: readonly RuleMeta[] = [
  { id: 'thanks-for-time', title: 'Gratitude for the reader\'s time', defaultSeverity: 'warning', fixAll: true },
  { id: 'needs-noun', title: '"Needs" instead of "business"', defaultSeverity: 'warning', fixAll: true },
  { id: 'transaction-word', title: 'Transaction framing', defaultSeverity: 'information', fixAll: false },
  { id: 'rapport-language', title: 'Rapport over value', defaultSeverity: 'warning', fixAll: true },
  { id: 'price-concession', title: 'Competing on price', defaultSeverity: 'warning', fixAll: false },
  { id: 'single-thread', title: 'One-contact dependence', defaultSeverity: 'information', fixAll: true },
];

export function isRuleId(id: string): id is RuleId {
  return (RULE_IDS as readonly string[]).includes(id);
}
