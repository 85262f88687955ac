// Offsets to LSP positions. Line breaks are \r\n, \n and a lone \r, as in LSP;
// characters are UTF-16 code units, which is what JavaScript string offsets are.
import type { Position } from '../../../shared/src/findings';
import { withRoomAt } from './int32';
import { keepShapes } from './shapes';
import { lastAtOrBefore } from './sorted';

/** Line numbers and LSP positions of offsets in one text. */
export interface Lines {
  lineOf(offset: number): number;
  position(offset: number): Position;
}

export class LineIndex implements Lines {
  /**
   * Offset of the first character of each line. Typed, so the copy a shifted index
   * makes after each keystroke is one block of memory the allocator reuses, where an
   * array of 25,000 numbers was a fresh large object, page faults and all.
   */
  readonly starts: Int32Array;

  constructor(readonly text: string, known?: Int32Array) {
    if (known) {
      this.starts = known;
      return;
    }
    if (!text.includes('\r')) {
      // The common case, found with the engine's fast search for one character, in one
      // pass (a list made first, only to be copied, doubled what a chunk's index allocated).
      let starts = new Int32Array(64);
      let k = 1;
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        starts = withRoomAt(starts, k);
        starts[k++] = i + 1;
      }
      this.starts = starts.subarray(0, k);
      return;
    }
    const starts = [0];
    const re = /\r\n?|\n/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) starts.push(m.index + m[0].length);
    this.starts = new Int32Array(starts);
  }

  /**
   * The index of a new version of the text that differs from this one only in
   * [at, at + removed) with no line break removed or inserted: line starts after
   * the edit move by the change in length.
   */
  shifted(text: string, at: number, delta: number): LineIndex {
    const starts = this.starts.slice();
    for (let i = this.lineOf(at) + 1; i < starts.length; i++) starts[i] += delta;
    return new LineIndex(text, starts);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset just past the line's last character, before its break. */
  lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    let end = this.starts[line + 1];
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineOf(offset: number): number {
    return lastAtOrBefore(this.starts, offset);
  }

  position(offset: number): Position {
    const line = this.lineOf(offset);
    return { line, character: offset - this.starts[line] };
  }
}

keepShapes(new LineIndex(''), new LineIndex('').position(0));
