// Per-document debounce: a burst of edits costs one analysis, after the last one.

export class Debouncer {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  /** Runs `run` after `delayMs`, replacing anything pending for `key`; 0 runs it now. */
  schedule(key: string, delayMs: number, run: () => void): void {
    this.cancel(key);
    if (delayMs <= 0) {
      run();
      return;
    }
    const timer = setTimeout(() => {
      this.timers.delete(key);
      run();
    }, delayMs);
    this.timers.set(key, timer);
  }

  cancel(key: string): void {
    const timer = this.timers.get(key);
    if (timer !== undefined) {
      clearTimeout(timer);
      this.timers.delete(key);
    }
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
