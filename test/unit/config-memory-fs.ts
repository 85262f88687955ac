// An in-memory ConfigFs for loader tests: files by absolute path, folders implied.
import type { ConfigFs } from '../../server/src/config';

export class MemoryFs implements ConfigFs {
  private readonly files = new Map<string, { text: string; mtimeMs: number }>();
  private clock = 1;
  reads = 0;

  write(p: string, text: string): this {
    this.files.set(p, { text, mtimeMs: this.clock++ });
    return this;
  }

  remove(p: string): void {
    this.files.delete(p);
  }

  mkdir(p: string): this {
    this.files.set(p + '/.keep', { text: '', mtimeMs: this.clock++ });
    return this;
  }

  stat(p: string): { mtimeMs: number; size: number; isFile: boolean } | undefined {
    const f = this.files.get(p);
    if (f) return { mtimeMs: f.mtimeMs, size: f.text.length, isFile: true };
    for (const key of this.files.keys()) if (key.startsWith(p + '/')) return { mtimeMs: 0, size: 0, isFile: false };
    return undefined;
  }

  readFile(p: string): string {
    const f = this.files.get(p);
    if (!f) throw new Error(`ENOENT: ${p}`);
    this.reads++;
    return f.text;
  }
}
