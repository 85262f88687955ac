// What can open a span the prose blanks (code, HTML, a link's destination, an e-mail
// address, a URL): one bit for each kind, and which kinds a stretch of text holds.
// The candidate step asks this of every chunk that holds an anchor word, more than
// half of a long text; the anchor pass notes where the characters are as it reads
// the text (AnchorIndex), so a chunk's kinds are looked up rather than searched for.
import { withRoomAt } from './int32';

export const CODE = 1;
export const TAG = 2;
export const LINK = 4;
export const AT = 8;
export const WEB = 16;

/** Every opener's last character that the pass marks wherever it stands: ` < ] @, the : of "://" and "mailto:". */
export const OPENER_ENDS = '`<]@:';
/**
 * Openers whose last character the pass marks only right after a run of word
 * characters that ends with the rest: "www." (a period ends most sentences, and was a
 * third of the marks on a megabyte of mail).
 */
export const OPENERS_AFTER_WORDS = ['www.'];

/** Which openers text[from, to) holds, as OPENERS finds them. */
const OPENERS = /[`<\]@]|:\/\/|www\.|mailto:/gi;
const KIND: Record<string, number> = { '`': CODE, '<': TAG, ']': LINK, '@': AT, '/': WEB, '.': WEB, ':': WEB };

export function openersIn(text: string): number {
  let kinds = 0;
  OPENERS.lastIndex = 0;
  while (kinds !== 31 && OPENERS.test(text)) kinds |= KIND[text[OPENERS.lastIndex - 1]];
  return kinds;
}

const COLON = 58;
const SLASH = 47;

/** Whether text[from, from + word.length) is `word`, a lower-case ASCII word, in either case. */
function isWordAt(text: string, from: number, word: string): boolean {
  if (from < 0) return false;
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(from + k) | 32) !== word.charCodeAt(k)) return false;
  return true;
}

/**
 * The openers of one text, from the places the anchor pass marked (OPENER_ENDS,
 * OPENERS_AFTER_WORDS) in order, each with its kind; asked which kinds a stretch holds, in order of stretches.
 * One for the process, set to each text in turn.
 */
export class Openers {
  private at = new Int32Array(256);
  private kinds = new Int32Array(256);
  private count = 0;
  private next = 0;

  /** `ends[0, count)`: where the last characters of openers may stand in the text, in order (at least every one there is). */
  reset(text: string, ends: Int32Array, count: number): this {
    this.count = this.next = 0;
    for (let k = 0; k < count; k++) {
      const i = ends[k];
      const kind = kindEndingAt(text, i);
      if (kind === 0) continue;
      this.at = withRoomAt(this.at, this.count);
      this.kinds = withRoomAt(this.kinds, this.count);
      this.at[this.count] = i;
      this.kinds[this.count++] = kind;
    }
    return this;
  }

  /**
   * The kinds of the openers in text[start, end), for stretches asked about in order.
   * An opener lies within one line, and a stretch is whole lines (a chunk), so an
   * opener whose last character is inside it is wholly inside it.
   */
  within(start: number, end: number): number {
    while (this.next < this.count && this.at[this.next] < start) this.next++;
    let kinds = 0;
    for (let k = this.next; k < this.count && this.at[k] < end; k++) kinds |= this.kinds[k];
    return kinds;
  }
}

/** The kind of the opener whose last character is text[i], if any: "://" is read from its colon. */
function kindEndingAt(text: string, i: number): number {
  switch (text.charCodeAt(i)) {
    case 96:
      return CODE;
    case 60:
      return TAG;
    case 93:
      return LINK;
    case 64:
      return AT;
    case COLON:
      return (text.charCodeAt(i + 1) === SLASH && text.charCodeAt(i + 2) === SLASH) || isWordAt(text, i - 6, 'mailto') ? WEB : 0;
    case 46:
      return isWordAt(text, i - 3, 'www') ? WEB : 0;
    default:
      return 0;
  }
}
