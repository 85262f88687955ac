// Edits that add a rule to an inline directive in Markdown, reusing a directive
// already in place rather than stacking a second one.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from '../../../shared/src/findings';

function lineText(doc: TextDocument, line: number): string {
  return doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '');
}

function eolOf(doc: TextDocument): string {
  const text = doc.getText();
  const lf = text.indexOf('\n');
  return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
}

/** An edit adding `ruleId` to the directive `kind` found in `content`, or undefined. */
function extendDirective(content: string, line: number, kind: string, ruleId: string, wholeLine: boolean): TextEdit | undefined {
  const re = new RegExp(`<!--\\s*valued-${kind}(?=[\\s,]|-->)([\\s\\S]*?)-->`);
  const m = re.exec(content);
  if (!m) return undefined;
  if (wholeLine && content.trim() !== m[0]) return undefined;
  const ids = m[1].split(/[\s,]+/).filter(Boolean);
  if (ids.length === 0) return undefined; // already every rule: nothing to add
  if (ids.includes(ruleId)) return undefined;
  const beforeClose = m.index + m[0].length - 3;
  let end = beforeClose;
  while (end > m.index && /\s/.test(content[end - 1])) end--;
  const at = { line, character: end };
  return { range: { start: at, end: at }, newText: ' ' + ruleId };
}

/**
 * "Disable <rule> for this line": extends a `valued-disable-line` on the line or a
 * `valued-disable-next-line` alone on the line above; otherwise appends a
 * `valued-disable-line` comment to the line, which leaves the rendered Markdown
 * unchanged (a comment line above would split a paragraph or a list).
 */
export function disableForLineEdit(doc: TextDocument, line: number, ruleId: string): TextEdit {
  const content = lineText(doc, line);
  const onLine = extendDirective(content, line, 'disable-line', ruleId, false);
  if (onLine) return onLine;
  if (line > 0) {
    const above = extendDirective(lineText(doc, line - 1), line - 1, 'disable-next-line', ruleId, true);
    if (above) return above;
  }
  const end = { line, character: content.length };
  const gap = content.length === 0 || /\s$/.test(content) ? '' : ' ';
  return { range: { start: end, end }, newText: `${gap}<!-- valued-disable-line ${ruleId} -->` };
}

/** The first line after YAML front matter (0 without it). */
function bodyStartLine(doc: TextDocument): number {
  if (lineText(doc, 0) !== '---') return 0;
  for (let line = 1; line < doc.lineCount; line++) {
    const t = lineText(doc, line);
    if (t === '---' || t === '...') return line + 1;
  }
  return 0;
}

/**
 * "Disable <rule> for this document": a `valued-disable` comment at the top, after
 * front matter, or the rule added to the one already there.
 */
export function disableForDocumentEdit(doc: TextDocument, ruleId: string): TextEdit | undefined {
  const line = bodyStartLine(doc);
  if (line < doc.lineCount) {
    const content = lineText(doc, line);
    if (/^<!--\s*valued-disable(?=[\s,]|-->)/.test(content.trim())) return extendDirective(content, line, 'disable', ruleId, true);
  }
  const at = line < doc.lineCount ? { line, character: 0 } : doc.positionAt(doc.getText().length);
  const prefix = line >= doc.lineCount ? eolOf(doc) : '';
  return { range: { start: at, end: at }, newText: `${prefix}<!-- valued-disable ${ruleId} -->${eolOf(doc)}` };
}
