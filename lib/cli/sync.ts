// `npm run sync`: the sync engine in Node against the sandbox (default) or the real services. Progress on stderr.
import { USAGE, parseCliArgs } from './parse-args';
import { runCli } from './run-cli';

async function main(): Promise<number> {
  let options;
  try {
    options = parseCliArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  const report = await runCli(options, {
    fetch: (input, init) => globalThis.fetch(input, init),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  return report.error ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`sync failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
