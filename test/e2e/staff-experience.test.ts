import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchExtension, type ExtensionBrowser } from './support/launch';
import { karbonEmail, sandboxControl, type SandboxCredentials } from './support/sandbox-control';
import { REPO_ROOT } from './support/paths';

/** The README's pictures: this run refreshes them, so the README always shows the current screens. */
const README_SHOTS = resolve(REPO_ROOT, 'test/e2e/readme-screenshots');

async function readmeShot(page: Page, name: string, fullPage = true) {
  mkdirSync(README_SHOTS, { recursive: true });
  await page.screenshot({ path: resolve(README_SHOTS, `${name}.png`), fullPage });
}

const origin = inject('sandboxOrigin');
const sandbox = sandboxControl(origin);

/** Every service answers 503 (down), or normally again. */
async function servicesDown(down: boolean) {
  await fetch(`${origin}/__sandbox/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(down ? { rate: 1, kinds: ['503'], services: ['xero', 'karbon'] } : { rate: 0, queue: [] }),
  });
}

const openCount = async (popup: Page) =>
  Number(/\((\d+)\)/.exec(await popup.getByRole('heading', { name: /^Open issues/ }).innerText())?.[1]);

/** Two linked people of the demo firm (after the sync), with their names. */
async function twoLinkedPeople(): Promise<{ key: string; name: string }[]> {
  const state = await sandbox.state();
  const xero = new Set(state.xero.contacts.map((c) => `${c.Name.toLowerCase()}|${c.EmailAddress?.toLowerCase()}`));
  return state.karbon.contacts
    .map((p) => ({ key: p.ContactKey, name: `${p.FirstName} ${p.LastName}`, email: karbonEmail(p) }))
    .filter((p) => xero.has(`${p.name.toLowerCase()}|${p.email}`))
    .slice(0, 2);
}

describe('the staff experience in Chromium against the sandbox', () => {
  let browser: ExtensionBrowser;
  let credentials: SandboxCredentials;
  let popup: Page;

  beforeAll(async () => {
    await sandbox.reset('demo');
    await servicesDown(false);
    credentials = await sandbox.credentials();
    browser = await launchExtension(inject('extensionDir'));
  });
  afterAll(async () => {
    await servicesDown(false);
    await browser?.close();
  });

  it('names a wrong Client ID, then connects with Use sandbox', { timeout: 60_000 }, async () => {
    const options = await browser.openExtensionPage('options.html');
    const xero = options.getByRole('form', { name: 'Xero account' });
    await xero.getByLabel('Xero app Client ID').fill('0123456789ABCDEF0123456789ABCDEF');
    // Chromium fails the sign-in at once on the authorize page's 400; where a window shows the error, the user closes it.
    const consent = browser.context
      .waitForEvent('page', { timeout: 5_000 })
      .then((page) => page.close())
      .catch(() => undefined);
    await xero.getByRole('button', { name: 'Connect Xero' }).click();
    await consent;
    await expect
      .poll(() => options.getByRole('alert').innerText(), { timeout: 15_000 })
      .toContain('Xero does not recognise the Client ID 0123456789ABCDEF0123456789ABCDEF');
    expect(await options.getByRole('alert').innerText()).not.toContain('in Options');

    await options.getByRole('button', { name: 'Use sandbox' }).click();
    expect(await xero.getByLabel('Xero app Client ID').inputValue()).toBe(credentials.xero.clientId);
    const karbon = options.getByRole('form', { name: 'Karbon account' });
    expect(await karbon.getByLabel('Bearer token').inputValue()).toBe(credentials.karbon.bearer);
    const allow = browser.context.waitForEvent('page', { timeout: 15_000 });
    await xero.getByRole('button', { name: 'Connect Xero' }).click();
    await (await allow).getByRole('button', { name: 'Allow access' }).click();
    await expect.poll(() => options.getByRole('alert').innerText(), { timeout: 15_000 }).toBe('Xero connected.');
    await karbon.getByRole('button', { name: 'Connect Karbon' }).click();
    await expect.poll(() => options.getByRole('alert').innerText()).toContain('Karbon connected');
    await browser.screenshot(options, 'options');
    await readmeShot(options, 'options');
    await options.close();
  });

  it(
    'Preview lists what a sync would link, create (Person or Organization, and why) and flag',
    { timeout: 150_000 },
    async () => {
      popup = await browser.openExtensionPage('popup.html');
      await popup.setViewportSize({ width: 380, height: 600 });
      await popup.getByRole('button', { name: 'Preview' }).click();
      await expect
        .poll(() => popup.getByLabel('Last sync').innerText(), { timeout: 120_000 })
        .toContain('nothing was written');
      const lists = popup.getByRole('region', { name: 'Preview lists' });
      expect(await lists.innerText()).toMatch(/A real sync makes about [\d,]+ Karbon and [\d,]+ Xero calls/);
      const creates = lists.getByRole('list', { name: 'Would create in Karbon' });
      await lists.getByText(/^Would create in Karbon/).click();
      expect(await creates.getByRole('listitem').count()).toBeGreaterThan(0);
      expect(await creates.innerText()).toMatch(/Person|Organization/);
      expect(await lists.getByText(/^Would link \(\d+\)/).count()).toBe(1);
      expect(await lists.getByText(/^Would flag for review \(\d+\)/).count()).toBe(1);
      // Nothing overflows the popup's 380 px.
      expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);
      await browser.screenshot(popup, 'popup-preview');
      await readmeShot(popup, 'popup-preview');
    },
  );

  it('syncs after confirming, then resolves an issue with the keyboard alone, fast', { timeout: 300_000 }, async () => {
    await popup.getByRole('button', { name: 'Sync now' }).click();
    await popup.getByRole('button', { name: 'Start first sync' }).click();
    await expect.poll(() => popup.getByLabel('Sync progress').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => popup.getByLabel('Last sync').innerText(), { timeout: 240_000 }).toMatch(/^Last sync/);
    expect(await popup.getByLabel('Last sync').innerText()).toMatch(/\d+ linked, \d+ created, \d+ updated/);
    const before = await openCount(popup);
    expect(before).toBeGreaterThan(3);
    await browser.screenshot(popup, 'popup-after-sync');
    await readmeShot(popup, 'popup-issues');

    // Keyboard only: Tab to the first Confirm Match, Enter.
    await popup.locator('body').click({ position: { x: 1, y: 1 } });
    for (let i = 0; i < 120; i++) {
      await popup.keyboard.press('Tab');
      if ((await popup.evaluate(() => document.activeElement?.textContent?.trim())) === 'Confirm Match') break;
    }
    expect(await popup.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Confirm Match');
    const started = Date.now();
    await popup.keyboard.press('Enter');
    await expect.poll(() => openCount(popup), { timeout: 60_000, interval: 50 }).toBe(before - 1);
    const took = Date.now() - started;
    expect(took, `Confirm Match right after Preview + Sync now took ${took} ms`).toBeLessThan(2_000);
  });

  it('resolves several issues at once and restores an ignored one', async () => {
    const before = await openCount(popup);
    const boxes = popup.getByRole('checkbox', { name: /^Select: / });
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await boxes.nth(2).check();
    await popup.getByRole('button', { name: 'Ignore selected' }).click();
    await expect.poll(() => openCount(popup)).toBe(before - 3);
    await expect.poll(() => popup.getByRole('alert').innerText()).toContain('Resolved 3 of 3.');
    await popup.getByText(/^Ignored \(3\)/).click();
    await popup.getByRole('button', { name: 'Restore' }).first().click();
    await expect.poll(() => openCount(popup)).toBe(before - 2);
  });

  it('undoes an overwrite from the popup', async () => {
    const activity = popup.getByRole('list', { name: 'Recent changes' });
    const overwrite = activity
      .getByRole('listitem')
      .filter({ hasText: /in Karbon: .* → .* by Confirm Match/ })
      .first();
    const text = await overwrite.innerText();
    // Beside a long entry (an email before -> after) at 380 px, the button keeps its word on one line.
    const undo = overwrite.getByRole('button', { name: 'Undo' });
    expect((await undo.boundingBox())?.height).toBeLessThan(32);
    await undo.click();
    await expect.poll(() => popup.getByRole('alert').innerText()).toBe('Undone.');
    const undone = activity
      .getByRole('listitem')
      .filter({ hasText: text.split(' · by')[0] ?? text })
      .first();
    await expect.poll(() => undone.innerText()).toContain('undone');
    await browser.screenshot(popup, 'popup-activity');
  });

  it(
    'keeps the panel on the contact on screen across in-app navigation, a sync, and the API down',
    { timeout: 240_000 },
    async () => {
      const [a, b] = await twoLinkedPeople();
      if (!a || !b) throw new Error('The demo firm needs two linked people');
      const page = await browser.context.newPage();
      await page.goto(`${origin}${credentials.karbonAppPath}#/contacts/${a.key}/details`);
      const panel = page.getByRole('region', { name: 'Xero Client' });
      const fields = panel.getByRole('table', { name: 'Synced fields' });
      await expect.poll(() => fields.innerText(), { timeout: 15_000 }).toContain(a.name);
      await browser.screenshot(page, 'panel-linked');
      await readmeShot(page, 'panel-linked');

      await page.evaluate((key) => (location.hash = `#/contacts/${key}/details`), b.key);
      await expect.poll(() => fields.innerText()).toContain(b.name);
      expect(await fields.innerText()).not.toContain(a.name);

      // A sync in between, then back to the first contact.
      await popup.getByRole('button', { name: 'Sync now' }).click();
      await expect
        .poll(() => popup.getByLabel('Last sync').innerText(), { timeout: 180_000 })
        .toMatch(/^Last sync just now/);
      await page.evaluate((key) => (location.hash = `#/contacts/${key}/details`), a.key);
      await expect.poll(() => fields.innerText()).toContain(a.name);
      expect(await fields.innerText()).not.toContain(b.name);

      // The services go down: moving to the other contact still shows that contact, never the last one.
      await servicesDown(true);
      await page.evaluate((key) => (location.hash = `#/contacts/${key}/details`), b.key);
      await expect.poll(() => fields.innerText()).toContain(b.name);
      expect(await fields.innerText()).not.toContain(a.name);
      await page.evaluate((key) => (location.hash = `#/contacts/${key}/details`), a.key);
      await expect.poll(() => fields.innerText()).toContain(a.name);

      // Sync now says which service failed and why, once, and its pill shows it until the next success.
      await popup.getByRole('button', { name: 'Sync now' }).click();
      await expect
        .poll(() => popup.getByLabel('Last sync').innerText(), { timeout: 120_000 })
        .toMatch(/^Last sync just now: (Karbon|Xero) had a server error/);
      await expect.poll(() => popup.getByRole('list', { name: 'Connections' }).innerText()).toContain('Failing');
      await browser.screenshot(popup, 'popup-service-down');
      await servicesDown(false);
      await page.close();
    },
  );

  it("marks each contact in Karbon's contact list with its link state, from the extension's database", async () => {
    const [a] = await twoLinkedPeople();
    if (!a) throw new Error('The demo firm needs a linked person');
    const calls = async () => (await sandbox.calls()).services.karbon?.endpoints ?? {};
    const page = await browser.context.newPage();
    await page.goto(`${origin}${credentials.karbonAppPath}#/contacts`);
    const row = page.locator(`[href$="#/contacts/${a.key}"]`);
    await expect.poll(() => row.getByRole('img').getAttribute('aria-label')).toBe('Linked with Xero');
    const before = await calls();
    // Every listed row has one mark; the open issues' candidates say so.
    const rows = page.locator('a[href*="#/contacts/"], a[href*="#/organizations/"]');
    await expect.poll(() => page.locator('[data-kxs-mark]').count()).toBe(await rows.count());
    await expect
      .poll(() => page.getByRole('img', { name: 'Xero match to review in the extension' }).count())
      .toBeGreaterThan(0);
    await page.setViewportSize({ width: 1000, height: 420 });
    await readmeShot(page, 'contact-list', false);
    // The marks came from the database: listing and scrolling the list made no Karbon API call of the extension's.
    await page.getByRole('link', { name: 'People' }).click();
    await expect.poll(() => row.getByRole('img').getAttribute('aria-label')).toBe('Linked with Xero');
    expect(await calls()).toEqual(before);
    await page.close();
  });

  it('undoes an overwrite from the panel', { timeout: 120_000 }, async () => {
    // A match issue whose Karbon record has another email: Confirm Match in the panel replaces it with Xero's.
    await popup.reload();
    const card = popup
      .getByRole('article')
      .filter({ hasText: 'Differs: billing email' })
      .filter({ has: popup.getByRole('button', { name: 'Confirm Match', exact: true }) })
      .first();
    const karbonHref = await card.getByRole('link', { name: 'open' }).nth(1).getAttribute('href');
    const key = /\/(?:contacts|organizations)\/([A-Za-z0-9_-]+)$/.exec(karbonHref ?? '')?.[1];
    if (!karbonHref || !key) throw new Error(`No Karbon link on the card: ${karbonHref}`);
    const karbonRecord = async () => {
      const { karbon } = await sandbox.state();
      return [
        ...karbon.contacts.map((c) => [c.ContactKey, c] as const),
        ...karbon.organizations.map((o) => [o.OrganizationKey, o] as const),
      ].find(([k]) => k === key)?.[1];
    };
    const emailBefore = karbonEmail((await karbonRecord())!);

    const page = await browser.context.newPage();
    await page.goto(karbonHref);
    const panel = page.getByRole('region', { name: 'Xero Client' });
    await panel.getByRole('button', { name: 'Confirm Match', exact: true }).click();
    await expect.poll(() => panel.getByRole('status').innerText()).toBe('Resolved.');
    await expect.poll(async () => karbonEmail((await karbonRecord())!)).not.toBe(emailBefore);

    const changes = panel.getByRole('list', { name: "This contact's changes" });
    const overwrite = changes
      .getByRole('listitem')
      .filter({ hasText: /in Karbon: .* → .* by Confirm Match/ })
      .first();
    const what = (await overwrite.innerText()).split(' · by')[0] ?? '';
    await overwrite.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => panel.getByRole('status').innerText()).toBe('Undone.');
    const undone = changes.getByRole('listitem').filter({ hasText: what }).first();
    await expect.poll(() => undone.innerText()).toContain('undone');
    await expect.poll(async () => karbonEmail((await karbonRecord())!)).toBe(emailBefore);
    await browser.screenshot(page, 'panel-undone');
    await page.close();
  });

  it("confirms 'Person or Organization?' on Karbon's contact list, one each way", { timeout: 240_000 }, async () => {
    // Two couples appear in Xero; the next sync creates nothing for them and asks a person instead.
    const couples = ['Kirsten & Ole Bergqvist', 'Hamish & Tui Waretini'];
    await sandbox.addXeroContacts(couples.map((Name, i) => ({ Name, EmailAddress: `couple${i}@home.example` })));
    await popup.getByRole('combobox', { name: 'Show' }).selectOption('type');
    await popup.getByRole('button', { name: 'Sync now' }).click();
    const inPopup = popup.getByRole('article', { name: `Person or Organization? ${couples[0]}` });
    await expect.poll(() => inPopup.count(), { timeout: 180_000 }).toBe(1);

    const page = await browser.context.newPage();
    await page.goto(`${origin}${credentials.karbonAppPath}#/contacts`);
    const card = page.getByRole('region', { name: 'Xero contacts to add' });
    const reviews = couples.map((name) => card.getByRole('article', { name: `Person or Organization? ${name}` }));
    await expect.poll(() => reviews[1]!.count()).toBe(1);
    const chosen: string[] = [];
    for (const review of reviews) {
      // The suggestion is preselected and its reasons are listed; the other kind is chosen, so both ways are tried.
      const suggested = /Suggested: (Person|Organization)/.exec(await review.innerText())?.[1];
      expect(await review.getByRole('radio', { name: suggested, exact: true }).isChecked()).toBe(true);
      expect(await review.getByRole('list', { name: 'Reasons' }).getByRole('listitem').count()).toBeGreaterThan(0);
      const other = chosen.length === 0 ? 'Person' : 'Organization';
      chosen.push(other);
      await review.getByRole('radio', { name: other, exact: true }).check();
      if (chosen.length === 1) await readmeShot(page, 'contact-list-review', false);
      await review.getByRole('button', { name: 'Confirm' }).click();
      // Done, it leaves the card (and the card leaves the page with the last one).
      await expect.poll(() => review.count()).toBe(0);
    }
    await expect.poll(() => card.count()).toBe(0);
    const { karbon } = await sandbox.state();
    expect(karbon.contacts.some((p) => `${p.FirstName} ${p.LastName}`.includes('Bergqvist'))).toBe(true);
    expect(karbon.organizations.map((o) => o.FullName)).toContain('Hamish & Tui Waretini');
    await page.close();
  });
});
