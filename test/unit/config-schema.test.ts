// The JSON schema VS Code uses for .valued.json must agree with the rule catalog
// and the loader, or completion would offer what the loader then rejects.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { SEVERITY_SETTINGS } from '../../shared/src/findings';
import { RULE_IDS } from '../../shared/src/rules';

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
});
