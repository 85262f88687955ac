// Entry point of dist/cli.js (`valued`): wiring only; see cli/run.ts.
import { version } from '../../package.json';
import { runCli } from './cli/run';

runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdin: process.stdin,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  version,
}).then(
  (code) => {
    // exitCode, not exit(): piped output is flushed before the process ends.
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`valued: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 2;
  },
);
