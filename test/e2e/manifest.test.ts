import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_PUBLIC_KEY } from '../../lib/config/extension-identity';
import { REPO_ROOT } from './support/paths';

const REAL_HOSTS = [
  'https://app2.karbonhq.com/*',
  'https://api.xero.com/*',
  'https://identity.xero.com/*',
  'https://login.xero.com/*',
  'https://api.karbonhq.com/*',
];

interface Manifest {
  key?: string;
  host_permissions?: string[];
  permissions?: string[];
  content_scripts?: { matches: string[] }[];
  web_accessible_resources?: unknown[];
  externally_connectable?: unknown;
  content_security_policy?: unknown;
}

/** Runs `npm run <script>` (the README's commands) and reads the manifest it produced. */
function build(script: string, outDir: string, env: Record<string, string> = {}): Manifest {
  execFileSync('npm', ['run', script], { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: 'pipe' });
  return JSON.parse(readFileSync(resolve(REPO_ROOT, '.output', outDir, 'manifest.json'), 'utf8')) as Manifest;
}

let production: Manifest | undefined;
/** The production build's manifest (built once for the tests that read it). */
const productionManifest = () => (production ??= build('build', 'chrome-mv3-production'));

describe('builds', () => {
  it('the production build asks only for the real hosts, with the fixed key', () => {
    const manifest = productionManifest();
    expect(manifest.host_permissions?.sort()).toEqual([...REAL_HOSTS].sort());
    expect(manifest.content_scripts?.[0]?.matches).toEqual(['https://app2.karbonhq.com/*']);
    expect(manifest.key).toBe(EXTENSION_PUBLIC_KEY);
    expect(manifest.permissions).toEqual(expect.arrayContaining(['storage', 'alarms', 'identity']));
  });

  it('the production build exposes nothing to web pages: no external messaging, only the panel CSS on Karbon', () => {
    const manifest = productionManifest();
    // No web page or other extension can message the background; only content scripts and the extension's pages can.
    expect(manifest.externally_connectable).toBeUndefined();
    // The one resource a page can load is the panel's stylesheet, on Karbon only, behind a per-session URL.
    expect(manifest.web_accessible_resources).toEqual([
      { resources: ['content-scripts/karbon.css'], matches: ['https://app2.karbonhq.com/*'], use_dynamic_url: true },
    ]);
    // Nothing beyond what the sync needs (no tabs, scripting, cookies, webRequest or <all_urls>).
    expect(manifest.permissions?.sort()).toEqual(['alarms', 'identity', 'storage', 'unlimitedStorage']);
    expect(manifest.content_security_policy).toBeUndefined();
  });

  it('the sandbox build adds the loopback sandbox origin, overridable at build time', () => {
    const manifest = build('build:sandbox', 'chrome-mv3-sandbox-manifest-check', {
      SANDBOX_ORIGIN: 'http://127.0.0.1:4999',
      EXTENSION_OUT_SUFFIX: '-manifest-check',
    });
    expect(manifest.host_permissions?.sort()).toEqual([...REAL_HOSTS, 'http://127.0.0.1:4999/*'].sort());
    expect(manifest.content_scripts?.[0]?.matches).toEqual([
      'https://app2.karbonhq.com/*',
      'http://127.0.0.1:4999/karbon-app/*',
    ]);
  });

  it('the Firefox build builds, without the Chromium-only key', () => {
    const manifest = build('build:firefox', 'firefox-mv2-production');
    expect(manifest.key).toBeUndefined();
    expect(manifest.content_scripts?.[0]?.matches).toEqual(['https://app2.karbonhq.com/*']);
  });
});
