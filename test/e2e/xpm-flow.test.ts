import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectAccounts } from './support/connect';
import { launchExtension, type ExtensionBrowser } from './support/launch';
import { sandboxControl, type SandboxCredentials } from './support/sandbox-control';

const origin = inject('sandboxOrigin');
const sandbox = sandboxControl(origin);

const card = (email: string) => [{ IsPrimaryCard: true, EmailAddresses: [email] }];

// A small practice and firm: one client matching a Karbon organization on name and email (linked by the first sync),
// and one Karbon organization XPM does not have (pushed from its panel).
const DATASET = {
  xero: { contacts: [] },
  xpm: {
    clients: [
      { Name: 'Acme Pty Ltd', Email: 'accounts@acme.test', Phone: '02 9999 0000', BusinessStructure: 'Company' },
    ],
  },
  karbon: {
    organizations: [
      { FullName: 'Acme Pty Ltd', BusinessCards: card('accounts@acme.test') },
      { FullName: 'Brand New Co', BusinessCards: card('hello@brandnew.test') },
    ],
    contacts: [],
  },
};

interface StateOrg {
  OrganizationKey: string;
  FullName: string;
}

describe('Xero Practice Manager in Chromium against the sandbox', () => {
  let browser: ExtensionBrowser;
  let credentials: SandboxCredentials;

  beforeAll(async () => {
    await sandbox.reset('empty');
    await sandbox.loadDataset(DATASET);
    credentials = await sandbox.credentials();
    browser = await launchExtension(inject('extensionDir'));
  });
  afterAll(async () => {
    await browser?.close();
    // Leave the demo firm for the other e2e files.
    await sandbox.reset('demo');
  });

  it('connects XPM in Options with the same Xero sign-in and shows it connected', async () => {
    const options = await connectAccounts(browser, credentials);
    const consent = browser.context.waitForEvent('page', { timeout: 15_000 });
    await options.getByRole('button', { name: 'Connect XPM' }).click();
    await (await consent).getByRole('button', { name: 'Allow access' }).click();
    await expect
      .poll(() => options.getByRole('alert').innerText(), { timeout: 15_000 })
      .toBe('Xero Practice Manager connected and switched on.');
    const xpm = options.getByRole('list', { name: 'Connections' }).getByRole('listitem').nth(1);
    expect(await xpm.innerText()).toMatch(/Xero Practice Manager\s*Connected/);
    await browser.screenshot(options, 'options-xpm-connected');
    await options.close();
  });

  it(
    'Sync now runs Xero and XPM; the panel shows the linked organization in its XPM region',
    { timeout: 120_000 },
    async () => {
      const popup = await browser.openExtensionPage('popup.html');
      await popup.getByRole('button', { name: 'Sync now' }).click();
      const confirm = popup.getByRole('alertdialog', { name: 'Confirm first sync' });
      await confirm.getByRole('button', { name: 'Start first sync' }).click();
      await expect.poll(() => popup.getByLabel('Last sync').innerText(), { timeout: 90_000 }).toMatch(/^Last sync/);
      expect(await popup.getByLabel('Last sync').innerText()).toContain('Xero and Xero Practice Manager:');
      await popup.close();

      const orgs = (await sandbox.state()).karbon.organizations as unknown as StateOrg[];
      const acme = orgs.find((o) => o.FullName === 'Acme Pty Ltd')!;
      const page = await browser.context.newPage();
      await page.goto(`${origin}${credentials.karbonAppPath}#/organizations/${acme.OrganizationKey}/details`);
      const region = page.getByRole('region', { name: 'Xero Practice Manager' });
      await expect.poll(() => region.innerText(), { timeout: 20_000 }).toContain('Linked to Acme Pty Ltd');
      expect(await region.innerText()).toContain('matched on name and email');
      const fields = await region.getByRole('table', { name: 'Synced fields' }).innerText();
      expect(fields).toContain('XPM');
      expect(fields).toContain('02 9999 0000');
      // The page view read the client itself, so its XPM page is known.
      await expect
        .poll(() => region.getByRole('link', { name: 'Open in XPM' }).getAttribute('href'), { timeout: 20_000 })
        .toMatch(/^https:\/\/practicemanager\.xero\.com\/Client\/\d+\/Detail$/);
      await browser.screenshot(page, 'panel-xpm-linked');
      await page.close();
    },
  );

  it('pushes an unlinked organization to XPM from its panel, once', { timeout: 120_000 }, async () => {
    const orgs = (await sandbox.state()).karbon.organizations as unknown as StateOrg[];
    const fresh = orgs.find((o) => o.FullName === 'Brand New Co')!;
    const page = await browser.context.newPage();
    await page.goto(`${origin}${credentials.karbonAppPath}#/organizations/${fresh.OrganizationKey}/details`);
    const region = page.getByRole('region', { name: 'Xero Practice Manager' });
    await expect.poll(() => region.innerText(), { timeout: 20_000 }).toContain('not linked to an XPM client');
    await region.getByRole('button', { name: 'Push to XPM' }).click();
    await expect.poll(() => region.innerText(), { timeout: 60_000 }).toContain('Linked to Brand New Co');
    expect(await region.innerText()).toContain('created in XPM from Karbon');
    const clients = ((await sandbox.state()) as unknown as { xpm: { clients: Record<string, unknown>[] } }).xpm.clients;
    const made = clients.filter((c) => c.Name === 'Brand New Co');
    expect(made).toHaveLength(1);
    expect(made[0]!.ExportCode).toBe(fresh.OrganizationKey);
    await page.close();
  });
});
