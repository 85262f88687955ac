// The `valued` command: collect files, resolve each one's configuration,
// analyse, report. Returns the exit status instead of exiting, so tests and the
// entry point share it and buffered output is never cut short.
import * as path from 'node:path';
import type { AnalyzeOptions, Finding } from '../../../shared/src/findings';
import { RULE_IDS } from '../../../shared/src/rules';
import { analyze } from '../analyzer';
import { type ConfigChainResult, ConfigLoader, type ConfigProblem, findRepositoryRoot, formatProblem, nodeConfigFs, unknownRuleIdMessage } from '../config';
import { HELP, parseCommandLine } from './args';
import { collectTargets, languageFor, readStdin, readTarget } from './files';
import { type FileReport, byPosition, formatJson, formatText, hasBlockingFindings, summarize } from './format';

export interface CliIo {
  cwd: string;
  stdin: NodeJS.ReadableStream;
  stdout(text: string): void;
  stderr(text: string): void;
  version: string;
  /** The analyzer; replaceable so tests can see exactly what options reach it. */
  analyze?: (text: string, options: AnalyzeOptions) => Finding[];
}

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_TROUBLE = 2;

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const command = parseCommandLine(argv);
  if (command.kind === 'help') {
    io.stdout(HELP + '\n');
    return EXIT_CLEAN;
  }
  if (command.kind === 'version') {
    io.stdout(io.version + '\n');
    return EXIT_CLEAN;
  }
  if (command.kind === 'usage-error') {
    io.stderr(`valued: ${command.message}\nRun "valued --help" for usage.\n`);
    return EXIT_TROUBLE;
  }
  const opts = command.options;
  let trouble = false;

  const loader = new ConfigLoader(nodeConfigFs);
  let explicitConfig: string | undefined;
  if (opts.configFile !== undefined) {
    explicitConfig = path.resolve(io.cwd, opts.configFile);
    if (!nodeConfigFs.stat(explicitConfig)?.isFile) {
      io.stderr(`valued: --config ${opts.configFile}: cannot read: no such file\n`);
      return EXIT_TROUBLE;
    }
  }
  const stopDirs = new Map<string, string | undefined>();
  const stopDirFor = (dir: string): string | undefined => {
    if (!stopDirs.has(dir)) stopDirs.set(dir, findRepositoryRoot(dir));
    return stopDirs.get(dir);
  };
  const layers = { overrideRules: opts.ruleOverrides };
  // A folder is looked up like a document in its parent: the parent's files decide whether it is ignored.
  const chainFor = (abs: string): ConfigChainResult =>
    explicitConfig ? loader.loadChainFromFiles(abs, [explicitConfig], layers) : loader.loadChain(abs, stopDirFor(path.dirname(abs)), layers);

  const { targets, errors } = collectTargets(opts.paths, io.cwd, opts.stdinFilename, (dir) => {
    const chain = chainFor(dir);
    return !chain.hasErrors && chain.ignored;
  });
  for (const e of errors) io.stderr(`valued: ${e}\n`);
  if (errors.length > 0) trouble = true;
  const chains = targets.map((t) => chainFor(t.abs));

  // Each file's problems once, however many documents share it.
  const printed = new Set<string>();
  for (const chain of chains) {
    for (const p of chain.problems) {
      const line = formatConfigProblem(p, io.cwd);
      if (printed.has(line)) continue;
      printed.add(line);
      io.stderr(line + '\n');
      if (p.severity === 'error') trouble = true;
    }
  }

  const knownIds = new Set<string>(RULE_IDS);
  for (const chain of chains) for (const f of chain.files) for (const r of f.effective.customRules) knownIds.add(r.id);
  const unknown = Object.keys(opts.ruleOverrides).filter((id) => !knownIds.has(id));
  if (unknown.length > 0) {
    for (const id of unknown) io.stderr(`valued: --rule: ${unknownRuleIdMessage(id, [...knownIds])}\n`);
    return EXIT_TROUBLE;
  }

  const reports: FileReport[] = [];
  for (let i = 0; i < targets.length; i++) {
    const target = targets[i];
    const chain = chains[i];
    // Never analyse with a configuration other than the one written: the error above says why.
    if (chain.hasErrors) continue;
    if (chain.ignored) {
      if (target.explicit) io.stderr(`${target.display}: skipped: matches an "ignore" pattern of .valued.json\n`);
      continue;
    }
    const read = target.fromStdin ? await readStdin(io.stdin, opts.maxFileSize) : readTarget(target, opts.maxFileSize);
    if (read.kind === 'error') {
      io.stderr(`valued: ${read.message}\n`);
      trouble = true;
      continue;
    }
    if (read.kind === 'skipped') {
      io.stderr(`${target.display}: ${read.reason}\n`);
      continue;
    }
    const findings = (io.analyze ?? analyze)(read.text, {
      languageId: languageFor(target.display),
      rules: chain.options.rules,
      customRules: chain.options.customRules,
    });
    reports.push({ path: target.display, findings: [...findings].sort(byPosition) });
  }

  if (opts.format === 'json') io.stdout(formatJson(reports));
  else {
    io.stdout(formatText(reports));
    io.stderr(summarize(reports) + '\n');
  }
  if (trouble) return EXIT_TROUBLE;
  return hasBlockingFindings(reports) ? EXIT_FINDINGS : EXIT_CLEAN;
}

/** `path:line:col: message`, the path relative to the working folder when inside it. */
function formatConfigProblem(p: ConfigProblem, cwd: string): string {
  const rel = path.relative(cwd, p.file);
  const shown = rel && !rel.startsWith('..' + path.sep) && rel !== '..' && !path.isAbsolute(rel) ? rel : p.file;
  return formatProblem(p, shown);
}
