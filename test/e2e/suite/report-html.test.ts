// The report page and its helpers, checked in the host with the rest of the client.
import * as assert from 'node:assert/strict';
import type { AnalyzeDocumentResult } from '../../../shared/src/protocol';
import { RULES } from '../../../shared/src/rules';
import { escapeHtml, familyCounts, renderReport, scoreMeaning } from '../../../client/src/report-html';
import { readableMarkdown, sentenceAround, sentenceStartsLine } from '../../../client/src/sentence';
import { excludeGlob, summary } from '../../../client/src/workspace-analysis';

const hostile = '<img src=x onerror="alert(1)"> & \'quoted\'';

function page(message: string, flagged: string) {
  const result: AnalyzeDocumentResult = {
    uri: 'file:///w/a.md',
    wordCount: 40,
    score: 93,
    counts: { 'needs-noun': 1, 'team-phrase': 2 },
    findings: [],
  };
  return renderReport({
    title: `Valued: ${hostile}`,
    result,
    rows: [{ index: 0, ruleId: 'needs-noun', severity: 'warning', message, line: 3, context: { before: '<b>', flagged, after: '</b>' } }],
    nonce: 'n0nce',
    cspSource: 'vscode-webview://x',
  });
}

describe('the Analyze Document report page', () => {
  it('escapes every text it shows and loads nothing remote', () => {
    const html = page(hostile, hostile);
    assert.ok(!html.includes('<img'), 'markup in findings is shown as text');
    assert.ok(!html.includes('<b>'), 'markup in the sentence is shown as text');
    assert.match(html, /&#60;img src=x onerror=&#34;alert\(1\)&#34;&#62;/);
    assert.ok(!/(src|href)=["']?https?:/i.test(html), 'no remote resources');
    assert.match(html, /Content-Security-Policy" content="default-src 'none';[^"]*script-src 'nonce-n0nce'/);
    for (const tag of html.match(/<(script|style)[^>]*>/g) ?? []) assert.match(tag, /nonce="n0nce"/, tag);
  });

  it('shows the score meaning of its band and every family, custom rules by id', () => {
    const html = page('m', 'your needs');
    assert.match(html, />93</);
    assert.ok(html.includes(escapeHtml(scoreMeaning(93))));
    const counts = familyCounts({ 'needs-noun': 1, 'team-phrase': 2 });
    assert.equal(counts.length, RULES.length + 1);
    assert.deepEqual(counts.find((c) => c.id === 'team-phrase'), { id: 'team-phrase', title: 'team-phrase', count: 2 });
    assert.equal(counts.find((c) => c.id === 'thanks-for-time')?.count, 0);
  });

  it('words the score bands as shared/src/score.ts defines them', () => {
    assert.match(scoreMeaning(100), /Nothing/);
    assert.match(scoreMeaning(90), /peer/);
    assert.match(scoreMeaning(89), /habits/);
    assert.match(scoreMeaning(70), /habits/);
    assert.match(scoreMeaning(69), /rewrite/);
    assert.match(scoreMeaning(0), /rewrite/);
  });
});

describe('the sentence around a finding', () => {
  it('cuts the line to the sentence holding the flagged words', () => {
    const line = 'Hi Dana. Thanks so much for taking the time to meet. I know how busy you are.';
    const start = line.indexOf('Thanks');
    const end = line.indexOf(' to meet');
    assert.deepEqual(sentenceAround(line, start, end), { before: '', flagged: 'Thanks so much for taking the time', after: ' to meet.' });
    const busy = line.indexOf('I know');
    assert.deepEqual(sentenceAround(line, busy, line.length - 1), { before: '', flagged: 'I know how busy you are', after: '.' });
  });

  it('keeps long lines short and survives ranges past the line', () => {
    const line = 'word '.repeat(200) + 'your needs ' + 'word '.repeat(200);
    const s = line.indexOf('your needs');
    const c = sentenceAround(line, s, s + 10);
    assert.equal(c.flagged, 'your needs');
    assert.ok(c.before.length + c.after.length <= 250, `${c.before.length + c.after.length} characters of context`);
    assert.equal(sentenceAround('short', 2, 99).flagged, 'ort');
  });
});

describe('the sentence as a Markdown reader sees it', () => {
  it('drops block markers and emphasis, and keeps the words', () => {
    const line = '> - **Rep:** "Hi Dana, `thanks` for your time." Next one.';
    const start = line.indexOf('`thanks');
    const end = line.indexOf(' time') + ' time'.length;
    assert.ok(sentenceStartsLine(line, start));
    assert.deepEqual(readableMarkdown(sentenceAround(line, start, end), true), { before: 'Rep: "Hi Dana, ', flagged: 'thanks for your time', after: '."' });
    const later = line.indexOf('Next');
    assert.equal(sentenceStartsLine(line, later), false);
    assert.deepEqual(readableMarkdown({ before: '- a ', flagged: 'b', after: '' }, false), { before: '- a ', flagged: 'b', after: '' });
  });
});

describe('Analyze Workspace helpers', () => {
  it('builds one exclude glob from files.exclude and node_modules', () => {
    assert.equal(excludeGlob(undefined), '{**/node_modules/**}');
    assert.equal(excludeGlob({ '**/.git': true, '**/archive': true, '**/off': false, '**/*.js': { when: '$(basename).ts' } }),
      '{**/node_modules/**,**/.git,**/archive}');
  });

  it('summarises totals, and says so when cancelled', () => {
    assert.equal(summary({ found: 3, analyzed: 3, skipped: 0, findings: 1, cancelled: false }), 'Valued analysed 3 files: 1 finding. See the Problems panel.');
    assert.equal(summary({ found: 9, analyzed: 2, skipped: 1, findings: 4, cancelled: true }), 'Valued stopped after 3 files of 9, skipped 1: 4 findings. See the Problems panel.');
  });
});
