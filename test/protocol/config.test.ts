import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { codeOf, isCodeAction, LspTestClient } from '../helpers/lsp-client';
import { applyEdits, editsOf } from '../helpers/text-edits';

const CREATED = 1;
const CHANGED = 2;
const DELETED = 3;
const body = 'Thank you for your time. We meet your needs.\n';

describe('protocol: .valued.json and inline directives', () => {
  let client: LspTestClient | undefined;
  let ws: string;
  const at = (...parts: string[]) => path.join(ws, ...parts);
  const uriOf = (...parts: string[]) => pathToFileURL(at(...parts)).href;
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(at(rel)), { recursive: true });
    fs.writeFileSync(at(rel), text);
    return uriOf(rel);
  };
  const rules = (diags: Diagnostic[]) => diags.map(codeOf).sort();

  beforeEach(async () => {
    ws = fs.mkdtempSync(path.join(os.tmpdir(), 'valued-lsp-config-'));
    ({ client } = await LspTestClient.start({ settings: () => ({ debounceMs: 0 }), rootUri: pathToFileURL(ws).href }));
  });
  afterEach(() => {
    client?.dispose();
    fs.rmSync(ws, { recursive: true, force: true });
  });

  it('watches .valued.json files when the client allows it', async () => {
    await client!.open(uriOf('probe.md'), 'Hello.');
    assert.ok(client!.registrations.includes('workspace/didChangeWatchedFiles'), JSON.stringify(client!.registrations));
  });

  it('layers nested files over settings: nearest wins for what it sets, parents still apply', async () => {
    write('.valued.json', '{\n  // team defaults\n  "rules": { "needs-noun": "off", "thanks-for-time": "error" }\n}\n');
    write('emails/.valued.json', '{ "rules": { "needs-noun": "hint" } }');
    const top = await client!.open(uriOf('a.md'), body);
    assert.deepEqual(rules(top), ['thanks-for-time']);
    assert.equal(top[0].severity, 1);
    const nested = await client!.open(uriOf('emails', 'b.md'), body);
    assert.deepEqual(rules(nested), ['needs-noun', 'thanks-for-time']);
    assert.equal(nested.find((d) => codeOf(d) === 'needs-noun')?.severity, 4, 'hint');
    assert.equal(nested.find((d) => codeOf(d) === 'thanks-for-time')?.severity, 1, 'error from the parent');
  });

  it('runs custom phrase rules with their replacements as quick fixes', async () => {
    write('.valued.json', JSON.stringify({ customRules: [{ id: 'no-circle-back', message: 'Say when you will follow up.', severity: 'warning', phrases: ['circle back'], replacements: ['follow up'] }] }));
    const uri = uriOf('c.md');
    const diags = await client!.open(uri, 'I will circle back next week.\n');
    const custom = diags.find((d) => codeOf(d) === 'no-circle-back');
    assert.ok(custom, JSON.stringify(diags));
    assert.equal(custom.codeDescription, undefined, 'custom rules have no docs page');
    const actions = (await client!.codeActions(uri, custom.range, [custom])).filter(isCodeAction);
    assert.ok(actions.some((a) => editsOf(a, uri).some((e) => e.newText === 'follow up')), JSON.stringify(actions.map((a) => a.title)));
    assert.ok(!actions.some((a) => a.title.startsWith('Learn more')));
  });

  it('publishes nothing for an ignored document', async () => {
    write('.valued.json', JSON.stringify({ ignore: ['drafts/**'] }));
    assert.deepEqual(await client!.open(uriOf('drafts', 'x.md'), body), []);
    assert.equal((await client!.open(uriOf('kept.md'), body)).length, 2);
    write('drafts/y.md', body);
    const files = await client!.request<{ analyzed: number; skipped: number }>('valued/analyzeFiles', { uris: [uriOf('drafts', 'y.md')] });
    assert.deepEqual(files, { analyzed: 0, skipped: 1, findings: 0 });
  });

  it('re-analyses open documents at once when a file appears, changes or goes', async () => {
    const uri = uriOf('live.md');
    assert.equal((await client!.open(uri, body)).length, 2);
    const config = write('.valued.json', '{ "rules": { "needs-noun": "off" } }');
    let next = client!.nextDiagnostics(uri);
    await client!.filesChanged([{ uri: config, type: CREATED }]);
    assert.deepEqual(rules((await next).diagnostics), ['thanks-for-time']);

    write('.valued.json', '{ "rules": { "thanks-for-time": "off" } }');
    next = client!.nextDiagnostics(uri);
    await client!.filesChanged([{ uri: config, type: CHANGED }]);
    assert.deepEqual(rules((await next).diagnostics), ['needs-noun']);

    fs.rmSync(at('.valued.json'));
    next = client!.nextDiagnostics(uri);
    await client!.filesChanged([{ uri: config, type: DELETED }]);
    assert.deepEqual(rules((await next).diagnostics), ['needs-noun', 'thanks-for-time']);
  });

  it('shows an invalid file\'s error on the file at its position and keeps the last valid configuration', async () => {
    const config = write('.valued.json', '{\n  "rules": { "needs-noun": "off" }\n}\n');
    const uri = uriOf('doc.md');
    assert.deepEqual(rules(await client!.open(uri, body)), ['thanks-for-time']);

    write('.valued.json', '{\n  "rules": {\n    "needs-noun": "loud"\n  }\n}\n');
    const onConfig = client!.nextDiagnostics(config, (p) => p.diagnostics.length > 0);
    const onDoc = client!.nextDiagnostics(uri);
    await client!.filesChanged([{ uri: config, type: CHANGED }]);
    const problem = (await onConfig).diagnostics[0];
    assert.equal(problem.severity, 1);
    assert.equal(problem.source, 'Valued');
    assert.equal(problem.range.start.line, 2);
    assert.match(problem.message, /loud|severity/);
    assert.deepEqual(rules((await onDoc).diagnostics), ['thanks-for-time'], 'the last valid file stays in effect');

    write('.valued.json', '{\n  "rules": { "needs-noun": "off", }\n}\n'.replace(', }', ',, }'));
    const syntax = client!.nextDiagnostics(config, (p) => p.diagnostics.some((d) => d.range.start.line === 1));
    await client!.filesChanged([{ uri: config, type: CHANGED }]);
    assert.equal((await syntax).diagnostics[0].severity, 1);

    write('.valued.json', '{}\n');
    const cleared = client!.nextDiagnostics(config, (p) => p.diagnostics.length === 0);
    await client!.filesChanged([{ uri: config, type: CHANGED }]);
    await cleared;
  });

  describe('code actions', () => {
    async function actionTitled(uri: string, d: Diagnostic, title: string): Promise<CodeAction> {
      const actions = (await client!.codeActions(uri, d.range, [d])).filter(isCodeAction);
      const found = actions.find((a) => a.title === title);
      assert.ok(found, `"${title}" among ${JSON.stringify(actions.map((a) => a.title))}`);
      return found;
    }

    async function applyAndReanalyse(uri: string, text: string, action: CodeAction, version: number): Promise<{ text: string; diags: Diagnostic[] }> {
      const fixed = applyEdits(text, editsOf(action, uri));
      const next = client!.diagnosticsFor(uri, version);
      await client!.change(uri, version, [{ text: fixed }]);
      return { text: fixed, diags: await next };
    }

    it('disables a rule for one line, then reuses that directive for a second rule', async () => {
      const uri = uriOf('line.md');
      let text = '# Call\n\nThank you for your time, we meet your needs.\nWe meet your needs.\n';
      let diags = await client!.open(uri, text);
      const needs = diags.find((d) => codeOf(d) === 'needs-noun' && d.range.start.line === 2)!;
      let result = await applyAndReanalyse(uri, text, await actionTitled(uri, needs, 'Disable needs-noun for this line'), 2);
      text = result.text;
      assert.equal(text.split('\n')[2], 'Thank you for your time, we meet your needs. <!-- valued-disable-line needs-noun -->');
      diags = result.diags;
      assert.deepEqual(diags.map((d) => `${codeOf(d)}@${d.range.start.line}`).sort(), ['needs-noun@3', 'thanks-for-time@2']);

      const thanks = diags.find((d) => codeOf(d) === 'thanks-for-time')!;
      result = await applyAndReanalyse(uri, text, await actionTitled(uri, thanks, 'Disable thanks-for-time for this line'), 3);
      assert.equal(result.text.split('\n')[2], 'Thank you for your time, we meet your needs. <!-- valued-disable-line needs-noun thanks-for-time -->');
      assert.deepEqual(result.diags.map((d) => `${codeOf(d)}@${d.range.start.line}`), ['needs-noun@3']);
    });

    it('extends a disable-next-line directive already on the line above', async () => {
      const uri = uriOf('next.md');
      const text = '<!-- valued-disable-next-line transaction-word -->\nThank you for your time.\n';
      const diags = await client!.open(uri, text);
      const thanks = diags.find((d) => codeOf(d) === 'thanks-for-time')!;
      const result = await applyAndReanalyse(uri, text, await actionTitled(uri, thanks, 'Disable thanks-for-time for this line'), 2);
      assert.equal(result.text, '<!-- valued-disable-next-line transaction-word thanks-for-time -->\nThank you for your time.\n');
      assert.deepEqual(result.diags, []);
    });

    it('disables a rule for the document after front matter, extending the directive there', async () => {
      const uri = uriOf('doc.md');
      const text = '---\ntitle: Call\n---\n# Call\n\nThank you for your time. We meet your needs.\n\nWe meet your needs.\n';
      const diags = await client!.open(uri, text);
      const needs = diags.find((d) => codeOf(d) === 'needs-noun')!;
      let result = await applyAndReanalyse(uri, text, await actionTitled(uri, needs, 'Disable needs-noun for this document'), 2);
      assert.equal(result.text.split('\n')[3], '<!-- valued-disable needs-noun -->');
      assert.deepEqual(rules(result.diags), ['thanks-for-time']);
      const thanks = result.diags[0];
      result = await applyAndReanalyse(uri, result.text, await actionTitled(uri, thanks, 'Disable thanks-for-time for this document'), 3);
      assert.equal(result.text.split('\n')[3], '<!-- valued-disable needs-noun thanks-for-time -->');
      assert.deepEqual(result.diags, []);
    });

    it('offers no directive actions in plain text', async () => {
      const uri = uriOf('plain.txt');
      const diags = await client!.open(uri, body, 'plaintext');
      const actions = (await client!.codeActions(uri, diags[0].range, diags)).filter(isCodeAction);
      assert.ok(!actions.some((a) => a.title.startsWith('Disable')), JSON.stringify(actions.map((a) => a.title)));
    });

    it('turns a rule off in the nearest .valued.json, keeping its comments', async () => {
      const original = '{\n  // why we tune this\n  "rules": {\n    "transaction-word": "hint"\n  }\n}\n';
      const config = write('.valued.json', original);
      const uri = uriOf('sub', 'turn-off.md');
      fs.mkdirSync(at('sub'));
      const diags = await client!.open(uri, body);
      const needs = diags.find((d) => codeOf(d) === 'needs-noun')!;
      const action = await actionTitled(uri, needs, 'Turn off needs-noun in .valued.json');
      const edited = applyEdits(original, editsOf(action, config));
      assert.match(edited, /\/\/ why we tune this/);
      assert.match(edited, /"transaction-word": "hint"/);
      fs.writeFileSync(at('.valued.json'), edited);
      const next = client!.nextDiagnostics(uri);
      await client!.filesChanged([{ uri: config, type: CHANGED }]);
      assert.deepEqual(rules((await next).diagnostics), ['thanks-for-time']);
    });

    it('creates .valued.json in the document\'s folder when there is none', async () => {
      const uri = uriOf('fresh.md');
      const diags = await client!.open(uri, body);
      const needs = diags.find((d) => codeOf(d) === 'needs-noun')!;
      const action = await actionTitled(uri, needs, 'Turn off needs-noun in .valued.json');
      const changes = action.edit?.documentChanges ?? [];
      const target = uriOf('.valued.json');
      assert.deepEqual(changes[0], { kind: 'create', uri: target, options: { ignoreIfExists: true } });
      const text = (changes[1] as TextDocumentEdit).edits.map((e) => e.newText).join('');
      assert.deepEqual(JSON.parse(text), { rules: { 'needs-noun': 'off' } });
    });
  });
});
