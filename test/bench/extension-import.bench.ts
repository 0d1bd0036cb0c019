import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { connectAccounts } from '../e2e/support/connect';
import { launchExtension, type ExtensionBrowser } from '../e2e/support/launch';
import { REPO_ROOT } from '../e2e/support/paths';
import { waitFor } from '../e2e/support/wait-for';
import { attachWorkerHeap, type WorkerHeap } from '../e2e/support/worker-heap';
import { buildScaleDataset } from '../sandbox/seed/scale';
import { startSandbox, type Sandbox } from '../sandbox/server';
import { judge, type BenchEntry, type BenchResult } from './types';

// Sandbox and worker clocks both run this many times faster than the wall clock: Karbon's 120 calls per (sandbox)
// minute become 120 per 0.6 s, so the import is bound by the worker's own work, which is what this entry measures.
const SPEED = 100;
const NAVIGATIONS = 40;
// DESIGN.md section 6: the panel shows a contact's status within 150 ms (p95) of navigating to it, 50,000 links stored.
const PANEL_P95_MS = 150;
// "The service worker keeps memory flat while importing 50,000 contacts": the heap's peak over the whole import stays
// within 1.5x of its peak over the first fifth (a heap that grew with the contacts read would be about 5x).
const MAX_GROWTH = 1.5;
const MAX_IMPORT_MINUTES = 25;

/**
 * In Chromium, the real extension against the sandbox with a scale firm (50,000 records per system; `--quick` 5,000):
 * - `sw-import-50k`: the first Sync now of the firm (match 50,000 x 50,000, link, create the rest in Karbon), timed
 *   from the click to the result line, with the service worker's V8 heap sampled every second over CDP;
 * - `panel-latency-p95`: then, with every link stored, in-app navigations to linked contacts on the Karbon-style page,
 *   timed in the page from the route change to the panel showing that contact's status pill.
 */
export const extensionImportBench: BenchEntry = {
  name: 'extension import',
  reports: ['sw-import-50k', 'panel-latency-p95'],
  async run({ port, quick, log }) {
    const firm = quick ? 5_000 : 50_000;
    const sb = await startSandbox({ port, seed: 'empty', speed: SPEED });
    let browser: ExtensionBrowser | undefined;
    try {
      log(`loading the ${firm} x ${firm} firm; building the sandbox extension at clock speed ${SPEED}`);
      sb.loadDataset(buildScaleDataset(firm));
      const dir = await buildBenchExtension(sb.origin);
      browser = await launchExtension(dir);
      await (await connectAccounts(browser, sb.credentials)).close();
      const heap = await attachWorkerHeap(browser);
      const imported = await timeImport(browser, sb, heap, firm, log);
      const links = await storedLinks(browser);
      log(`${links.length} links stored; timing ${NAVIGATIONS} navigations`);
      const panel = await timePanel(browser, sb, links, firm);
      await heap.detach();
      return [imported, panel];
    } finally {
      await browser?.close();
      await sb.close();
    }
  },
};

async function buildBenchExtension(origin: string): Promise<string> {
  await promisify(execFile)(resolve(REPO_ROOT, 'node_modules/.bin/wxt'), ['build', '--mode', 'sandbox'], {
    cwd: REPO_ROOT,
    env: { ...process.env, SANDBOX_ORIGIN: origin, EXTENSION_OUT_SUFFIX: '-bench', CLOCK_SPEED: String(SPEED) },
    maxBuffer: 16 * 1024 * 1024,
  });
  return resolve(REPO_ROOT, '.output/chrome-mv3-sandbox-bench');
}

async function timeImport(
  browser: ExtensionBrowser,
  sb: Sandbox,
  heap: WorkerHeap,
  firm: number,
  log: (line: string) => void,
): Promise<BenchResult> {
  const popup = await browser.openExtensionPage('popup.html');
  await popup.setViewportSize({ width: 380, height: 600 });
  const samples: number[] = [];
  const before = sb.calls();
  const started = Date.now();
  await popup.getByRole('button', { name: 'Sync now' }).click();
  // The first real sync asks before it creates anything.
  await popup.getByRole('button', { name: 'Start first sync' }).click();
  let lastLog = 0;
  const lastSync = await waitFor(
    'the result line of the first sync',
    async () => {
      samples.push(await heap.usedBytes());
      if (Date.now() - lastLog > 30_000) {
        lastLog = Date.now();
        const progress = await popup
          .getByLabel('Sync progress')
          .innerText({ timeout: 1_000 })
          .catch(() => '');
        log(`${Math.round((Date.now() - started) / 1000)} s, heap ${mb(samples.at(-1) ?? 0)} MB: ${progress}`);
      }
      return popup.getByLabel('Last sync').innerText({ timeout: 1_000 });
    },
    (text) => /^Last sync/.test(text),
    { timeoutMs: MAX_IMPORT_MINUTES * 60_000, intervalMs: 1_000 },
  );
  const seconds = (Date.now() - started) / 1000;
  await popup.close();
  const after = sb.calls();
  const calls = (service: 'xero' | 'karbon') =>
    (after.services[service]?.total ?? 0) - (before.services[service]?.total ?? 0);
  const peak = Math.max(...samples);
  const earlyPeak = Math.max(...samples.slice(0, Math.max(1, Math.ceil(samples.length / 5))));
  const growth = peak / earlyPeak;
  const failures: string[] = [];
  if (!/\d+ linked, \d+ created/.test(lastSync)) failures.push(`the sync did not finish cleanly: ${lastSync}`);
  if (growth > MAX_GROWTH) failures.push(`heap grew ${growth.toFixed(2)}x over the import (flat: <= ${MAX_GROWTH}x)`);
  const served429 = after.served429 - before.served429;
  return judge({
    name: 'sw-import-50k',
    value: Number(seconds.toFixed(1)),
    unit: 's',
    target: MAX_IMPORT_MINUTES * 60,
    failures,
    details: [
      { label: 'firm', value: `${firm} Xero x ${firm} Karbon contacts` },
      { label: 'result line', value: lastSync.replace(/\s+/g, ' ') },
      {
        label: 'service worker heap: peak / peak of the first fifth',
        value: `${mb(peak)} / ${mb(earlyPeak)}`,
        unit: 'MB',
      },
      {
        label: 'heap growth over the import',
        value: `${growth.toFixed(2)}x (${samples.length} samples, 1 per second)`,
      },
      { label: 'calls', value: `xero ${calls('xero')}, karbon ${calls('karbon')}; 429s ${served429}` },
      {
        label: 'clock',
        value: `sandbox and worker clocks at ${SPEED}x: the real limits hold (120 Karbon calls per sandbox minute), in ${((seconds * SPEED) / 60).toFixed(0)} sandbox minutes`,
      },
    ],
  });
}

interface StoredLink {
  karbonKey: string;
  kind: string;
}

// Read in an extension page, which shares the worker's IndexedDB (lib/db/app-db.ts: 'karbon-xero-sync', table links).
async function storedLinks(browser: ExtensionBrowser): Promise<StoredLink[]> {
  const page = await browser.openExtensionPage('popup.html');
  try {
    return await page.evaluate(
      () =>
        new Promise<StoredLink[]>((done, fail) => {
          const open = indexedDB.open('karbon-xero-sync');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const read = open.result.transaction('links').objectStore('links').getAll();
            read.onerror = () => fail(read.error);
            read.onsuccess = () =>
              done(
                (read.result as { karbonKey: string; kind: string; state: string; system?: string }[])
                  .filter((l) => l.state === 'linked' && (l.system ?? 'xero') === 'xero')
                  .map((l) => ({ karbonKey: l.karbonKey, kind: l.kind })),
              );
          };
        }),
    );
  } finally {
    await page.close();
  }
}

async function timePanel(
  browser: ExtensionBrowser,
  sb: Sandbox,
  links: StoredLink[],
  firm: number,
): Promise<BenchResult> {
  const names = karbonNames(sb);
  const picks = spread(links, NAVIGATIONS + 1);
  const [first, ...rest] = picks;
  if (!first) throw new Error('no linked contact to open');
  const page = await browser.context.newPage();
  const app = `${sb.origin}${sb.credentials.karbonAppPath}`;
  const firstStarted = Date.now();
  await page.goto(`${app}#${routeOf(first)}`);
  await waitForPanel(page, names.get(first.karbonKey) ?? '');
  const firstLoad = Date.now() - firstStarted;
  const times: number[] = [];
  for (const link of rest) times.push(await navigate(page, routeOf(link), names.get(link.karbonKey) ?? ''));
  await page.close();
  const sorted = [...times].sort((a, b) => a - b);
  const p = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  return judge({
    name: 'panel-latency-p95',
    value: Number(p(0.95).toFixed(1)),
    unit: 'ms',
    target: PANEL_P95_MS,
    // After its first sync nearly every Xero contact is linked (matched or created in Karbon); the scale firm's few
    // look-alike names are flagged for review instead (about 2.5%).
    failures: links.length < firm * 0.95 ? [`only ${links.length} links stored for a firm of ${firm}`] : [],
    details: [
      { label: 'links stored', value: links.length },
      { label: 'in-app navigations (hash route change to status pill)', value: times.length },
      {
        label: 'p50 / p95 / max',
        value: `${p(0.5).toFixed(1)} / ${p(0.95).toFixed(1)} / ${sorted.at(-1)?.toFixed(1)}`,
        unit: 'ms',
      },
      { label: 'first page load to status pill (whole page and content script start)', value: firstLoad, unit: 'ms' },
    ],
  });
}

const routeOf = (link: StoredLink) => `/${link.kind === 'org' ? 'organizations' : 'contacts'}/${link.karbonKey}`;

// Runs in the page, as source text: tsx would wrap named functions in a `__name` helper the page does not have.
const PANEL_SHOWN = `(name) => {
  const panel = document.querySelector('karbon-xero-panel')?.shadowRoot?.querySelector('section[aria-label="Xero Client"]');
  return !!panel?.querySelector('.kxs-pill') && (panel.textContent ?? '').includes(name);
}`;

// Timed inside the page: from setting the route to the frame where the panel shows a status pill and the contact's name.
async function navigate(page: Page, route: string, name: string): Promise<number> {
  const script = `new Promise((done, fail) => {
    const shown = ${PANEL_SHOWN};
    const started = performance.now();
    const check = () => {
      if (shown(${JSON.stringify(name)})) done(performance.now() - started);
      else if (performance.now() - started > 10000) fail(new Error('no status after 10 s for ' + ${JSON.stringify(route)}));
      else requestAnimationFrame(check);
    };
    location.hash = ${JSON.stringify(route)};
    requestAnimationFrame(check);
  })`;
  return (await page.evaluate(script)) as number;
}

async function waitForPanel(page: Page, name: string): Promise<void> {
  await waitFor(
    'the panel on the first contact',
    async () => (await page.evaluate(`(${PANEL_SHOWN})(${JSON.stringify(name)})`)) as boolean,
    (shown) => shown,
    { timeoutMs: 30_000 },
  );
}

function karbonNames(sb: Sandbox): Map<string, string> {
  const karbon = sb.state().karbon as {
    contacts?: { ContactKey: string; FirstName?: string; LastName?: string }[];
    organizations?: { OrganizationKey: string; FullName?: string }[];
  };
  const names = new Map<string, string>();
  for (const c of karbon.contacts ?? []) names.set(c.ContactKey, `${c.FirstName ?? ''} ${c.LastName ?? ''}`.trim());
  for (const o of karbon.organizations ?? []) names.set(o.OrganizationKey, o.FullName ?? '');
  return names;
}

/** `count` items spread evenly over `items` (people and organizations alike, early and late links). */
function spread<T>(items: T[], count: number): T[] {
  if (items.length <= count) return items;
  const step = items.length / count;
  return Array.from({ length: count }, (_, i) => items[Math.floor(i * step)] as T);
}

const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
