// Parses and validates one `.valued.json` (JSON with comments). Every problem
// carries the position of the node at fault, so the editor can underline it and
// the CLI can print `path:line:col`.
import { type Node, type ParseError, ParseErrorCode, getNodeValue, parseTree } from 'jsonc-parser';
import type { CustomRule, Severity, SeveritySetting } from '../../../shared/src/findings';
import { SEVERITY_SETTINGS } from '../../../shared/src/findings';
import { RULE_IDS, isRuleId } from '../../../shared/src/rules';
import { LineIndex } from './positions';
import { closest } from './suggest';
import { customPhraseProblem } from '../rules/custom';
import type { ConfigProblem, ProblemSeverity, ValuedConfig } from './types';

/** A `rules` key whose id can only be checked once the parents' custom rules are known. */
export interface RuleReference {
  id: string;
  problemAt: { offset: number; length: number };
}

export interface ParsedConfigFile {
  file: string;
  config: ValuedConfig;
  /** Problems found in the file alone (syntax, types, custom rules, unknown keys). */
  problems: ConfigProblem[];
  /** Ids used in `rules` that are neither built-in nor the file's own custom rules. */
  foreignRuleIds: RuleReference[];
  lines: LineIndex;
}

const TOP_LEVEL_KEYS = new Set(['$schema', 'rules', 'ignore', 'customRules']);
const CUSTOM_RULE_KEYS = new Set(['id', 'message', 'severity', 'phrases', 'replacements']);
const RULE_SEVERITIES = SEVERITY_SETTINGS.filter((s) => s !== 'off') as Severity[];
// Ids appear in inline directives, which split on whitespace and end at `-->`.
const CUSTOM_ID = /^[A-Za-z][A-Za-z0-9_.-]*$/;
const HAS_LETTER = /\p{L}/u;

const SYNTAX_MESSAGES: Partial<Record<ParseErrorCode, string>> = {
  [ParseErrorCode.InvalidSymbol]: 'invalid symbol',
  [ParseErrorCode.InvalidNumberFormat]: 'invalid number',
  [ParseErrorCode.PropertyNameExpected]: 'property name expected',
  [ParseErrorCode.ValueExpected]: 'value expected',
  [ParseErrorCode.ColonExpected]: 'colon expected',
  [ParseErrorCode.CommaExpected]: 'comma expected',
  [ParseErrorCode.CloseBraceExpected]: 'closing brace expected',
  [ParseErrorCode.CloseBracketExpected]: 'closing bracket expected',
  [ParseErrorCode.EndOfFileExpected]: 'end of file expected',
  [ParseErrorCode.InvalidCommentToken]: 'invalid comment',
  [ParseErrorCode.UnexpectedEndOfComment]: 'unterminated comment',
  [ParseErrorCode.UnexpectedEndOfString]: 'unterminated string',
  [ParseErrorCode.UnexpectedEndOfNumber]: 'unterminated number',
  [ParseErrorCode.InvalidUnicode]: 'invalid unicode escape',
  [ParseErrorCode.InvalidEscapeCharacter]: 'invalid escape character',
  [ParseErrorCode.InvalidCharacter]: 'invalid character',
};

export function emptyConfig(): ValuedConfig {
  return { rules: {}, ignore: [], customRules: [] };
}

export function parseConfigText(text: string, file: string): ParsedConfigFile {
  const lines = new LineIndex(text);
  const problems: ConfigProblem[] = [];
  const report = (severity: ProblemSeverity, message: string, offset: number, length: number): void => {
    const range = lines.range(offset, length);
    problems.push({ file, message, severity, range, line: range.start.line + 1, column: range.start.character + 1 });
  };
  const at = (node: Node, severity: ProblemSeverity, message: string): void => report(severity, message, node.offset, node.length);

  const config = emptyConfig();
  const foreignRuleIds: RuleReference[] = [];
  const result: ParsedConfigFile = { file, config, problems, foreignRuleIds, lines };

  const syntax: ParseError[] = [];
  const root = parseTree(text, syntax, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  // The parser's recovery often reports a second error at the same spot; one is clearer.
  const reportedAt = new Set<number>();
  for (const e of syntax) {
    if (reportedAt.has(e.offset)) continue;
    reportedAt.add(e.offset);
    report('error', `invalid JSON: ${SYNTAX_MESSAGES[e.error] ?? 'syntax error'}`, e.offset, e.length);
  }
  if (syntax.length > 0 || !root) return result;
  if (root.type !== 'object') {
    at(root, 'error', 'the configuration must be a JSON object');
    return result;
  }

  const topKeys = shadowedKeys(root);
  for (const prop of root.children ?? []) {
    const [keyNode, valueNode] = prop.children ?? [];
    if (!keyNode || !valueNode) continue;
    const key = String(keyNode.value);
    if (duplicate(topKeys, keyNode)) continue;
    if (!TOP_LEVEL_KEYS.has(key)) {
      at(keyNode, 'warning', `unknown key "${key}" is ignored (known keys: rules, ignore, customRules)`);
      continue;
    }
    if (key === 'rules') readRules(valueNode);
    else if (key === 'ignore') readIgnore(valueNode);
    else if (key === 'customRules') readCustomRules(valueNode);
  }

  // Ids are checked after customRules, wherever each key sits in the file.
  const ownIds = new Set(config.customRules.map((r) => r.id));
  for (let i = foreignRuleIds.length - 1; i >= 0; i--) {
    if (ownIds.has(foreignRuleIds[i].id)) foreignRuleIds.splice(i, 1);
  }
  problems.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return result;

  /** Of two equal keys the last counts, as with JSON.parse; an earlier one gets a warning. */
  function duplicate(shadowed: Set<number>, keyNode: Node): boolean {
    if (!shadowed.has(keyNode.offset)) return false;
    at(keyNode, 'warning', `duplicate key "${String(keyNode.value)}" is ignored: a later one applies`);
    return true;
  }

  /** Offsets of the keys of `object` that an equal key further on overrides. */
  function shadowedKeys(object: Node): Set<number> {
    const shadowed = new Set<number>();
    const later = new Set<string>();
    const props = object.children ?? [];
    for (let i = props.length - 1; i >= 0; i--) {
      const k = props[i].children?.[0];
      if (!k) continue;
      const key = String(k.value);
      if (later.has(key)) shadowed.add(k.offset);
      later.add(key);
    }
    return shadowed;
  }

  function readRules(node: Node): void {
    if (node.type !== 'object') {
      at(node, 'error', '"rules" must be an object mapping rule ids to off, hint, information, warning or error');
      return;
    }
    const ids = shadowedKeys(node);
    for (const prop of node.children ?? []) {
      const [k, v] = prop.children ?? [];
      if (!k || !v) continue;
      const id = String(k.value);
      if (duplicate(ids, k)) continue;
      if (v.type !== 'string' || !(SEVERITY_SETTINGS as readonly string[]).includes(v.value)) {
        at(v, 'error', `invalid severity ${JSON.stringify(getNodeValue(v))} for rule "${id}": use off, hint, information, warning or error`);
        continue;
      }
      if (!isRuleId(id)) foreignRuleIds.push({ id, problemAt: { offset: k.offset, length: k.length } });
      config.rules[id] = v.value as SeveritySetting;
    }
  }

  function readIgnore(node: Node): void {
    if (node.type !== 'array') {
      at(node, 'error', '"ignore" must be an array of glob patterns');
      return;
    }
    for (const item of node.children ?? []) {
      if (item.type !== 'string') at(item, 'error', 'each "ignore" entry must be a glob pattern string');
      else if (item.value.trim() === '') at(item, 'error', 'empty "ignore" pattern');
      else config.ignore.push(item.value);
    }
  }

  function readCustomRules(node: Node): void {
    if (node.type !== 'array') {
      at(node, 'error', '"customRules" must be an array of rule objects');
      return;
    }
    const seen = new Set<string>();
    for (const item of node.children ?? []) {
      const rule = readCustomRule(item, seen);
      if (rule) config.customRules.push(rule);
    }
  }

  function readCustomRule(node: Node, seen: Set<string>): CustomRule | undefined {
    if (node.type !== 'object') {
      at(node, 'error', 'each custom rule must be an object with id, message, severity and phrases');
      return undefined;
    }
    const fields = new Map<string, Node>();
    const keys = shadowedKeys(node);
    for (const prop of node.children ?? []) {
      const [k, v] = prop.children ?? [];
      if (!k || !v) continue;
      const key = String(k.value);
      if (duplicate(keys, k)) continue;
      if (!CUSTOM_RULE_KEYS.has(key)) at(k, 'warning', `unknown key "${key}" in custom rule is ignored`);
      else fields.set(key, v);
    }
    let ok = true;
    const fail = (n: Node, message: string): void => {
      at(n, 'error', message);
      ok = false;
    };

    const idNode = fields.get('id');
    let id = '';
    if (!idNode) fail(node, 'custom rule is missing "id"');
    else if (idNode.type !== 'string' || !CUSTOM_ID.test(idNode.value)) {
      fail(idNode, 'custom rule "id" must be a string starting with a letter, using only letters, digits, "-", "_" and "."');
    } else {
      id = idNode.value;
      if (isRuleId(id)) fail(idNode, `custom rule id "${id}" clashes with a built-in rule`);
      else if (seen.has(id)) fail(idNode, `duplicate custom rule id "${id}"`);
      seen.add(id);
    }

    const messageNode = fields.get('message');
    let message = '';
    if (!messageNode) fail(node, `custom rule${id ? ` "${id}"` : ''} is missing "message"`);
    else if (messageNode.type !== 'string' || messageNode.value.trim() === '') fail(messageNode, 'custom rule "message" must be a non-empty string');
    else message = messageNode.value;

    const severityNode = fields.get('severity');
    let severity: Severity = 'warning';
    if (severityNode) {
      if (severityNode.type !== 'string' || !(RULE_SEVERITIES as string[]).includes(severityNode.value)) {
        fail(severityNode, `invalid severity ${JSON.stringify(getNodeValue(severityNode))}: use hint, information, warning or error`);
      } else severity = severityNode.value as Severity;
    }

    const phrasesNode = fields.get('phrases');
    const phrases: string[] = [];
    if (!phrasesNode) fail(node, `custom rule${id ? ` "${id}"` : ''} is missing "phrases"`);
    else if (phrasesNode.type !== 'array' || (phrasesNode.children ?? []).length === 0) fail(phrasesNode, '"phrases" must be a non-empty array of strings');
    else {
      for (const p of phrasesNode.children ?? []) {
        if (p.type !== 'string' || p.value.trim() === '') fail(p, 'each phrase must be a non-empty string');
        else if (!HAS_LETTER.test(p.value)) fail(p, `phrase ${JSON.stringify(p.value)} has no letters, so it can never match a word`);
        else {
          // The analyzer would drop a phrase it cannot match; say so here instead.
          const problem = customPhraseProblem(p.value);
          if (problem) fail(p, problem);
          else phrases.push(p.value);
        }
      }
    }

    const replacementsNode = fields.get('replacements');
    let replacements: string[] | undefined;
    if (replacementsNode) {
      if (replacementsNode.type !== 'array') fail(replacementsNode, '"replacements" must be an array of strings');
      else {
        replacements = [];
        for (const r of replacementsNode.children ?? []) {
          if (r.type !== 'string') fail(r, 'each replacement must be a string');
          else replacements.push(r.value);
        }
      }
    }

    if (!ok) return undefined;
    return replacements ? { id, message, severity, phrases, replacements } : { id, message, severity, phrases };
  }
}

/** Problems for `rules` ids that no built-in, own or inherited custom rule defines. */
export function unknownRuleIdProblems(parsed: ParsedConfigFile, inheritedCustomIds: ReadonlySet<string>): ConfigProblem[] {
  const out: ConfigProblem[] = [];
  const known = [...RULE_IDS, ...parsed.config.customRules.map((r) => r.id), ...inheritedCustomIds];
  for (const ref of parsed.foreignRuleIds) {
    if (inheritedCustomIds.has(ref.id)) continue;
    const range = parsed.lines.range(ref.problemAt.offset, ref.problemAt.length);
    out.push({
      file: parsed.file,
      message: unknownRuleIdMessage(ref.id, known),
      severity: 'error',
      range,
      line: range.start.line + 1,
      column: range.start.character + 1,
    });
  }
  return out;
}

export function unknownRuleIdMessage(id: string, known: readonly string[]): string {
  const guess = closest(id, known);
  if (guess) return `unknown rule id "${id}": did you mean "${guess}"?`;
  return `unknown rule id "${id}" (built-in rules: ${RULE_IDS.join(', ')}; or a customRules id)`;
}
