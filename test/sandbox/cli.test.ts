import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Runs `tsx test/sandbox/cli.ts` with `args` until it has printed its banner, then stops it. */
function runCli(args: string[]): Promise<{ out: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/sandbox/cli.ts', ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`cli did not start: ${out}`));
    }, 30_000);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('Records:')) child.kill('SIGTERM');
    });
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ out, code });
    });
  });
}

describe('npm run sandbox', () => {
  it('prints its URLs and the demo credentials', async () => {
    const { out } = await runCli(['--port', '0', '--seed', 'demo']);
    expect(out).toMatch(/Sandbox listening on http:\/\/127\.0\.0\.1:\d+/);
    for (const text of [
      '/karbon-app/',
      '/xero-login/identity/connect/authorize',
      '/xero-identity/connect/token',
      '/karbon-api/v3',
      'Karbon Bearer',
      'Karbon AccessKey',
      'client id',
    ])
      expect(out).toContain(text);
    expect(out).toMatch(/Records: Xero 1\d\d contacts/);
  }, 40_000);

  it.each([['--faults', '7'], ['--seed', 'full'], ['--bogus']])(
    'rejects %s with usage and exit code 2',
    async (...args) => {
      const { out, code } = await runCli(args);
      expect(code).toBe(2);
      expect(out).toContain('usage: npm run sandbox');
    },
    40_000,
  );
});
