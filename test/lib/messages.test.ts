import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerHandlers, requestSchemas, type Handlers } from '../../lib/messages';
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
    getOverview: async () => ({ connections }),
    openOptions: async () => null,
    getSettings: async () => defaultSettings(''),
    saveSettings: async (patch) => ({ ...defaultSettings(''), ...patch }),
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
    for (const name of Object.keys(requestSchemas)) {
      const data =
        name === 'getContactStatus' ? { kind: 'contact', key: 'K1' } : name === 'saveSettings' ? {} : undefined;
      const reply = await sendToBackground(name as keyof typeof requestSchemas, data as never);
      expect(reply, name).toMatchObject({ ok: true });
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
  ] as const)('rejects %s with a named error and never calls the handler', async (_, name, data) => {
    let called = false;
    const spy = async () => {
      called = true;
      throw new Error('should not run');
    };
    unregister = registerHandlers(handlers({ getContactStatus: spy, saveSettings: spy }));
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
});
