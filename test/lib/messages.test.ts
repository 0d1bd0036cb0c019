import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  CONTENT_SCRIPT_MESSAGES,
  registerHandlers,
  requestSchemas,
  type Handlers,
  type MessageName,
  type MessageSender,
  type Request,
} from '../../lib/messages';
import { sendToBackground } from '../../lib/send-message';
import { defaultSettings } from '../../lib/settings/settings';

const connections = {
  xero: { service: 'xero', state: 'not-connected' },
  xpm: { service: 'xpm', state: 'off' },
  karbon: { service: 'karbon', state: 'not-connected' },
} as const;

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  return {
    getContactStatus: async (contact) => ({ contact, connections }),
    getOverview: async () => ({ connections, issues: [], running: false }),
    getProgress: async () => ({ running: false }),
    openOptions: async () => null,
    getSettings: async () => defaultSettings(''),
    saveSettings: async (patch) => ({ ...defaultSettings(''), ...patch }),
    connectXero: async () => connections,
    disconnectXero: async () => connections,
    connectXpm: async () => connections,
    connectKarbon: async () => connections,
    disconnectKarbon: async () => connections,
    syncNow: async () => {
      throw new Error('not in this test');
    },
    refreshContact: async (contact) => ({ contact, connections }),
    createContactInXero: async () => ({ status: 'not-found', message: 'No such contact' }),
    pushToXpm: async () => ({ status: 'not-found', message: 'No such organization' }),
    resolveIssue: async () => null,
    unsync: async () => null,
    resync: async () => null,
    undo: async () => null,
    getSyncRunner: async () => ({}),
    claimSyncRunner: async ({ name }) => ({ runner: { name, thisBrowser: true, claimedAt: 1, overdue: false } }),
    restoreIssue: async () => null,
    getLinkMarks: async ({ keys }) => Object.fromEntries(keys.map((k) => [k, 'none' as const])),
    getTypeReviews: async () => [],
    ...overrides,
  };
}

describe('messages', () => {
  let unregister = () => {};
  afterEach(() => {
    unregister();
    fakeBrowser.reset();
  });

  it('answers every declared message with its handler', async () => {
    unregister = registerHandlers(handlers());
    const requests: { [K in MessageName]: Request<K> } = {
      getContactStatus: { kind: 'contact', key: 'K1' },
      getOverview: undefined,
      getProgress: undefined,
      openOptions: undefined,
      getSettings: undefined,
      saveSettings: {},
      connectXero: undefined,
      disconnectXero: undefined,
      connectXpm: undefined,
      connectKarbon: { bearer: 'b', accessKey: 'a' },
      disconnectKarbon: undefined,
      syncNow: {},
      refreshContact: { kind: 'organization', key: 'O1' },
      createContactInXero: { kind: 'contact', key: 'K1' },
      pushToXpm: { kind: 'organization', key: 'O1' },
      resolveIssue: { issueId: 'match:xero:1', resolution: { action: 'confirm-match', karbonKey: 'K1' } },
      unsync: { linkId: 'xero:1' },
      resync: { linkId: 'xero:1' },
      undo: { activityId: 3 },
      getSyncRunner: undefined,
      claimSyncRunner: { name: 'Anna' },
      restoreIssue: { issueId: 'match:xero:1' },
      getLinkMarks: { keys: ['K1', 'O1'] },
      getTypeReviews: undefined,
    };
    expect(Object.keys(requests).sort()).toEqual(Object.keys(requestSchemas).sort());
    for (const name of Object.keys(requests) as MessageName[]) {
      const reply = await sendToBackground(name, requests[name] as never);
      expect(reply, name).toMatchObject(name === 'syncNow' ? { ok: false, error: 'not in this test' } : { ok: true });
    }
  });

  it('passes the parsed request to the handler', async () => {
    unregister = registerHandlers(handlers());
    expect(await sendToBackground('getContactStatus', { kind: 'organization', key: 'O-1' })).toEqual({
      ok: true,
      value: { contact: { kind: 'organization', key: 'O-1' }, connections },
    });
  });

  it.each([
    ['a key with markup', 'getContactStatus', { kind: 'contact', key: '<img src=x>' }],
    ['an unknown kind', 'getContactStatus', { kind: 'group', key: 'K1' }],
    ['an unknown setting', 'saveSettings', { colour: 'blue' }],
    ['a negative interval', 'saveSettings', { syncIntervalMinutes: -5 }],
    ['an unknown resolution', 'resolveIssue', { issueId: 'i', resolution: { action: 'merge-all' } }],
    ['empty Karbon keys', 'connectKarbon', { bearer: ' ', accessKey: '' }],
    ['a listed key with markup', 'getLinkMarks', { keys: ['K1', '"><script>'] }],
  ] as const)('rejects %s with a named error and never calls the handler', async (_, name, data) => {
    let called = false;
    const spy = async () => {
      called = true;
      throw new Error('should not run');
    };
    unregister = registerHandlers(
      handlers({ getContactStatus: spy, saveSettings: spy, resolveIssue: spy, connectKarbon: spy, getLinkMarks: spy }),
    );
    const reply = await sendToBackground(name, data as never);
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toContain(`Bad ${name} request`);
    expect(called).toBe(false);
  });

  it('turns a handler failure into an error Result', async () => {
    unregister = registerHandlers(
      handlers({
        getOverview: async () => {
          throw new Error('Karbon is down');
        },
      }),
    );
    expect(await sendToBackground('getOverview', undefined)).toEqual({ ok: false, error: 'Karbon is down' });
  });

  it('reports a missing background as an error Result', async () => {
    const reply = await sendToBackground('getOverview', undefined);
    expect(reply.ok).toBe(false);
  });

  const ORIGIN = 'chrome-extension://test-extension-id/';
  const KARBON_PAGE: MessageSender = { tab: { id: 7 }, url: 'https://app2.karbonhq.com/3kTqDm7Fz9Lw#/contacts/K1' };
  const OPTIONS_TAB: MessageSender = { tab: { id: 8 }, url: `${ORIGIN}options.html` };

  /** Delivers one message as the browser would from `sender`, and returns the background's reply. */
  async function sendFrom(sender: MessageSender, type: string, data: unknown): Promise<unknown> {
    let reply: unknown;
    await fakeBrowser.runtime.onMessage.trigger(
      { id: 1, type, data, timestamp: 0 },
      sender as never,
      (answer: unknown) => {
        reply = answer;
      },
    );
    for (let i = 0; i < 20 && reply === undefined; i++) await new Promise((resolve) => setTimeout(resolve, 5));
    return (reply as { res?: unknown } | undefined)?.res;
  }

  it("a content script may send only the panel's messages: accounts, keys, settings and runs are refused", async () => {
    const called: string[] = [];
    const all = handlers();
    const spied = Object.fromEntries(
      Object.entries(all).map(([name, handler]) => [
        name,
        async (input: never) => {
          called.push(name);
          return (handler as (i: never) => Promise<unknown>)(input);
        },
      ]),
    ) as unknown as Handlers;
    unregister = registerHandlers(spied, undefined, ORIGIN);
    const refused = (Object.keys(requestSchemas) as MessageName[]).filter((n) => !CONTENT_SCRIPT_MESSAGES.has(n));
    expect(refused.sort()).toEqual(
      [
        'claimSyncRunner',
        'connectKarbon',
        'connectXero',
        'connectXpm',
        'disconnectKarbon',
        'disconnectXero',
        'getOverview',
        'getProgress',
        'getSettings',
        'getSyncRunner',
        'restoreIssue',
        'saveSettings',
        'syncNow',
      ].sort(),
    );
    for (const name of refused) {
      expect(await sendFrom(KARBON_PAGE, name, undefined)).toEqual({
        ok: false,
        error: `Refused ${name}: a web page's content script may not ask for it.`,
      });
    }
    expect(called).toEqual([]);
    // The same messages from the extension's own pages (options opened in a tab) are handled.
    expect(await sendFrom(OPTIONS_TAB, 'getSettings', undefined)).toMatchObject({ ok: true });
    expect(await sendFrom(KARBON_PAGE, 'getContactStatus', { kind: 'contact', key: 'K1' })).toMatchObject({ ok: true });
    expect(called).toEqual(['getSettings', 'getContactStatus']);
  });

  it('every message a content script may send is schema-checked: any body is handled parsed or refused by name', async () => {
    const seen: unknown[] = [];
    const all = handlers();
    const checked = Object.fromEntries(
      (Object.keys(all) as MessageName[]).map((name) => [
        name,
        async (input: unknown) => {
          // What reaches a handler always satisfies its schema.
          expect(requestSchemas[name].safeParse(input).success).toBe(true);
          seen.push(input);
          return (all[name] as (i: unknown) => Promise<unknown>)(input);
        },
      ]),
    ) as unknown as Handlers;
    unregister = registerHandlers(checked, undefined, ORIGIN);
    const names = [...CONTENT_SCRIPT_MESSAGES];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...names), fc.anything(), async (name, data) => {
        const reply = (await sendFrom(KARBON_PAGE, name, data)) as { ok: boolean; error?: string };
        expect(typeof reply.ok).toBe('boolean');
        if (!requestSchemas[name].safeParse(data).success) expect(reply.error).toContain(`Bad ${name} request`);
      }),
      { numRuns: 200 },
    );
  });

  it('every message the content script sends is one it may send (its entry and the state modules it imports)', () => {
    const root = resolve(__dirname, '../..');
    const entry = resolve(root, 'entrypoints/karbon.content');
    const files = readdirSync(entry).map((f) => resolve(entry, f));
    // The state modules the content script's files import (panel, list reviews, ...).
    for (const file of [...files]) {
      for (const m of readFileSync(file, 'utf8').matchAll(/from '(?:\.\.\/)+lib\/state\/([\w-]+)'/g))
        files.push(resolve(root, `lib/state/${m[1]}.ts`));
    }
    const sent = new Set<string>();
    for (const file of files)
      for (const m of readFileSync(file, 'utf8').matchAll(/(?:send|sendToBackground|act)\(\s*'(\w+)'/g))
        sent.add(m[1]!);
    expect(sent.size).toBeGreaterThanOrEqual(8);
    for (const name of sent) expect(CONTENT_SCRIPT_MESSAGES.has(name as MessageName), name).toBe(true);
  });
});
