// Secrets never reach a content script or a log (issue 12): the background wired as entrypoints/background.ts wires
// it (services, sync runner, change feed, handlers behind the message schema) against the sandbox over real HTTP.
// Options connects Xero through the consent page and Karbon with its keys, a sync runs, and a Karbon page's panel
// asks about contacts and acts on them; then every reply a content script received, everything logged, every progress
// report and the storage area content scripts can read are searched for the tokens and keys.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { KARBON_KEYS_KEY } from '../../../lib/auth/karbon-keys';
import { XERO_CONNECTION_KEY } from '../../../lib/auth/xero-token-store';
import { createChangeFeed } from '../../../lib/background/change-feed';
import { createHandlers } from '../../../lib/background/create-handlers';
import { describeError } from '../../../lib/background/describe-error';
import { createScheduledSync } from '../../../lib/background/scheduled-sync';
import { createServiceFailures } from '../../../lib/background/service-failures';
import { createServices } from '../../../lib/background/services';
import { createSyncRunner } from '../../../lib/background/sync-runner';
import { AppDb } from '../../../lib/db/app-db';
import { registerHandlers, type MessageSender } from '../../../lib/messages';
import { defaultSettings } from '../../../lib/settings/settings';
import { createSettingsStore } from '../../../lib/settings/settings-store';
import type { SyncProgress } from '../../../lib/sync';
import { startSandbox, type Sandbox } from '../../sandbox/server';
import { consentAs } from '../api/helpers/sandbox';

const ORIGIN = 'chrome-extension://test-extension-id/';
const OPTIONS_PAGE: MessageSender = { tab: { id: 1 }, url: `${ORIGIN}options.html` };
const POPUP: MessageSender = { url: `${ORIGIN}popup.html` };

let sb: Sandbox;
beforeAll(async () => {
  sb = await startSandbox({ port: 0, seed: 'empty' });
  const card = (email: string) => [{ IsPrimaryCard: true, EmailAddresses: [email] }];
  sb.loadDataset({
    xero: {
      contacts: [
        { Name: 'Acme Pty Ltd', EmailAddress: 'accounts@acme.test' },
        { Name: 'Jane Smith', FirstName: 'Jane', LastName: 'Smith', EmailAddress: 'jane@smith.test' },
        { Name: 'Gamma Ltd', EmailAddress: 'g@gamma.test' },
        { Name: 'Delta Trust', EmailAddress: 'd@delta.test' },
      ],
    },
    karbon: {
      organizations: [
        { FullName: 'Acme Pty Ltd', BusinessCards: card('accounts@acme.test') },
        { FullName: 'Gamma Ltd', BusinessCards: card('other@gamma.test') },
      ],
      contacts: [
        { FirstName: 'Ann', LastName: 'Lee', BusinessCards: card('ann@lee.test') },
        { FirstName: 'Bo', LastName: 'Chen', BusinessCards: card('bo@chen.test') },
      ],
    },
  });
});
afterAll(() => sb.close());

/** Delivers one message as the browser would from `sender`, and returns the background's reply. */
async function sendFrom(sender: MessageSender, type: string, data: unknown): Promise<{ ok: boolean; value?: unknown }> {
  let reply: unknown;
  await fakeBrowser.runtime.onMessage.trigger(
    { id: 1, type, data, timestamp: 0 },
    sender as never,
    (answer: unknown) => {
      reply = answer;
    },
  );
  for (let i = 0; i < 6000 && reply === undefined; i++) await new Promise((resolve) => setTimeout(resolve, 10));
  if (reply === undefined) throw new Error(`No answer to ${type}`);
  return (reply as { res: { ok: boolean; value?: unknown } }).res;
}

describe('secrets stay in the background', () => {
  it('no token or key in what content scripts receive or can read, in any log line or progress report', async () => {
    fakeBrowser.reset();
    const logged: unknown[][] = [];
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args)),
    );
    const progress: SyncProgress[] = [];
    // The background's composition, as entrypoints/background.ts makes it.
    const db = new AppDb(`secrets-${Date.now()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    const settings = createSettingsStore(fakeBrowser.storage.local, defaultSettings(sb.origin));
    const services = createServices({
      db,
      settings,
      fetch: (input, init) => fetch(input, init),
      sandboxOrigin: sb.origin,
      onProgress: (p) => {
        progress.push(p);
        runner.onProgress(p);
      },
    });
    const changes = createChangeFeed(fakeBrowser.storage.local);
    const failures = createServiceFailures(db);
    const runner = createSyncRunner({ db, services, settings, changes, failures, setBadge: async () => undefined });
    const scheduled = createScheduledSync({ db, settings, runner, lease: () => services.runnerLease() });
    const unregister = registerHandlers(
      createHandlers({
        settings,
        services,
        runner,
        scheduled,
        changes,
        failures,
        openOptionsPage: async () => undefined,
        launchWebAuthFlow: consentAs(sb, 'allow'),
      }),
      describeError,
      ORIGIN,
    );
    try {
      // Options connects both accounts; the popup runs a sync.
      expect(
        await sendFrom(OPTIONS_PAGE, 'saveSettings', { xeroClientId: sb.credentials.xero.clientId }),
      ).toMatchObject({ ok: true });
      expect(await sendFrom(OPTIONS_PAGE, 'connectXero', undefined)).toMatchObject({ ok: true });
      expect(await sendFrom(OPTIONS_PAGE, 'connectKarbon', sb.credentials.karbon)).toMatchObject({ ok: true });
      expect(await sendFrom(POPUP, 'syncNow', {})).toMatchObject({ ok: true, value: { createdInKarbon: 2 } });

      // A Karbon page's panel: status, refresh, and each action it offers, on several contacts.
      const page = (key: string): MessageSender => ({
        tab: { id: 9 },
        url: `${sb.origin}/karbon-app/x#/contacts/${key}`,
      });
      const toContentScripts: unknown[] = [];
      const links = await db.links.limit(4).toArray();
      const linked = new Set(links.map((l) => l.karbonKey));
      const people = ((sb.state().karbon?.contacts ?? []) as { ContactKey: string }[]).filter(
        (p) => !linked.has(p.ContactKey),
      );
      for (const link of links) {
        const ref = { kind: link.kind === 'person' ? 'contact' : 'organization', key: link.karbonKey };
        toContentScripts.push(await sendFrom(page(link.karbonKey), 'getContactStatus', ref));
        toContentScripts.push(await sendFrom(page(link.karbonKey), 'refreshContact', ref));
      }
      for (const person of people) {
        const ref = { kind: 'contact', key: person.ContactKey };
        toContentScripts.push(await sendFrom(page(person.ContactKey), 'createContactInXero', ref));
      }
      toContentScripts.push(await sendFrom(page('x'), 'unsync', { linkId: links[0]!.id }));
      toContentScripts.push(await sendFrom(page('x'), 'resync', { linkId: links[0]!.id }));
      // A page asking for what only Options may do learns nothing either.
      toContentScripts.push(await sendFrom(page('x'), 'getSettings', undefined));
      toContentScripts.push(await sendFrom(page('x'), 'connectKarbon', { bearer: 'b', accessKey: 'a' }));
      expect(toContentScripts.filter((r) => (r as { ok: boolean }).ok).length).toBeGreaterThanOrEqual(8);

      const xero = (await db.secrets.get(XERO_CONNECTION_KEY))?.value as {
        tokens: { accessToken: string; refreshToken: string };
      };
      const secrets = [
        xero.tokens.accessToken,
        xero.tokens.refreshToken,
        sb.credentials.karbon.bearer,
        sb.credentials.karbon.accessKey,
      ];
      expect(secrets.every((s) => s.length >= 20)).toBe(true);
      const readable = {
        replies: toContentScripts,
        // chrome.storage.local is open to content scripts: settings and change notices live there, secrets never.
        storage: await fakeBrowser.storage.local.get(null),
        logged,
        progress,
      };
      const text = JSON.stringify(readable);
      for (const secret of secrets) expect(text.includes(secret)).toBe(false);
      // The check can fail: the secrets are where they belong.
      expect(Object.keys(await fakeBrowser.storage.local.get(null))).not.toContain(KARBON_KEYS_KEY);
      expect(JSON.stringify(await db.secrets.toArray())).toContain(sb.credentials.karbon.bearer);
    } finally {
      unregister();
      for (const spy of spies) spy.mockRestore();
      db.close();
    }
  }, 120_000);
});
