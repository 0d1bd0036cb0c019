// Two members of staff, two Chromium profiles, one firm: one browser is chosen as the firm's scheduled sync runner
// in Options, its schedule runs, and both popups say so (the marker lives in Karbon, not in either browser).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectAccounts } from './support/connect';
import { launchExtension, type ExtensionBrowser } from './support/launch';
import { sandboxControl, type SandboxCredentials } from './support/sandbox-control';

const sandbox = sandboxControl(inject('sandboxOrigin'));
const runnerLine = (page: Page) => page.getByRole('status', { name: 'Scheduled sync runner' }).innerText();

describe('one scheduled sync runner per firm, shown in every popup', () => {
  let anna: ExtensionBrowser;
  let ben: ExtensionBrowser;
  let credentials: SandboxCredentials;

  beforeAll(async () => {
    await sandbox.reset('empty');
    credentials = await sandbox.credentials();
    anna = await launchExtension(inject('extensionDir'));
    ben = await launchExtension(inject('extensionDir'));
  });
  afterAll(async () => {
    await anna?.close();
    await ben?.close();
    // Other e2e files read the demo firm the global setup seeded.
    await sandbox.reset('demo');
  });

  it('both members of staff connect the same Xero organisation and Karbon firm', async () => {
    for (const b of [anna, ben]) await (await connectAccounts(b, credentials)).close();
  });

  it('Anna makes her browser the runner in Options', async () => {
    const options = await anna.openExtensionPage('options.html');
    const section = options.getByRole('region', { name: 'Scheduled sync runner' });
    await expect.poll(() => runnerLine(options)).toContain("No browser runs the firm's scheduled sync yet");
    await section.getByLabel('Your name (shown to colleagues)').fill('Anna');
    await section.getByRole('button', { name: 'Run scheduled syncs from this browser' }).click();
    await expect
      .poll(() => runnerLine(options))
      .toBe("Scheduled sync runs from Anna's browser (this one), not run yet.");
    await anna.screenshot(options, 'options-sync-runner');
    await options.close();
  });

  it("Anna's schedule runs; Ben's does not; both popups name Anna's browser and its last run", async () => {
    // Fire each browser's scheduled-sync alarm now, as Chrome would at the interval.
    for (const b of [anna, ben]) {
      await b.worker.evaluate(() => chrome.alarms.create('scheduled-sync', { when: Date.now() }));
    }
    // A popup reads the marker when it opens: reopen Anna's until her scheduled run has finished and renewed it.
    const annaPopup = await anna.openExtensionPage('popup.html');
    await expect
      .poll(
        async () => {
          await annaPopup.reload();
          return runnerLine(annaPopup);
        },
        { timeout: 60_000, interval: 1_000 },
      )
      .toBe("Scheduled sync runs from Anna's browser (this one), last run just now.");
    const benPopup = await ben.openExtensionPage('popup.html');
    await expect.poll(() => runnerLine(benPopup)).toBe("Scheduled sync runs from Anna's browser, last run just now.");
    await ben.screenshot(benPopup, 'popup-sync-runner-other-browser');
    // Ben's alarm has fired (a one-shot alarm is gone once fired) and left the sync to Anna: no run of his own.
    await expect
      .poll(() => ben.worker.evaluate(async () => (await chrome.alarms.get('scheduled-sync')) === undefined))
      .toBe(true);
    await benPopup.reload();
    await expect.poll(() => runnerLine(benPopup)).toContain("Anna's browser");
    expect(await benPopup.getByRole('region', { name: 'Sync' }).innerText()).not.toMatch(/Last sync/i);
    // Sync now still works from Ben's browser (always safe: keyed creates).
    await benPopup.getByRole('button', { name: 'Sync now' }).click();
    // His browser's first real sync asks first, like anyone's.
    await benPopup.getByRole('button', { name: 'Start first sync' }).click();
    await expect.poll(() => benPopup.getByRole('region', { name: 'Sync' }).innerText()).toMatch(/Last sync/i);
  });
});
