// Documents the analyzer should not be asked to read: too large to check while
// typing, or not text at all.

const BYTES_PER_MB = 1024 * 1024;
const SNIFF_CHARS = 8192;
/** Share of control characters in the first 8 KB above which a document is binary. */
const BINARY_CONTROL_SHARE = 0.1;

export interface SkipReason {
  kind: 'too-large' | 'binary';
  message: string;
}

/** Whether the UTF-8 size exceeds the limit; the length alone decides most cases. */
export function exceedsBytes(text: string, limitBytes: number): boolean {
  // A UTF-16 code unit takes one to three UTF-8 bytes.
  if (text.length > limitBytes) return true;
  if (text.length * 3 <= limitBytes) return false;
  return Buffer.byteLength(text, 'utf8') > limitBytes;
}

export function formatSize(bytes: number): string {
  if (bytes < BYTES_PER_MB) return `${Math.ceil(bytes / 1024)} KB`;
  const mb = bytes / BYTES_PER_MB;
  return (mb >= 10 ? mb.toFixed(0) : mb.toFixed(1)) + ' MB';
}

/**
 * A binary file opened as text shows up as NUL bytes and other C0 controls. A
 * stray NUL in prose (pasted from a terminal, say) is still prose, so it takes a
 * real share of them, not just one.
 */
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, SNIFF_CHARS);
  if (n === 0) return false;
  let nul = 0;
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) nul++;
    if (c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13 && c !== 27) controls++;
  }
  return nul > 0 && controls / n > BINARY_CONTROL_SHARE;
}

export function skipReason(text: string, maxFileSizeMB: number): SkipReason | undefined {
  if (exceedsBytes(text, maxFileSizeMB * BYTES_PER_MB)) {
    return {
      kind: 'too-large',
      message: `Valued skipped this document: it is ${formatSize(Buffer.byteLength(text, 'utf8'))}, over the ${maxFileSizeMB} MB limit. Raise the setting valued.maxFileSizeMB to check it.`,
    };
  }
  if (looksBinary(text)) {
    return {
      kind: 'binary',
      message: 'Valued skipped this document: it looks binary (NUL bytes and control characters near its start), not like prose.',
    };
  }
  return undefined;
}
