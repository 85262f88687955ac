// Edits for "Turn off <rule> in .valued.json": change one `rules` entry in place,
// keeping the file's comments, order and indentation, or create the file.
import * as path from 'node:path';
import { applyEdits, modify } from 'jsonc-parser';
import type { SeveritySetting, TextEdit } from '../../../shared/src/findings';
import { LineIndex } from './positions';
import { CONFIG_FILE_NAME } from './types';

export interface RuleSeverityEdit {
  /** Edits against the current text (one insertion at 0:0 when the file is new). */
  edits: TextEdit[];
  /** The whole file after the edits. */
  newText: string;
}

/**
 * Sets `rules[ruleId]` in a `.valued.json`'s text; `undefined` text means the
 * file does not exist yet and is created with just that entry.
 */
export function setRuleSeverity(text: string | undefined, ruleId: string, severity: SeveritySetting): RuleSeverityEdit {
  const source = text ?? '';
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const base = source.trim() === '' ? '{}' : source;
  const raw = modify(base, ['rules', ruleId], severity, { formattingOptions: { ...detectIndent(source), eol } });
  let newText = applyEdits(base, raw);
  if (base !== source) {
    // A new or empty file: write it whole, ending with a newline like an editor would.
    if (!newText.endsWith(eol)) newText += eol;
    return { newText, edits: [{ range: { start: { line: 0, character: 0 }, end: new LineIndex(source).position(source.length) }, newText }] };
  }
  const lines = new LineIndex(source);
  const edits = raw.map((e) => ({ range: lines.range(e.offset, e.length), newText: e.content }));
  return { newText, edits };
}

/** The file that "Turn off <rule> in .valued.json" should change: the nearest one, or a new one in `rootDir`. */
export function configFileToEdit(existingChain: readonly string[], rootDir: string): string {
  return existingChain.length > 0 ? existingChain[existingChain.length - 1] : path.join(rootDir, CONFIG_FILE_NAME);
}

function detectIndent(text: string): { insertSpaces: boolean; tabSize: number } {
  const m = /^([ \t]+)\S/m.exec(text);
  if (!m) return { insertSpaces: true, tabSize: 2 };
  if (m[1].startsWith('\t')) return { insertSpaces: false, tabSize: 1 };
  return { insertSpaces: true, tabSize: m[1].length };
}
