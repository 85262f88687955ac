// Offsets in a config file's text -> LSP positions and 1-based line:column.
// jsonc-parser reports offsets in UTF-16 code units, which is what LSP wants; the
// line breaks are the analyzer's (\r\n, \n and a lone \r).
import type { Position, Range } from '../../../shared/src/findings';
import { LineIndex as TextLines } from '../analyzer/line-index';

export class LineIndex {
  private readonly lines: TextLines;

  constructor(private readonly text: string) {
    this.lines = new TextLines(text);
  }

  position(offset: number): Position {
    return this.lines.position(Math.max(0, Math.min(offset, this.text.length)));
  }

  range(offset: number, length: number): Range {
    return { start: this.position(offset), end: this.position(offset + Math.max(0, length)) };
  }
}
