// The Analyze Document report as one self-contained HTML page: no remote
// content, inline style and script allowed only by nonce, every text escaped.
import type { AnalyzeDocumentResult } from '../../shared/src/protocol';
import { RULES } from '../../shared/src/rules';
import { scoreBand } from '../../shared/src/score';
import type { SentenceContext } from './sentence';

export interface ReportRow {
  /** Index into result.findings; the webview posts it back to reveal the finding. */
  index: number;
  ruleId: string;
  severity: string;
  message: string;
  /** 1-based, as editors show it. */
  line: number;
  context: SentenceContext;
}

export interface ReportPage {
  title: string;
  result: AnalyzeDocumentResult;
  rows: ReportRow[];
  nonce: string;
  cspSource: string;
}

/** What the score means, in the bands of shared/src/score.ts. */
export function scoreMeaning(score: number): string {
  if (score >= 100) return 'Nothing in the text undercuts your value.';
  switch (scoreBand(score)) {
    case 'peer':
      return 'Reads as a peer: the odd habit, nothing a customer would notice.';
    case 'habits':
      return 'Some habits of a seller eager to be liked; worth a pass.';
    case 'eager':
      return 'Reads as eager to be liked rather than valuable; rewrite before sending.';
  }
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function familyCounts(counts: Record<string, number>): { id: string; title: string; count: number }[] {
  const rows = RULES.map((r) => ({ id: r.id as string, title: r.title, count: counts[r.id] ?? 0 }));
  // Custom rules from .valued.json have no catalog title; show them by id.
  for (const [id, count] of Object.entries(counts)) {
    if (!RULES.some((r) => r.id === id)) rows.push({ id, title: id, count });
  }
  return rows;
}

export function renderReport(page: ReportPage): string {
  const { result, rows, nonce, cspSource } = page;
  const e = escapeHtml;
  const families = familyCounts(result.counts)
    .map((f) => `<tr class="${f.count ? '' : 'zero'}"><td>${e(f.title)}<div class="id">${e(f.id)}</div></td><td class="n">${f.count}</td></tr>`)
    .join('');
  const findings = rows.length
    ? rows
        .map(
          (r) => `<li><button class="finding ${e(r.severity)}" data-index="${r.index}" title="Show in the editor">` +
            `<span class="line">Line ${r.line}</span><span class="rule">${e(r.ruleId)}</span>` +
            `<span class="sentence">${e(r.context.before)}<mark>${e(r.context.flagged)}</mark>${e(r.context.after)}</span>` +
            `<span class="message">${e(r.message)}</span></button></li>`,
        )
        .join('')
    : '<li class="none">No findings.</li>';
  const words = `${result.wordCount} ${result.wordCount === 1 ? 'word' : 'words'}`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${e(cspSource)}; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${e(page.title)}</title>
<style nonce="${nonce}">
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 0 1.2em 2em; }
h1 { font-size: 1.3em; font-weight: 600; }
h2 { font-size: 1.05em; font-weight: 600; margin-top: 1.6em; border-bottom: 1px solid var(--vscode-panel-border); padding-bottom: .3em; }
.score { display: flex; align-items: baseline; gap: .8em; }
.score .value { font-size: 2.6em; font-weight: 600; }
.score.peer .value { color: var(--vscode-testing-iconPassed, var(--vscode-foreground)); }
.score.habits .value { color: var(--vscode-editorWarning-foreground); }
.score.eager .value { color: var(--vscode-editorError-foreground); }
.muted, .id { color: var(--vscode-descriptionForeground); }
.id { font-size: .85em; }
table { border-collapse: collapse; }
td { padding: .25em 1.2em .25em 0; vertical-align: top; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
tr.zero { color: var(--vscode-descriptionForeground); }
ol { list-style: none; padding: 0; }
.finding { display: grid; grid-template-columns: 5.5em 1fr; gap: .15em .8em; width: 100%; text-align: left; font: inherit; color: inherit; background: none; border: 0; border-left: 3px solid transparent; padding: .45em .6em; cursor: pointer; }
.finding:hover, .finding:focus { background: var(--vscode-list-hoverBackground); outline: 1px solid var(--vscode-focusBorder); }
.finding.error { border-left-color: var(--vscode-editorError-foreground); }
.finding.warning { border-left-color: var(--vscode-editorWarning-foreground); }
.finding.information, .finding.hint { border-left-color: var(--vscode-editorInfo-foreground); }
.line { grid-row: span 3; color: var(--vscode-descriptionForeground); font-variant-numeric: tabular-nums; }
.rule { font-size: .85em; color: var(--vscode-descriptionForeground); }
mark { background: var(--vscode-editor-findMatchHighlightBackground); color: inherit; }
.message { color: var(--vscode-descriptionForeground); }
</style>
</head>
<body>
<h1>${e(page.title)}</h1>
<div class="score ${scoreBand(result.score)}"><span class="value">${result.score}</span><span>${e(scoreMeaning(result.score))}</span></div>
<p class="muted">${words}, ${rows.length} ${rows.length === 1 ? 'finding' : 'findings'}. The score is 100 less 10 points per severity-weighted finding per 100 words (error 5, warning 3, information 1).</p>
<h2>By family</h2>
<table>${families}</table>
<h2>Findings</h2>
<ol>${findings}</ol>
<script nonce="${nonce}">
const vscode = acquireVsCodeApi();
document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('.finding') : null;
  if (button) vscode.postMessage({ type: 'reveal', index: Number(button.getAttribute('data-index')) });
});
</script>
</body>
</html>`;
}
