// The JSON schema VS Code uses for .valued.json must agree with the rule catalog
// and the loader, or completion would offer what the loader then rejects.
import * as assert from 'node:assert/strict';
import Ajv from 'ajv';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { SEVERITY_SETTINGS } from '../../shared/src/findings';
import { RULE_IDS } from '../../shared/src/rules';
import { parseConfigText } from '../../server/src/config';

const root = path.resolve(__dirname, '../..');
const read = (rel: string) => JSON.parse(readFileSync(path.join(root, rel), 'utf8'));

describe('config: JSON schema for .valued.json', () => {
  const schema = read('schemas/valued.schema.json');

  it('lists every built-in rule id with a description, and nothing else', () => {
    const props = schema.properties.rules.properties as Record<string, { description?: string }>;
    assert.deepEqual(Object.keys(props), [...RULE_IDS]);
    for (const [id, p] of Object.entries(props)) assert.ok(p.description, `${id} has a description`);
    assert.deepEqual(schema.properties.customRules.items.properties.id.not.enum, [...RULE_IDS]);
  });

  it('offers exactly the severities the loader accepts', () => {
    assert.deepEqual(schema.definitions.severitySetting.enum, [...SEVERITY_SETTINGS]);
    assert.deepEqual(schema.definitions.severity.enum, SEVERITY_SETTINGS.filter((s) => s !== 'off'));
  });

  it('flags unknown top-level and custom-rule keys', () => {
    assert.equal(schema.additionalProperties, false);
    assert.equal(schema.properties.customRules.items.additionalProperties, false);
    assert.deepEqual(Object.keys(schema.properties), ['$schema', 'rules', 'ignore', 'customRules']);
  });

  it('is contributed for .valued.json files, which open as JSON with comments', () => {
    const pkg = read('package.json');
    const entry = (pkg.contributes.jsonValidation as { fileMatch: string; url: string }[]).find((j) => j.fileMatch === '.valued.json');
    assert.ok(entry, 'contributes.jsonValidation has .valued.json');
    assert.ok(existsSync(path.join(root, entry.url)), `${entry.url} exists`);
    const lang = (pkg.contributes.languages as { id: string; filenames?: string[] }[]).find((l) => l.filenames?.includes('.valued.json'));
    assert.equal(lang?.id, 'jsonc');
  });

  describe('agrees with the loader on what is wrong', () => {
    const ajv = new Ajv({ allErrors: true });
    // VS Code's own keywords: editor hints, not validation.
    ajv.addVocabulary(['enumDescriptions', 'defaultSnippets']);
    const validate = ajv.compile(schema);
    const rule = { id: 'no-circle-back', message: 'Say when.', severity: 'warning', phrases: ['circle back'], replacements: ['follow up'] };
    const cases: [string, unknown, boolean][] = [
      ['an empty file', {}, true],
      ['every key used well', { $schema: 'x', rules: { 'needs-noun': 'off', 'no-circle-back': 'error' }, ignore: ['drafts/**'], customRules: [rule] }, true],
      ['a custom rule without severity or replacements', { customRules: [{ id: 'a', message: 'm', phrases: ['x'] }] }, true],
      ['a bad severity', { rules: { 'needs-noun': 'loud' } }, false],
      ['an unknown top-level key', { rulez: {} }, false],
      ['rules as an array', { rules: [] }, false],
      ['a non-string ignore entry', { ignore: [3] }, false],
      ['an empty ignore entry', { ignore: [''] }, false],
      ['a custom rule without message', { customRules: [{ id: 'a', phrases: ['x'] }] }, false],
      ['a custom rule without phrases', { customRules: [{ id: 'a', message: 'm' }] }, false],
      ['a custom rule with no phrase', { customRules: [{ ...rule, phrases: [] }] }, false],
      ['an empty phrase', { customRules: [{ ...rule, phrases: [''] }] }, false],
      ['a custom id clashing with a built-in', { customRules: [{ ...rule, id: 'needs-noun' }] }, false],
      ['a custom id with a space', { customRules: [{ ...rule, id: 'no circle' }] }, false],
      ['a custom severity "off"', { customRules: [{ ...rule, severity: 'off' }] }, false],
      ['an unknown key in a custom rule', { customRules: [{ ...rule, level: 'warning' }] }, false],
      ['a non-string replacement', { customRules: [{ ...rule, replacements: [1] }] }, false],
    ];
    for (const [name, config, ok] of cases) {
      it(`${name}: ${ok ? 'valid' : 'flagged'} by both`, () => {
        const text = JSON.stringify(config, null, 2);
        const problems = parseConfigText(text, '/ws/.valued.json').problems;
        assert.equal(problems.length === 0, ok, `loader: ${JSON.stringify(problems.map((p) => p.message))}`);
        assert.equal(validate(config), ok, `schema: ${JSON.stringify(validate.errors)}`);
      });
    }
  });
});
