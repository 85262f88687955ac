// Validation of one .valued.json: what it reads, and where each problem points.
import * as assert from 'node:assert/strict';
import { parseConfigText, type ConfigProblem } from '../../server/src/config';

const FILE = '/ws/.valued.json';
const errors = (ps: ConfigProblem[]) => ps.filter((p) => p.severity === 'error');
const only = (text: string): ConfigProblem => {
  const { problems } = parseConfigText(text, FILE);
  assert.equal(problems.length, 1, JSON.stringify(problems));
  return problems[0];
};

describe('config: parsing .valued.json', () => {
  it('reads rules, ignore and custom rules, with comments and trailing commas', () => {
    const text = `{
      // team defaults
      "$schema": "./schemas/valued.schema.json",
      "rules": { "needs-noun": "off", "thanks-for-time": "error", /* keep */ },
      "ignore": ["drafts/**"],
      "customRules": [
        { "id": "no-circle-back", "message": "Say when.", "severity": "hint", "phrases": ["circle back"], "replacements": ["follow up"] },
      ],
    }`;
    const parsed = parseConfigText(text, FILE);
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.config, {
      rules: { 'needs-noun': 'off', 'thanks-for-time': 'error' },
      ignore: ['drafts/**'],
      customRules: [{ id: 'no-circle-back', message: 'Say when.', severity: 'hint', phrases: ['circle back'], replacements: ['follow up'] }],
    });
  });

  it('an empty file is an empty configuration', () => {
    assert.deepEqual(parseConfigText('', FILE).problems, []);
    assert.deepEqual(parseConfigText('// nothing yet\n', FILE).config, { rules: {}, ignore: [], customRules: [] });
  });

  it('invalid JSON is one error at the offending token, 1-based and as an LSP range', () => {
    const p = only('{\n  "rules": {\n    "needs-noun": "off",,\n  }\n}\n');
    assert.equal(p.severity, 'error');
    assert.equal(p.file, FILE);
    assert.match(p.message, /invalid JSON/);
    assert.deepEqual([p.line, p.column], [3, 25]);
    assert.deepEqual(p.range.start, { line: 2, character: 24 });
  });

  it('a bad severity points at the value', () => {
    const p = only('{\n  "rules": {\n    "needs-noun": "loud"\n  }\n}');
    assert.equal(p.severity, 'error');
    assert.match(p.message, /"loud".*needs-noun/);
    assert.deepEqual([p.line, p.column], [3, 19]);
    assert.deepEqual(p.range, { start: { line: 2, character: 18 }, end: { line: 2, character: 24 } });
  });

  it('columns count UTF-16 code units, so an emoji counts as two', () => {
    const text = '{ "ignore": ["😀"], "rules": { "x": 1 } }';
    const p = only(text);
    // indexOf counts UTF-16 units; a code-point count would be one less.
    assert.equal(p.column, text.indexOf('1 }') + 1);
    assert.equal(p.column, [...text.slice(0, text.indexOf('1 }'))].length + 2);
  });

  it('CRLF line ends count as one line break', () => {
    const p = only('{\r\n  "rules": {\r\n    "needs-noun": 3\r\n  }\r\n}');
    assert.deepEqual([p.line, p.column], [3, 19]);
  });

  it('unknown top-level keys are warnings at the key, and the rest still applies', () => {
    const parsed = parseConfigText('{\n  "rulez": {},\n  "rules": { "needs-noun": "off" }\n}', FILE);
    assert.equal(parsed.problems.length, 1);
    const [w] = parsed.problems;
    assert.equal(w.severity, 'warning');
    assert.match(w.message, /unknown key "rulez"/);
    assert.deepEqual([w.line, w.column], [2, 3]);
    assert.deepEqual(parsed.config.rules, { 'needs-noun': 'off' });
  });

  it('wrong types for rules, ignore and customRules are errors', () => {
    const { problems } = parseConfigText('{ "rules": [], "ignore": "drafts", "customRules": {} }', FILE);
    assert.deepEqual(errors(problems).map((p) => p.column), [12, 26, 51]);
    assert.equal(only('{ "ignore": ["ok", 3] }').column, 20);
    assert.equal(only('{ "ignore": [""] }').column, 14);
    assert.equal(only('[1, 2]').severity, 'error');
  });

  it('a repeated key is a warning at the earlier one, and the later one applies, as with JSON.parse', () => {
    const text = '{\n  "rules": { "needs-noun": "off", "needs-noun": "error" }\n}';
    const parsed = parseConfigText(text, FILE);
    assert.deepEqual(parsed.problems.map((p) => [p.severity, p.line, p.column]), [['warning', 2, 14]]);
    assert.match(parsed.problems[0].message, /duplicate key "needs-noun"/);
    assert.deepEqual(parsed.config.rules, JSON.parse(text).rules);
  });

  describe('custom rules', () => {
    const rule = (fields: string) => `{ "customRules": [ { ${fields} } ] }`;
    const base = '"message": "m", "phrases": ["circle back"]';

    it('missing id or message is an error at the rule object', () => {
      const p = only(rule(base));
      assert.match(p.message, /missing "id"/);
      assert.equal(p.column, 20);
      assert.match(only(rule('"id": "a", "phrases": ["x"]')).message, /missing "message"/);
      assert.match(only(rule('"id": "a", "message": "m"')).message, /missing "phrases"/);
    });

    it('an id that clashes with a built-in rule is an error at the id', () => {
      const p = only(rule(`"id": "needs-noun", ${base}`));
      assert.match(p.message, /clashes with a built-in/);
      assert.equal(p.column, 28);
    });

    it('duplicate ids are an error at the second one', () => {
      const text = `{ "customRules": [ { "id": "a", ${base} },\n { "id": "a", ${base} } ] }`;
      const p = only(text);
      assert.match(p.message, /duplicate custom rule id "a"/);
      assert.deepEqual([p.line, p.column], [2, 10]);
    });

    it('ids usable in inline directives only', () => {
      assert.match(only(rule(`"id": "two words", ${base}`)).message, /must be a string starting with a letter/);
      assert.match(only(rule(`"id": 7, ${base}`)).message, /must be a string/);
    });

    it('empty, non-string and letterless phrases are errors at the phrase', () => {
      const text = rule('"id": "a", "message": "m", "phrases": ["ok", "", 4, "!!!"]');
      const ps = parseConfigText(text, FILE).problems;
      assert.deepEqual(ps.map((p) => p.column), [text.indexOf('""') + 1, text.indexOf(' 4,') + 2, text.indexOf('"!!!"') + 1]);
      assert.match(ps[0].message, /non-empty string/);
      assert.match(ps[2].message, /no letters/);
      assert.match(only(rule('"id": "a", "message": "m", "phrases": []')).message, /non-empty array/);
    });

    it('a phrase the analyzer cannot match is an error at the phrase, not silently dropped', () => {
      const text = rule('"id": "a", "message": "m", "phrases": ["circle back", "circle (back)"]');
      const ps = parseConfigText(text, FILE).problems;
      assert.deepEqual(ps.map((p) => p.column), [text.indexOf('"circle (back)"') + 1]);
      assert.match(ps[0].message, /may hold only letters/);
    });

    it('a bad severity is an error; a missing one defaults to warning', () => {
      assert.match(only(rule(`"id": "a", "severity": "off", ${base}`)).message, /invalid severity "off"/);
      assert.equal(parseConfigText(rule(`"id": "a", ${base}`), FILE).config.customRules[0].severity, 'warning');
    });

    it('an invalid rule is left out of the configuration; valid ones stay', () => {
      const text = `{ "customRules": [ { "id": "a", ${base} }, { "id": "b", "message": "m", "phrases": ["?"] } ] }`;
      const parsed = parseConfigText(text, FILE);
      assert.deepEqual(parsed.config.customRules.map((r) => r.id), ['a']);
    });

    it('unknown keys inside a rule are warnings', () => {
      const p = only(rule(`"id": "a", "level": "warning", ${base}`));
      assert.equal(p.severity, 'warning');
      assert.match(p.message, /unknown key "level"/);
    });

    it('the file\'s own custom ids may be used in rules, wherever they are declared', () => {
      const parsed = parseConfigText(`{ "rules": { "a": "error" }, "customRules": [ { "id": "a", ${base} } ] }`, FILE);
      assert.deepEqual(parsed.foreignRuleIds, []);
      assert.deepEqual(parsed.problems, []);
    });
  });
});
