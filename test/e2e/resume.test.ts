import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectAccounts } from './support/connect';
import { launchExtension, type ExtensionBrowser } from './support/launch';
import { sandboxControl } from './support/sandbox-control';

const origin = inject('sandboxOrigin');
const sandbox = sandboxControl(origin);

async function karbonCount(): Promise<number> {
  const state = await sandbox.state();
  return state.karbon.contacts.length + state.karbon.organizations.length;
}

async function karbonCreates(): Promise<number> {
  const endpoints = (await sandbox.calls()).services.karbon?.endpoints ?? {};
  return (endpoints['POST Contacts'] ?? 0) + (endpoints['POST Organizations'] ?? 0);
}

describe('a service worker stopped in the middle of a sync', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    await sandbox.reset('demo');
    browser = await launchExtension(inject('extensionDir'));
  });
  afterAll(() => browser?.close());

  it('is connected to the sandbox', async () => {
    await (await connectAccounts(browser, await sandbox.credentials())).close();
  });

  it('resumes on its next start and ends with every contact created once', { timeout: 300_000 }, async () => {
    const popup = await browser.openExtensionPage('popup.html');
    await popup.getByRole('button', { name: 'Preview' }).click();
    await expect
      .poll(() => popup.getByLabel('Last sync').innerText(), { timeout: 60_000 })
      .toContain('nothing was written');
    const willCreate = Number(/create (\d+) in Karbon/.exec(await popup.getByLabel('Last sync').innerText())?.[1]);
    expect(willCreate).toBeGreaterThan(10);
    const before = await karbonCount();

    // Start the real sync, and stop the service worker once it has created some Karbon contacts but not all.
    await popup.getByRole('button', { name: 'Sync now' }).click();
    await popup.getByRole('button', { name: 'Start first sync' }).click();
    await expect.poll(karbonCreates, { timeout: 60_000, interval: 100 }).toBeGreaterThan(0);
    const cdp = await browser.context.newCDPSession(popup);
    await cdp.send('ServiceWorker.enable');
    const stopped = new Promise<void>((resolve) =>
      cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
        if (event.versions.some((v) => v.runningStatus === 'stopped')) resolve();
      }),
    );
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
    const createdAtStop = await karbonCreates();
    expect(createdAtStop).toBeLessThan(willCreate);
    await popup.close();

    // Any page of the extension wakes the worker; it finds the unfinished run and completes it.
    const again = await browser.openExtensionPage('popup.html');
    await expect.poll(karbonCount, { timeout: 200_000, interval: 1000 }).toBe(before + willCreate);
    await expect.poll(() => again.getByLabel('Last sync').innerText(), { timeout: 60_000 }).toMatch(/^Last sync/);
    expect(await karbonCount()).toBe(before + willCreate);

    // Nothing is left half-done: the next sync writes nothing.
    await again.getByRole('button', { name: 'Sync now' }).click();
    await expect
      .poll(() => again.getByLabel('Last sync').innerText(), { timeout: 120_000 })
      .toMatch(/: 0 linked, 0 created, 0 updated/);
    expect(await karbonCount()).toBe(before + willCreate);
    await browser.screenshot(again, 'popup-after-resume');
  });
});
