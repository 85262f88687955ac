// The `valued` settings of each document: pulled with workspace/configuration when
// the client supports it (per resource, so folder settings apply), otherwise the
// last settings the client pushed, otherwise the defaults.
import { DEFAULT_SETTINGS, type ValuedSettings } from '../../../shared/src/settings';
import { SEVERITY_SETTINGS, type SeveritySetting } from '../../../shared/src/findings';

/** Untrusted input from the client made into complete, valid settings. */
export function normalizeSettings(raw: unknown): ValuedSettings {
  const o = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const rules: Record<string, SeveritySetting> = {};
  if (o.rules !== null && typeof o.rules === 'object') {
    for (const [id, sev] of Object.entries(o.rules as Record<string, unknown>)) {
      if (typeof sev === 'string' && (SEVERITY_SETTINGS as readonly string[]).includes(sev)) rules[id] = sev as SeveritySetting;
    }
  }
  const nonNegative = (v: unknown, d: number) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : d);
  return {
    enable: typeof o.enable === 'boolean' ? o.enable : DEFAULT_SETTINGS.enable,
    rules,
    debounceMs: nonNegative(o.debounceMs, DEFAULT_SETTINGS.debounceMs),
    maxFileSizeMB: nonNegative(o.maxFileSizeMB, DEFAULT_SETTINGS.maxFileSizeMB),
  };
}

/** Fetches the `valued` section for one resource; rejects when the client fails. */
export type PullSettings = (uri: string) => Promise<unknown>;

export class SettingsStore {
  private readonly resolved = new Map<string, ValuedSettings>();
  private readonly pending = new Map<string, Promise<ValuedSettings>>();
  private pushed: ValuedSettings = normalizeSettings(undefined);
  /** Bumped on every reset so a pull started before it cannot refill the cache. */
  private epoch = 0;

  constructor(
    private readonly pull: PullSettings | undefined,
    private readonly log: (message: string) => void,
  ) {}

  /** Settings already known for this document, without asking the client. */
  peek(uri: string): ValuedSettings | undefined {
    return this.pull ? this.resolved.get(uri) : this.pushed;
  }

  get(uri: string): Promise<ValuedSettings> {
    const known = this.peek(uri);
    if (known) return Promise.resolve(known);
    const inFlight = this.pending.get(uri);
    if (inFlight) return inFlight;
    const epoch = this.epoch;
    const p: Promise<ValuedSettings> = this.pull!(uri).then(
      // A client that has nothing to say for the section answers null.
      (raw) => (raw === null || raw === undefined ? this.pushed : normalizeSettings(raw)),
      (err: unknown) => {
        this.log(`Could not read the valued settings for ${uri}, using the pushed or default ones: ${String(err)}`);
        return this.pushed;
      },
    );
    void p.then((s) => {
      if (epoch !== this.epoch || this.pending.get(uri) !== p) return;
      this.pending.delete(uri);
      this.resolved.set(uri, s);
    });
    this.pending.set(uri, p);
    return p;
  }

  /**
   * workspace/didChangeConfiguration: the pushed settings stand in for clients that
   * cannot be asked; for the others the cache is dropped and pulled again.
   */
  changed(pushedSection: unknown): void {
    if (pushedSection !== undefined) this.pushed = normalizeSettings(pushedSection);
    this.reset();
  }

  forget(uri: string): void {
    this.resolved.delete(uri);
    this.pending.delete(uri);
  }

  reset(): void {
    this.epoch++;
    this.resolved.clear();
    this.pending.clear();
  }
}
