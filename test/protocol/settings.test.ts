import * as assert from 'node:assert/strict';
import { codeOf, DEFAULT_CAPABILITIES, LspTestClient } from '../helpers/lsp-client';

const base = 'file:///tmp/valued-protocol-test/settings';
const text = 'Thank you for your time. We meet your needs.';

describe('protocol: settings', () => {
  let client: LspTestClient | undefined;
  afterEach(() => client?.dispose());

  it('pulls the valued section per document', async () => {
    ({ client } = await LspTestClient.start({ settings: () => ({ debounceMs: 0 }) }));
    const uri = `${base}/pull.md`;
    await client.open(uri, text);
    const asked = client.configurationRequests.flatMap((r) => r.items);
    assert.ok(asked.some((i) => i.section === 'valued' && i.scopeUri === uri), JSON.stringify(asked));
  });

  it('applies a rule turned off and a raised severity live to an open document', async () => {
    let valued: object = { debounceMs: 0 };
    ({ client } = await LspTestClient.start({ settings: () => valued }));
    const uri = `${base}/rules.md`;
    const before = await client.open(uri, text);
    assert.ok(before.some((d) => codeOf(d) === 'needs-noun'));
    valued = { debounceMs: 0, rules: { 'needs-noun': 'off', 'thanks-for-time': 'error' } };
    const next = client.diagnosticsFor(uri, 1);
    await client.changeSettings(() => valued, valued);
    const after = await next;
    assert.ok(!after.some((d) => codeOf(d) === 'needs-noun'), JSON.stringify(after.map(codeOf)));
    const thanks = after.find((d) => codeOf(d) === 'thanks-for-time');
    assert.equal(thanks?.severity, 1, 'error');
  });

  it('publishes nothing while valued.enable is false, and analyses again when it is turned back on', async () => {
    let valued: object = { debounceMs: 0, enable: false };
    ({ client } = await LspTestClient.start({ settings: () => valued }));
    const uri = `${base}/enable.md`;
    assert.deepEqual(await client.open(uri, text), []);
    valued = { debounceMs: 0, enable: true };
    const next = client.diagnosticsFor(uri, 1);
    await client.changeSettings(() => valued, valued);
    assert.ok((await next).length >= 2);
  });

  it('uses pushed settings with a client that cannot be asked', async () => {
    const capabilities = { ...DEFAULT_CAPABILITIES, workspace: { applyEdit: true } };
    ({ client } = await LspTestClient.start({ capabilities }));
    const uri = `${base}/push.md`;
    assert.ok((await client.open(uri, text)).some((d) => codeOf(d) === 'needs-noun'), 'defaults before any push');
    const next = client.diagnosticsFor(uri, 1);
    await client.changeSettings(() => null, { rules: { 'needs-noun': 'off' } });
    assert.ok(!(await next).some((d) => codeOf(d) === 'needs-noun'));
    assert.equal(client.configurationRequests.length, 0);
  });

  it('falls back to defaults for malformed settings', async () => {
    ({ client } = await LspTestClient.start({ settings: () => ({ enable: 'yes', rules: { 'needs-noun': 'loud' }, debounceMs: -5, maxFileSizeMB: 'big' }) }));
    const uri = `${base}/malformed.md`;
    const diags = await client.open(uri, text);
    const needs = diags.find((d) => codeOf(d) === 'needs-noun');
    assert.equal(needs?.severity, 2, 'default warning');
  });
});
