import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startSandbox } from '../sandbox/server';
import { buildSandboxExtension } from './support/build-extension';
import { findChromium } from './support/chromium';
import { E2E_OUTPUT, E2E_SANDBOX_PORT } from './support/paths';

declare module 'vitest' {
  export interface ProvidedContext {
    sandboxOrigin: string;
    extensionDir: string;
  }
}

/** Checks for Chromium, builds the sandbox extension, and starts the sandbox (demo firm) for the whole e2e run. */
export default async function setup(project: TestProject) {
  findChromium();
  rmSync(`${E2E_OUTPUT}/profiles`, { recursive: true, force: true });
  const sandbox = await startSandbox({ port: E2E_SANDBOX_PORT, seed: 'demo' });
  project.provide('sandboxOrigin', sandbox.origin);
  project.provide('extensionDir', buildSandboxExtension(sandbox.origin));
  return () => sandbox.close();
}
