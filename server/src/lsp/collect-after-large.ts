// Reading a large document leaves large garbage: the message that brought it (its
// bytes, and the text the protocol layer decoded from them, three times the
// document's size and more), and after each keystroke the previous version's text.
// It stays until the engine's next full collection, and a server gone idle may not
// reach one for a long time: with a 5 MB document open it was seen to sit at 164 MB
// for as long as it was left alone, against 131 MB once collected. One full
// collection, once the diagnostics of a large document are out and the server has
// been quiet for a moment, gives that memory back.
import type * as V8 from 'node:v8';
import type * as Vm from 'node:vm';

/** Documents this long (UTF-16 code units) or longer are followed by a collection. */
export const LARGE_DOCUMENT = 1_000_000;

export class CollectAfterLarge {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly collect: () => void,
    private readonly quietMs = 2000,
  ) {}

  /** Diagnostics of a document of this length are out: collect once things are quiet. */
  published(length: number): void {
    if (length < LARGE_DOCUMENT) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.collect();
    }, this.quietMs);
    // Never the reason the process stays up.
    this.timer.unref();
  }
}

let collection: (() => void) | undefined;

/**
 * The engine's full collection, for this process. Made on first use: it costs a new
 * context (some milliseconds), which the server's start need not pay.
 */
export function engineCollection(): () => void {
  return () => {
    // The engine gives its collection function only to contexts made after the flag is set.
    if (!collection) {
      // Required here, not imported: the modules cost the server's start about 11 ms.
      /* eslint-disable @typescript-eslint/no-require-imports */
      (require('node:v8') as typeof V8).setFlagsFromString('--expose-gc');
      collection = (require('node:vm') as typeof Vm).runInNewContext('gc') as () => void;
      /* eslint-enable @typescript-eslint/no-require-imports */
    }
    collection();
  };
}
