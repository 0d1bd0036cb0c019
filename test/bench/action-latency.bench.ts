import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { connectAccounts } from '../e2e/support/connect';
import { launchExtension } from '../e2e/support/launch';
import { REPO_ROOT } from '../e2e/support/paths';
import { startSandbox } from '../sandbox/server';
import { judge, type BenchEntry } from './types';

const TARGET_MS = 2_000;
// Popup actions (half Confirm Match, half Ignore) and panel actions (Stop Syncing Contact, then Re-sync, per contact).
const POPUP_ACTIONS = { full: 12, quick: 4 };
const PANEL_CONTACTS = { full: 3, quick: 1 };
// A click that never answers still ends: the value is then this long, and the entry fails.
const GIVE_UP_MS = 120_000;

/** The p-th percentile (nearest rank) of `values`. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

const openCount = async (popup: Page) =>
  Number(/\((\d+)\)/.exec(await popup.getByRole('heading', { name: /^Open issues/ }).innerText())?.[1]);

/**
 * `action-latency-after-sync`: in Chromium with the sandbox extension on the demo firm, Preview and then the first real
 * Sync now, then at once single-record actions as staff would click them: Confirm Match and Ignore in the popup (until
 * the card has left the open issues), Stop Syncing Contact and Re-sync in a contact's panel (until the other button
 * shows). Each is timed from the click to that answer on screen; the value is their p95, target 2 s (issue 10: an
 * action never waits behind the sync's spent rate budget or its locks).
 */
export const actionLatencyBench: BenchEntry = {
  name: 'action latency',
  reports: ['action-latency-after-sync'],
  async run({ port, quick, log }) {
    const sandbox = await startSandbox({ port, seed: 'demo' });
    log(`building the sandbox extension for ${sandbox.origin}`);
    execFileSync(resolve(REPO_ROOT, 'node_modules/.bin/wxt'), ['build', '--mode', 'sandbox'], {
      cwd: REPO_ROOT,
      env: { ...process.env, SANDBOX_ORIGIN: sandbox.origin, EXTENSION_OUT_SUFFIX: '-bench' },
      stdio: 'pipe',
    });
    const browser = await launchExtension(resolve(REPO_ROOT, '.output/chrome-mv3-sandbox-bench'));
    try {
      await (await connectAccounts(browser, sandbox.credentials)).close();
      const popup = await browser.openExtensionPage('popup.html');
      await popup.setViewportSize({ width: 380, height: 600 });
      log('Preview');
      await popup.getByRole('button', { name: 'Preview' }).click();
      await popup.getByText(/nothing was written/).waitFor({ timeout: 300_000 });
      log('Sync now (the first real sync)');
      const syncStarted = Date.now();
      await popup.getByRole('button', { name: 'Sync now' }).click();
      await popup.getByRole('button', { name: 'Start first sync' }).click();
      await popup
        .getByLabel('Last sync')
        .getByText(/^Last sync/)
        .waitFor({ timeout: 600_000 });
      const syncSeconds = (Date.now() - syncStarted) / 1000;

      const times: { what: string; ms: number }[] = [];
      const failures: string[] = [];
      const timed = async (what: string, click: () => Promise<void>, answered: () => Promise<unknown>) => {
        const started = Date.now();
        await click();
        try {
          await answered();
          times.push({ what, ms: Date.now() - started });
        } catch {
          failures.push(`${what}: no answer within ${GIVE_UP_MS / 1000} s`);
          times.push({ what, ms: GIVE_UP_MS });
        }
      };

      const popupActions = quick ? POPUP_ACTIONS.quick : POPUP_ACTIONS.full;
      for (let i = 0; i < popupActions; i++) {
        const confirm = i % 2 === 0;
        const before = await openCount(popup);
        const button = confirm
          ? popup.getByRole('button', { name: 'Confirm Match', exact: true }).first()
          : popup.getByRole('button', { name: 'Ignore', exact: true }).first();
        const what = confirm ? 'popup Confirm Match' : 'popup Ignore';
        await timed(
          what,
          () => button.click(),
          () =>
            popup.waitForFunction(
              (n) => document.querySelector('[aria-label="Open issues"] h2')?.textContent === `Open issues (${n})`,
              before - 1,
              { timeout: GIVE_UP_MS, polling: 20 },
            ),
        );
      }

      const people = (sandbox.state().karbon?.contacts ?? []) as { ContactKey: string }[];
      const page = await browser.context.newPage();
      const panel = page.getByRole('region', { name: 'Xero Client' });
      let panelsDone = 0;
      for (const person of people.slice(0, 40)) {
        if (panelsDone >= (quick ? PANEL_CONTACTS.quick : PANEL_CONTACTS.full)) break;
        await page.goto(`${sandbox.origin}${sandbox.credentials.karbonAppPath}#/contacts/${person.ContactKey}`);
        const stop = panel.getByRole('button', { name: 'Stop Syncing Contact' });
        if (
          !(await stop.waitFor({ timeout: 5_000 }).then(
            () => true,
            () => false,
          ))
        )
          continue;
        const resync = panel.getByRole('button', { name: 'Re-sync' });
        await timed(
          'panel Stop Syncing Contact',
          () => stop.click(),
          () => resync.waitFor({ timeout: GIVE_UP_MS }),
        );
        await timed(
          'panel Re-sync',
          () => resync.click(),
          () => stop.waitFor({ timeout: GIVE_UP_MS }),
        );
        panelsDone++;
      }
      if (panelsDone === 0) failures.push('no linked contact showed Stop Syncing Contact in its panel');

      const ms = times.map((t) => t.ms);
      const served429 = sandbox.calls().served429;
      return [
        judge({
          name: 'action-latency-after-sync',
          value: percentile(ms, 95),
          unit: 'ms',
          target: TARGET_MS,
          failures,
          details: [
            { label: 'actions timed (click to answer on screen)', value: times.length },
            { label: 'median / max', value: `${percentile(ms, 50)} / ${Math.max(...ms)}`, unit: 'ms' },
            ...[...new Set(times.map((t) => t.what))].map((what) => ({
              label: what,
              value: times
                .filter((t) => t.what === what)
                .map((t) => t.ms)
                .join(', '),
              unit: 'ms',
            })),
            { label: 'the first real sync before them', value: syncSeconds.toFixed(1), unit: 's' },
            { label: '429 answers the sandbox served', value: served429 },
          ],
        }),
      ];
    } finally {
      await browser.close();
      await sandbox.close();
    }
  },
};
