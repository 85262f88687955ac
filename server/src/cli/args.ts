// Command-line parsing: node's util.parseArgs, strict, with the errors turned
// into usage messages (exit 2) instead of stack traces.
import { parseArgs } from 'node:util';
import type { SeveritySetting } from '../../../shared/src/findings';
import { SEVERITY_SETTINGS } from '../../../shared/src/findings';

export type OutputFormat = 'text' | 'json';

export interface CliOptions {
  paths: string[];
  format: OutputFormat;
  stdinFilename?: string;
  configFile?: string;
  /** From repeated `--rule id=severity`, later ones winning. */
  ruleOverrides: Record<string, SeveritySetting>;
  /** Bytes; 0 means no limit. */
  maxFileSize: number;
}

export type ParsedCommand =
  | { kind: 'run'; options: CliOptions }
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'usage-error'; message: string };

export const HELP = `Usage: valued [options] <file|dir|->...

Checks sales writing (Markdown and plain text) for language that makes you sound
eager to be liked instead of valuable. Directories are searched for .md,
.markdown and .txt files (node_modules and dot-folders skipped); "-" reads stdin.

Options:
  --format <text|json>       output format (default: text)
  --stdin-filename <name>    name for stdin: picks its language (.md/.markdown
                             = Markdown, else plain text) and where its
                             .valued.json is searched from
  --config <file>            use this configuration file instead of searching
                             for .valued.json files
  --rule <id=severity>       set a rule's severity (off, hint, information,
                             warning, error); repeatable; wins over files
  --max-file-size-mb <n>     skip larger files (default: 5; 0 = no limit)
  -h, --help                 show this help
  -v, --version              show the version

Configuration: each file uses the .valued.json files from its folder up to the
repository root (the nearest folder holding .git), or up to the file system
root outside a repository; nearer files win for what they set.

Exit status: 0 no finding at warning or above; 1 such findings;
2 usage error, unreadable file or invalid configuration.`;

export function parseCommandLine(argv: string[]): ParsedCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        'stdin-filename': { type: 'string' },
        config: { type: 'string' },
        rule: { type: 'string', multiple: true },
        'max-file-size-mb': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    return { kind: 'usage-error', message: (e as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };

  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') return { kind: 'usage-error', message: `unknown --format "${format}": use text or json` };

  const ruleOverrides: Record<string, SeveritySetting> = {};
  for (const spec of values.rule ?? []) {
    const eq = spec.indexOf('=');
    const id = eq < 0 ? '' : spec.slice(0, eq).trim();
    const severity = eq < 0 ? '' : spec.slice(eq + 1).trim();
    if (!id) return { kind: 'usage-error', message: `--rule "${spec}": expected id=severity, e.g. --rule needs-noun=off` };
    if (!(SEVERITY_SETTINGS as readonly string[]).includes(severity)) {
      return { kind: 'usage-error', message: `--rule "${spec}": severity must be off, hint, information, warning or error` };
    }
    ruleOverrides[id] = severity as SeveritySetting;
  }

  let maxFileSize = 5 * 1024 * 1024;
  if (values['max-file-size-mb'] !== undefined) {
    const mb = Number(values['max-file-size-mb']);
    if (values['max-file-size-mb'].trim() === '' || !Number.isFinite(mb) || mb < 0) {
      return { kind: 'usage-error', message: `--max-file-size-mb "${values['max-file-size-mb']}": expected a number of megabytes, 0 or more` };
    }
    maxFileSize = mb * 1024 * 1024;
  }

  if (positionals.length === 0) return { kind: 'usage-error', message: 'no files given: name files, folders or - for stdin' };
  if (positionals.filter((p) => p === '-').length > 1) return { kind: 'usage-error', message: '"-" (stdin) can be given only once' };

  return {
    kind: 'run',
    options: {
      paths: positionals,
      format,
      stdinFilename: values['stdin-filename'],
      configFile: values.config,
      ruleOverrides,
      maxFileSize,
    },
  };
}
