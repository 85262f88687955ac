import * as assert from 'node:assert/strict';
import type { AnalyzeDocumentResult } from '../../shared/src/protocol';
import { countWords, valuedScore } from '../../shared/src/score';
import { codeOf, LspTestClient } from '../helpers/lsp-client';

const base = 'file:///tmp/valued-protocol-test/report';

describe('protocol: valued/analyzeDocument', () => {
  let client: LspTestClient;
  before(async () => {
    // The `slow` document's long debounce leaves its latest change unanalysed when the report is asked for.
    ({ client } = await LspTestClient.start({ settings: (uri) => ({ debounceMs: uri?.includes('slow') ? 60000 : 0 }) }));
  });
  after(() => client.dispose());

  it('reports word count, score, counts per rule and the findings the editor shows', async () => {
    const uri = `${base}/report.md`;
    const text = '# Call\n\nThank you for your time. We meet your needs.\n\n```\nyour needs your needs\n```\n';
    const diags = await client.open(uri, text);
    const report = await client.request<AnalyzeDocumentResult>('valued/analyzeDocument', { uri });
    assert.equal(report.uri, uri);
    // Words outside the fenced block: "Call" + 9 in the sentence line.
    assert.equal(report.wordCount, 10);
    assert.equal(report.wordCount, countWords(text, 'markdown'));
    assert.deepEqual(report.findings.map((f) => f.ruleId).sort(), diags.map(codeOf).sort());
    assert.equal(report.counts['needs-noun'], report.findings.filter((f) => f.ruleId === 'needs-noun').length);
    assert.equal(report.counts['price-concession'], 0, 'clean families are listed with 0');
    assert.equal(report.score, valuedScore(report.findings, report.wordCount));
    assert.ok(report.score < 70, `two warnings in ten words read as eager: ${report.score}`);
  });

  it('scores a clean document 100', async () => {
    const uri = `${base}/clean.md`;
    await client.open(uri, 'We cut onboarding from six weeks to two; here is how.');
    const report = await client.request<AnalyzeDocumentResult>('valued/analyzeDocument', { uri });
    assert.equal(report.score, 100);
    assert.deepEqual(report.findings, []);
  });

  it('reports the version the editor has, even while its analysis waits for the debounce', async () => {
    const uri = `${base}/slow.md`;
    await client.open(uri, 'Hello.');
    await client.change(uri, 2, [{ text: 'We meet your needs.' }]);
    const published = client.diagnosticsFor(uri, 2);
    const report = await client.request<AnalyzeDocumentResult>('valued/analyzeDocument', { uri });
    assert.equal(report.counts['needs-noun'], 1);
    // The report's analysis is published too, instead of waiting for the timer.
    assert.deepEqual((await published).map((d) => d.code), ['needs-noun']);
  });

  it('answers an unknown document with an error, and keeps serving', async () => {
    await assert.rejects(client.request('valued/analyzeDocument', { uri: `${base}/not-open.md` }), /no open document/);
    await assert.rejects(client.request('valued/analyzeDocument', {}), /no open document/);
    const uri = `${base}/still.md`;
    assert.equal((await client.open(uri, 'We meet your needs.')).length, 1);
  });
});
