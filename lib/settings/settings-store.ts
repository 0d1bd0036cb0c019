import { readSettings, settingsSchema, type Settings } from './settings';

/** The storage the settings live in (browser.storage.local in the extension, a Map in tests and the CLI). */
export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const SETTINGS_KEY = 'settings';

/** Reads and updates the extension's settings; a partial update is validated before anything is stored. */
export function createSettingsStore(area: KeyValueArea, defaults: Settings) {
  async function load(): Promise<Settings> {
    const items = await area.get(SETTINGS_KEY);
    return readSettings(items[SETTINGS_KEY], defaults);
  }
  return {
    load,
    async update(patch: Partial<Settings>): Promise<Settings> {
      const next = settingsSchema.parse({ ...(await load()), ...patch });
      await area.set({ [SETTINGS_KEY]: next });
      return next;
    },
  };
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;
