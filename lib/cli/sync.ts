// `npm run sync`: the sync engine in Node against the sandbox (default) or the real services. Progress on stderr.
import { USAGE, parseCliArgs } from './parse-args';
import { exitCode, runCli } from './run-cli';
import { callerPath } from './state-store';

async function main(): Promise<number> {
  let options;
  try {
    options = parseCliArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  // `npm run` starts in the project folder: files named on the command line are the caller's (INIT_CWD).
  if (options.state) options.state = callerPath(options.state);
  if (options.report) options.report = callerPath(options.report);
  const report = await runCli(options, {
    fetch: (input, init) => globalThis.fetch(input, init),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  return exitCode(report);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`sync failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
