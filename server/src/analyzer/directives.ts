// Inline directives: <!-- valued-disable [ids] --> ... <!-- valued-enable [ids] -->,
// <!-- valued-disable-next-line [ids] -->, <!-- valued-disable-line [ids] -->.
// No ids means every rule.
import type { DirectiveComment } from './blocks';
import type { Lines } from './line-index';

interface Parsed {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
  ids: string[] | null;
  offset: number;
  startLine: number;
  endLine: number;
}

const FORM = /^valued-(disable-next-line|disable-line|disable|enable)(?:\s+([\s\S]*?))?\s*$/;

export function parseDirective(body: string): { kind: Parsed['kind']; ids: string[] | null } | null {
  const m = FORM.exec(body.trim());
  if (!m) return null;
  const ids = (m[2] ?? '').split(/[\s,]+/).filter(Boolean);
  return { kind: m[1] as Parsed['kind'], ids: ids.length ? ids : null };
}

export interface Suppressor {
  suppressed(ruleId: string, offset: number, line: number): boolean;
}

const applies = (ids: string[] | null, ruleId: string) => ids === null || ids.includes(ruleId);

export function suppressorFor(comments: DirectiveComment[], lines: Lines): Suppressor | null {
  const parsed: Parsed[] = [];
  for (const c of comments) {
    const d = parseDirective(c.body);
    if (d) parsed.push({ ...d, offset: c.start, startLine: lines.lineOf(c.start), endLine: lines.lineOf(Math.max(c.start, c.end - 1)) });
  }
  if (parsed.length === 0) return null;
  parsed.sort((a, b) => a.offset - b.offset);
  const regions = parsed.filter((p) => p.kind === 'disable' || p.kind === 'enable');
  const lineRules = parsed.filter((p) => p.kind === 'disable-line' || p.kind === 'disable-next-line');
  return {
    suppressed(ruleId, offset, line) {
      for (const p of lineRules) {
        if (!applies(p.ids, ruleId)) continue;
        if (p.kind === 'disable-line' && line >= p.startLine && line <= p.endLine) return true;
        if (p.kind === 'disable-next-line' && line === p.endLine + 1) return true;
      }
      let off = false;
      for (const p of regions) {
        if (p.offset > offset) break;
        if (applies(p.ids, ruleId)) off = p.kind === 'disable';
      }
      return off;
    },
  };
}
