// Runs `npm run sync` (tsx lib/cli/sync.ts) as a child process against an in-process sandbox, optionally SIGKILLed
// once the sandbox has served a given number of calls to it.
import { spawn } from 'node:child_process';
import type { Sandbox } from '../sandbox/server';

/** How a child sync ended: its exit code (null when killed) and what it printed. */
export interface ChildRun {
  code: number | null;
  killed: boolean;
  output: string;
}

/** Runs the CLI with `--state FILE`; with `killAfterCalls`, SIGKILLs it as soon as the sandbox has served that many. */
export function runSyncChild(sb: Sandbox, state: string, killAfterCalls?: number): Promise<ChildRun> {
  const start = sb.calls().total;
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'lib/cli/sync.ts', '--sandbox', sb.origin, '--state', state],
      { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, INIT_CWD: process.cwd() } },
    );
    let output = '';
    let killed = false;
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const watch = setInterval(() => {
      if (killAfterCalls === undefined || killed) return;
      if (sb.calls().total - start >= killAfterCalls) {
        killed = true;
        child.kill('SIGKILL');
      }
    }, 2);
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`sync child hung: ${output}`));
    }, 170_000);
    child.on('exit', (code) => {
      clearInterval(watch);
      clearTimeout(timer);
      resolve({ code, killed, output });
    });
  });
}
