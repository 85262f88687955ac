import * as assert from 'node:assert/strict';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { codeOf, isCodeAction, LspTestClient } from '../helpers/lsp-client';
import { applyEdits, editsOf, overlaps } from '../helpers/text-edits';

const base = 'file:///tmp/valued-protocol-test/actions';
const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

describe('protocol: code actions', () => {
  let client: LspTestClient;
  before(async () => {
    ({ client } = await LspTestClient.start({ settings: () => ({ debounceMs: 0 }) }));
  });
  after(() => client.dispose());

  async function actionsFor(uri: string, d: Diagnostic, only?: string[]): Promise<CodeAction[]> {
    const actions = await client.codeActions(uri, d.range, [d], only);
    return actions.filter(isCodeAction);
  }

  it('offers one quick fix per alternative, the first preferred, and the edit removes the finding', async () => {
    const uri = `${base}/quickfix.md`;
    const text = '# Outreach\n\nWe can meet your needs this quarter.\n';
    const diags = await client.open(uri, text);
    const needs = diags.find((d) => codeOf(d) === 'needs-noun');
    assert.ok(needs, JSON.stringify(diags));
    const data = needs.data as { fixes: { title: string }[] };
    const titles = new Set(data.fixes.map((f) => f.title));
    const fixes = (await actionsFor(uri, needs)).filter((a) => a.kind === 'quickfix' && titles.has(a.title));
    assert.equal(fixes.length, data.fixes.length, 'one action per fix alternative');
    assert.equal(fixes[0].isPreferred, true);
    assert.ok(fixes.slice(1).every((a) => !a.isPreferred));
    assert.deepEqual(fixes[0].diagnostics?.map(codeOf), ['needs-noun']);
    const edits = editsOf(fixes[0], uri);
    assert.ok(edits.some((e) => /business/i.test(e.newText)), JSON.stringify(edits));
    const fixed = applyEdits(text, edits);
    assert.match(fixed.split('\n')[2], /your business/i);

    const next = client.diagnosticsFor(uri, 2);
    await client.change(uri, 2, [{ text: fixed }]);
    const after = await next;
    assert.ok(!after.some((d) => codeOf(d) === 'needs-noun'), JSON.stringify(after));
  });

  it('offers Learn more once per rule, as the client command with the docs link', async () => {
    const uri = `${base}/learn.md`;
    const diags = await client.open(uri, 'Thank you for your time. Thank you for your time.');
    const thanks = diags.filter((d) => codeOf(d) === 'thanks-for-time');
    assert.equal(thanks.length, 2);
    const actions = (await client.codeActions(uri, whole, thanks)).filter(isCodeAction);
    const learn = actions.filter((a) => a.title === 'Learn more about thanks-for-time');
    assert.equal(learn.length, 1);
    assert.equal(learn[0].command?.command, 'valued.openRuleDocs');
    assert.deepEqual(learn[0].command?.arguments, [thanks[0].codeDescription?.href]);
  });

  it('honours `only`: quick fixes without source actions and the other way round', async () => {
    const uri = `${base}/only.md`;
    const diags = await client.open(uri, 'We meet your needs.');
    const quick = await actionsFor(uri, diags[0], ['quickfix']);
    assert.ok(quick.length > 0 && quick.every((a) => a.kind === 'quickfix'));
    const source = await actionsFor(uri, diags[0], ['source']);
    assert.deepEqual(source.map((a) => a.kind), ['source.fixAll.valued']);
    const refactor = await actionsFor(uri, diags[0], ['refactor']);
    assert.deepEqual(refactor, []);
  });

  it('ignores diagnostics of other tools', async () => {
    const uri = `${base}/foreign.md`;
    await client.open(uri, 'Plain words.');
    const foreign: Diagnostic = { range: whole, message: 'x', source: 'other', code: 'needs-noun', data: { ruleId: 'needs-noun', fixes: [{ title: 't', edits: [] }] } };
    assert.deepEqual(await client.codeActions(uri, whole, [foreign], ['quickfix']), []);
  });

  it('fixes all: preferred fixes without overlapping edits, and the result is clean of them', async () => {
    const uri = `${base}/fixall.md`;
    const text = [
      '# Follow-up',
      '',
      'Thank you for your time. We meet your needs.',
      '',
      '- your needs, your needs and your needs',
      '- Thank you for your time 🚀 your needs',
      '',
    ].join('\n');
    const diags = await client.open(uri, text);
    const fixable = diags.filter((d) => ((d.data as { fixes: unknown[] }).fixes ?? []).length > 0);
    assert.ok(fixable.length >= 7, JSON.stringify(diags.map(codeOf)));
    const all = (await client.codeActions(uri, whole, [], ['source.fixAll'])).filter(isCodeAction);
    assert.equal(all.length, 1);
    assert.equal(all[0].kind, 'source.fixAll.valued');
    assert.equal(all[0].title, 'Fix all Valued issues');
    const edits = editsOf(all[0], uri);
    for (let i = 0; i < edits.length; i++) {
      for (let j = i + 1; j < edits.length; j++) assert.ok(!overlaps(edits[i].range, edits[j].range), `edits ${i} and ${j} overlap`);
    }
    const fixed = applyEdits(text, edits);
    const next = client.diagnosticsFor(uri, 2);
    await client.change(uri, 2, [{ text: fixed }]);
    const after = await next;
    assert.ok(!after.some((d) => codeOf(d) === 'needs-noun' || codeOf(d) === 'thanks-for-time'), `${fixed}\n${JSON.stringify(after)}`);
  });

  it('offers no fix-all when nothing is fixable', async () => {
    const uri = `${base}/none.md`;
    await client.open(uri, 'We ship on Friday.');
    assert.deepEqual(await client.codeActions(uri, whole, [], ['source.fixAll']), []);
  });
});
