// Plain text is all prose: blocks are runs of non-blank lines. URLs and e-mail
// addresses are blanked, and directive comments are honoured as in Markdown.
import type { LineIndex } from './line-index';
import { type Block, type DirectiveComment, type Segmentation, blankSpans, urlSpans } from './blocks';

const COMMENT = /<!--\s*(valued-[\s\S]*?)-->/g;

export function segmentPlaintext(text: string, lines: LineIndex): Segmentation {
  const blocks: Block[] = [];
  const directives: DirectiveComment[] = [];
  let first = -1;
  const close = (lastLine: number) => {
    const start = lines.starts[first];
    const end = lines.lineEnd(lastLine);
    const raw = text.slice(start, end);
    const spans = urlSpans(raw);
    if (raw.includes('valued-')) {
      COMMENT.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = COMMENT.exec(raw))) {
        spans.push([m.index, m.index + m[0].length]);
        directives.push({ start: start + m.index, end: start + m.index + m[0].length, body: m[1] });
      }
    }
    blocks.push({ start, end, prose: blankSpans(raw, spans) });
    first = -1;
  };
  for (let line = 0; line < lines.lineCount; line++) {
    const blankLine = !/\S/.test(text.slice(lines.starts[line], lines.lineEnd(line)));
    if (blankLine) {
      if (first >= 0) close(line - 1);
    } else if (first < 0) first = line;
  }
  if (first >= 0) close(lines.lineCount - 1);
  return { blocks, directives };
}
