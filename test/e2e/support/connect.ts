import type { ExtensionBrowser } from './launch';
import type { SandboxCredentials } from './sandbox-control';
import { waitFor } from './wait-for';

/** Connects Xero (through the sandbox's consent page) and Karbon (key pair) in the options page, as a user would. */
export async function connectAccounts(browser: ExtensionBrowser, credentials: SandboxCredentials) {
  const options = await browser.openExtensionPage('options.html');
  const alert = () => options.getByRole('alert').innerText();
  const xero = options.getByRole('form', { name: 'Xero account' });
  await xero.getByLabel('Xero app Client ID').fill(credentials.xero.clientId);
  const consent = browser.context.waitForEvent('page', { timeout: 15_000 });
  await xero.getByRole('button', { name: 'Connect Xero' }).click();
  await (await consent).getByRole('button', { name: 'Allow access' }).click();
  await waitFor('"Xero connected."', alert, (text) => text === 'Xero connected.');

  const karbon = options.getByRole('form', { name: 'Karbon account' });
  await karbon.getByLabel('Bearer token').fill(credentials.karbon.bearer);
  await karbon.getByLabel('Access Key').fill(credentials.karbon.accessKey);
  await karbon.getByRole('button', { name: 'Connect Karbon' }).click();
  await waitFor('"Karbon connected"', alert, (text) => text.includes('Karbon connected'));
  return options;
}
