import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { DEFAULT_SANDBOX_ORIGIN, REAL_HOST_PERMISSIONS, SANDBOX_PREFIX } from './lib/config/endpoints';
import { EXTENSION_PUBLIC_KEY } from './lib/config/extension-identity';
import { KARBON_FIRM, SANDBOX_XERO_CLIENT_ID } from './test/sandbox/core/credentials';

// The sandbox's public demo credentials, for Options' "Use sandbox" button (sandbox builds only).
const SANDBOX_DEMO = {
  xeroClientId: SANDBOX_XERO_CLIENT_ID,
  bearer: KARBON_FIRM.bearer,
  accessKey: KARBON_FIRM.accessKey,
};

// The sandbox build also reaches the loopback sandbox; override its origin with SANDBOX_ORIGIN at build time.
const sandboxOrigin = (process.env.SANDBOX_ORIGIN ?? DEFAULT_SANDBOX_ORIGIN).replace(/\/+$/, '');
const KARBON_MATCH = 'https://app2.karbonhq.com/*';
const sandboxKarbonApp = `${sandboxOrigin}${SANDBOX_PREFIX['app2.karbonhq.com']}/*`;
const CONTENT_SCRIPT_CONTEXT = fileURLToPath(new URL('./lib/karbon-page/content-script-context.ts', import.meta.url));

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  // The e2e suite builds its own sandbox copy (own port) beside the one a user loads, hence the optional suffix.
  outDirTemplate: `{{browser}}-mv{{manifestVersion}}-{{mode}}${process.env.EXTENSION_OUT_SUFFIX ?? ''}`,
  webExt: { disabled: true },
  vite: (env) => ({
    // BUNDLE_SOURCEMAP=1 writes source maps (no URL comment, so sizes stay exact) for the bundle bench's breakdown.
    ...(process.env.BUNDLE_SOURCEMAP ? { build: { sourcemap: 'hidden' as const } } : {}),
    define: {
      'import.meta.env.WXT_SANDBOX_ORIGIN': JSON.stringify(env.mode === 'sandbox' ? sandboxOrigin : ''),
      // Benchmarks only: a sandbox build whose worker paces calls on a clock CLOCK_SPEED times faster (lib/api/clock.ts).
      'import.meta.env.WXT_CLOCK_SPEED': JSON.stringify(
        env.mode === 'sandbox' ? (process.env.CLOCK_SPEED ?? '1') : '1',
      ),
      'import.meta.env.WXT_SANDBOX_DEMO': JSON.stringify(env.mode === 'sandbox' ? JSON.stringify(SANDBOX_DEMO) : ''),
    },
  }),
  manifest: ({ mode, browser }) => ({
    name: mode === 'sandbox' ? 'Karbon ⇄ Xero Sync (sandbox)' : 'Karbon ⇄ Xero Sync',
    description: 'Keeps Karbon contacts in sync with Xero and Xero Practice Manager.',
    // Chromium only: a fixed id keeps the OAuth redirect URL stable. Firefox rejects the key field.
    ...(browser === 'firefox' ? {} : { key: EXTENSION_PUBLIC_KEY }),
    permissions: ['storage', 'alarms', 'identity', 'unlimitedStorage'],
    host_permissions: [...REAL_HOST_PERMISSIONS, ...(mode === 'sandbox' ? [`${sandboxOrigin}/*`] : [])],
    action: { default_title: 'Karbon ⇄ Xero Sync' },
  }),
  hooks: {
    // The content script calls no polyfilled API (messages go through chrome.runtime, which is promise-based in Chrome
    // and Firefox), so it skips webextension-polyfill's 10 KB: content scripts load on every Karbon page.
    // Its context is lib/karbon-page/content-script-context.ts: WXT's invalidation without 3 kB of unused helpers.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      // Classic JSX calls h(type, props, ...children): about 1.5 kB less than the automatic runtime's `children:` keys
      // (its files must not import h or Fragment themselves: the injected import provides them).
      config.oxc = {
        ...(config.oxc || {}),
        jsx: { runtime: 'classic', pragma: 'h', pragmaFrag: 'Fragment' },
        jsxInject: "import { h, Fragment } from 'preact'",
      };
      const alias = config.resolve?.alias;
      const context = { find: 'wxt/utils/content-script-context', replacement: CONTENT_SCRIPT_CONTEXT };
      if (Array.isArray(alias)) {
        config.resolve!.alias = [...alias.filter((entry: { find: unknown }) => entry.find !== 'wxt/browser'), context];
      } else {
        const entries = { ...(alias as Record<string, string> | undefined) };
        delete entries['wxt/browser'];
        config.resolve = { ...config.resolve, alias: { ...entries, [context.find]: context.replacement } };
      }
    },
    // The Karbon content script (and the CSS it loads into its shadow root) also runs on the sandbox's Karbon-style app.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'sandbox') return;
      for (const script of manifest.content_scripts ?? []) {
        if (script.matches?.includes(KARBON_MATCH)) script.matches.push(sandboxKarbonApp);
      }
      // Chromium accepts only origin-wide patterns (path `/*`) in web_accessible_resources.
      for (const resource of manifest.web_accessible_resources ?? []) {
        if (typeof resource === 'object' && resource.matches?.includes(KARBON_MATCH)) {
          resource.matches.push(`${sandboxOrigin}/*`);
        }
      }
    },
  },
});
