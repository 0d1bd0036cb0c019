import type { ConnectionFacts } from '../connections/summarize-connections';
import { summarizeConnections } from '../connections/summarize-connections';
import type { Handlers } from '../messages';
import type { SettingsStore } from '../settings/settings-store';

export interface BackgroundDeps {
  settings: SettingsStore;
  /** Everything known about the accounts (tokens, keys, health), read where content scripts cannot. */
  connectionFacts(): Promise<Omit<ConnectionFacts, 'settings'>>;
  openOptionsPage(): Promise<void>;
}

/** The background's answer to every message, built from injected services. */
export function createHandlers(deps: BackgroundDeps): Handlers {
  async function connections() {
    const [settings, facts] = await Promise.all([deps.settings.load(), deps.connectionFacts()]);
    return summarizeConnections({ settings, ...facts });
  }
  return {
    getContactStatus: async (contact) => ({ contact, connections: await connections() }),
    getOverview: async () => ({ connections: await connections() }),
    openOptions: async () => {
      await deps.openOptionsPage();
      return null;
    },
    getSettings: () => deps.settings.load(),
    saveSettings: (patch) => deps.settings.update(patch),
  };
}
