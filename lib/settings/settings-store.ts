import { keptRead } from '../kept-read';
import { readSettings, settingsSchema, type Settings } from './settings';

/** The storage the settings live in (browser.storage.local in the extension, a Map in tests and the CLI). */
export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** The area's change event (storage.onChanged), which lets the store keep what it read. */
export interface KeyValueChanges {
  addListener(listener: (changes: Record<string, unknown>, area: string) => void): void;
}

const SETTINGS_KEY = 'settings';

/**
 * Reads and updates the extension's settings; a partial update is validated before anything is stored. Given the
 * area's change event, what was read is kept until the stored settings change (every panel request reads them).
 */
export function createSettingsStore(area: KeyValueArea, defaults: Settings, changes?: KeyValueChanges) {
  const read = async (): Promise<Settings> => {
    const items = await area.get(SETTINGS_KEY);
    return readSettings(items[SETTINGS_KEY], defaults);
  };
  const kept = keptRead(read);
  changes?.addListener((changed, areaName) => {
    if (areaName === 'local' && SETTINGS_KEY in changed) kept.forget();
  });
  const load = (): Promise<Settings> => (changes ? kept.get() : read());
  return {
    load,
    async update(patch: Partial<Settings>): Promise<Settings> {
      const next = settingsSchema.parse({ ...(await load()), ...patch });
      await area.set({ [SETTINGS_KEY]: next });
      kept.forget();
      return next;
    },
  };
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;
