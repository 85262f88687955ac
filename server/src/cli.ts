// Entry point of dist/cli.js (`valued`): wiring only; see cli/run.ts.
import { compileRegExpsNatively } from './regexp-flags';
import { version } from '../../package.json';
import { runCli } from './cli/run';

compileRegExpsNatively();

// `valued docs | head`: the reader went away; that is not a failure worth a stack trace.
let readerGone = false;
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  readerGone = true;
});

runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdin: process.stdin,
  stdout: (text) => {
    if (!readerGone) process.stdout.write(text);
  },
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
