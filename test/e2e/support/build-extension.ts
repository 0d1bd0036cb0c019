import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { E2E_EXTENSION_DIR, REPO_ROOT } from './paths';

/** Builds the sandbox extension for `origin` (or reuses the last build with E2E_REUSE_BUILD=1) and returns its folder. */
export function buildSandboxExtension(origin: string): string {
  const reuse = process.env.E2E_REUSE_BUILD === '1' && existsSync(resolve(E2E_EXTENSION_DIR, 'manifest.json'));
  if (!reuse) {
    execFileSync(resolve(REPO_ROOT, 'node_modules/.bin/wxt'), ['build', '--mode', 'sandbox'], {
      cwd: REPO_ROOT,
      env: { ...process.env, SANDBOX_ORIGIN: origin, EXTENSION_OUT_SUFFIX: '-e2e' },
      stdio: 'pipe',
    });
  }
  return E2E_EXTENSION_DIR;
}
