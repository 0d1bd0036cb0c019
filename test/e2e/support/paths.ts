import { resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '../../..');
/** Ignored output of the e2e suite: screenshots and throwaway browser profiles. */
export const E2E_OUTPUT = resolve(REPO_ROOT, 'test-output/e2e');
export const SCREENSHOTS = resolve(E2E_OUTPUT, 'screenshots');
/** The sandbox build the suite loads (own out dir so it never clobbers the one a user loads by hand). */
export const E2E_EXTENSION_DIR = resolve(REPO_ROOT, '.output/chrome-mv3-sandbox-e2e');
/** The port the e2e sandbox listens on; it is baked into the e2e build's host permissions and matches. */
export const E2E_SANDBOX_PORT = Number(process.env.E2E_SANDBOX_PORT ?? 4610);
