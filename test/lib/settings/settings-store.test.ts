import { describe, expect, it } from 'vitest';
import { defaultSettings, readSettings } from '../../../lib/settings/settings';
import { createSettingsStore, type KeyValueArea } from '../../../lib/settings/settings-store';

function memoryArea(initial: Record<string, unknown> = {}): KeyValueArea & { items: Record<string, unknown> } {
  const items = { ...initial };
  return {
    items,
    get: async (key) => (key in items ? { [key]: items[key] } : {}),
    set: async (next) => void Object.assign(items, next),
  };
}

describe('settings', () => {
  it('a sandbox build starts on the sandbox, a production build on the real services', () => {
    expect(defaultSettings('http://127.0.0.1:4010')).toMatchObject({ target: 'sandbox', dryRun: false });
    expect(defaultSettings('')).toMatchObject({ target: 'production', dryRun: false });
  });

  it('keeps valid stored fields and replaces damaged ones with defaults', () => {
    const defaults = defaultSettings('');
    const read = readSettings(
      { xeroClientId: 'ABC', syncIntervalMinutes: 'soon', xpmEnabled: true, extra: 1 },
      defaults,
    );
    expect(read).toEqual({ ...defaults, xeroClientId: 'ABC', xpmEnabled: true });
  });

  it.each([null, 'text', 42, []])('reads %j as the defaults', (stored) => {
    expect(readSettings(stored, defaultSettings(''))).toEqual(defaultSettings(''));
  });

  it('stores a valid update and refuses an invalid one without losing the stored settings', async () => {
    const area = memoryArea();
    const store = createSettingsStore(area, defaultSettings(''));
    await store.update({ xpmEnabled: true, xpmPushContactTypes: ['Client'] });
    await expect(store.update({ syncIntervalMinutes: 99999 })).rejects.toThrow();
    expect(await store.load()).toMatchObject({
      xpmEnabled: true,
      xpmPushContactTypes: ['Client'],
      syncIntervalMinutes: 60,
    });
  });

  it('keeps what it read until the stored settings change, when given the change event', async () => {
    const area = memoryArea({ settings: { xeroClientId: 'ONE' } });
    let reads = 0;
    const counted: KeyValueArea = { get: (key) => (reads++, area.get(key)), set: (items) => area.set(items) };
    const listeners: ((changes: Record<string, unknown>, areaName: string) => void)[] = [];
    const store = createSettingsStore(counted, defaultSettings(''), { addListener: (l) => void listeners.push(l) });
    expect((await store.load()).xeroClientId).toBe('ONE');
    expect((await store.load()).xeroClientId).toBe('ONE');
    expect(reads).toBe(1);
    // Written elsewhere (another extension page): the change event drops what was kept.
    area.items.settings = { xeroClientId: 'TWO' };
    for (const l of listeners) l({ other: {} }, 'local');
    expect((await store.load()).xeroClientId).toBe('ONE');
    for (const l of listeners) l({ settings: {} }, 'local');
    expect((await store.load()).xeroClientId).toBe('TWO');
    await store.update({ xeroClientId: 'THREE' });
    expect((await store.load()).xeroClientId).toBe('THREE');
  });
});
