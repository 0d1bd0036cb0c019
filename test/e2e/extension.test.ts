import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EXTENSION_ID } from '../../lib/config/extension-identity';
import { launchExtension, type ExtensionBrowser } from './support/launch';

const origin = inject('sandboxOrigin');

interface DemoKeys {
  appPath: string;
  person: { key: string; name: string };
  organization: { key: string; name: string };
}

/** Picks a person and an organization of the demo firm through the sandbox's control API. */
async function demoKeys(): Promise<DemoKeys> {
  const credentials = (await (await fetch(`${origin}/__sandbox/credentials`)).json()) as { karbonAppPath: string };
  const state = (await (await fetch(`${origin}/__sandbox/state`)).json()) as {
    karbon: {
      contacts: { ContactKey: string; FirstName: string; LastName: string }[];
      organizations: { OrganizationKey: string; FullName: string }[];
    };
  };
  const person = state.karbon.contacts[0]!;
  const organization = state.karbon.organizations[0]!;
  return {
    appPath: credentials.karbonAppPath,
    person: { key: person.ContactKey, name: `${person.FirstName} ${person.LastName}` },
    organization: { key: organization.OrganizationKey, name: organization.FullName },
  };
}

describe('the sandbox extension in Chromium', () => {
  let browser: ExtensionBrowser;
  let keys: DemoKeys;

  beforeAll(async () => {
    browser = await launchExtension(inject('extensionDir'));
    keys = await demoKeys();
  });
  afterAll(() => browser?.close());

  it('starts its service worker under the fixed extension id', () => {
    expect(browser.worker.url()).toBe(`chrome-extension://${EXTENSION_ID}/background.js`);
  });

  it('mounts the Xero Client panel on a Karbon contact page and follows hash navigation', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${origin}${keys.appPath}#/contacts/${keys.person.key}`);
    const panel = page.getByRole('region', { name: 'Xero Client' });
    await expect.poll(() => panel.count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => panel.innerText()).toContain('not connected to Xero or Karbon');
    await browser.screenshot(page, 'panel-person-timeline');

    // On the Details tab the panel is the last of the contact's sections, where Karbon puts its own Xero Client block.
    await page.evaluate((key) => (location.hash = `#/contacts/${key}/details`), keys.person.key);
    await expect
      .poll(() => page.evaluate(() => document.querySelector('.contact-details')?.lastElementChild?.tagName))
      .toBe('KARBON-XERO-PANEL');
    await expect.poll(() => panel.count()).toBe(1);
    await browser.screenshot(page, 'panel-person-details');

    await page.evaluate((key) => (location.hash = `#/organizations/${key}`), keys.organization.key);
    await expect.poll(() => page.getByText(keys.organization.name).first().isVisible()).toBe(true);
    await expect.poll(() => panel.count()).toBe(1);
    await browser.screenshot(page, 'panel-organization');

    await page.evaluate(() => (location.hash = '#/contacts'));
    await expect.poll(() => panel.count()).toBe(0);
    await page.close();
  });

  it('opens Options from the panel', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${origin}${keys.appPath}#/contacts/${keys.person.key}`);
    const opened = browser.context.waitForEvent('page', { timeout: 10_000 });
    await page.getByRole('region', { name: 'Xero Client' }).getByRole('button', { name: 'Open Options' }).click();
    const options = await opened;
    expect(options.url()).toBe(`chrome-extension://${EXTENSION_ID}/options.html`);
    await options.close();
    await page.close();
  });

  it('shows connection health in the popup', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    const health = popup.getByRole('region', { name: 'Connection health' });
    await expect.poll(() => health.innerText()).toContain('Xero');
    expect(await health.innerText()).toContain('Not connected');
    await browser.screenshot(popup, 'popup');
    await popup.close();
  });

  it('stores settings from the options page across a reload', async () => {
    const options = await browser.openExtensionPage('options.html');
    const form = options.getByRole('form', { name: 'Settings' });
    await form.getByLabel('Sync with Xero Practice Manager').check();
    await form.getByLabel('Sync every (minutes, 0 = only when asked)').fill('15');
    await form.getByRole('button', { name: 'Save' }).click();
    const saved = options.getByRole('region', { name: 'Settings section' }).getByRole('status');
    // XPM is switched on but not connected: the save says so and points to the button that connects it.
    await expect
      .poll(() => saved.innerText())
      .toBe(
        'Settings saved. Xero Practice Manager is switched on but not connected yet: click Connect XPM under Accounts.',
      );
    await options.reload();
    await expect.poll(() => options.getByLabel('Sync every (minutes, 0 = only when asked)').inputValue()).toBe('15');
    expect(await options.getByLabel('Sync with Xero Practice Manager').isChecked()).toBe(true);
    expect(
      await browser.worker.evaluate(async () => (await chrome.alarms.get('scheduled-sync'))?.periodInMinutes),
    ).toBe(15);
    await browser.screenshot(options, 'options');
    await options.close();
  });
});
