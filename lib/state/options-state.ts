import { signal } from '@preact/signals';
import type { ConnectionsSummary } from '../connections/connection-types';
import { sendToBackground } from '../send-message';
import type { Settings } from '../settings/settings';
import { fromResult, type RemoteValue } from './remote-value';

/** The options page's state: the stored settings and the outcome of the last save. */
export function createOptionsState(send: typeof sendToBackground = sendToBackground) {
  const settings = signal<RemoteValue<Settings>>({ status: 'loading' });
  const connections = signal<RemoteValue<ConnectionsSummary>>({ status: 'loading' });
  const saveMessage = signal<{ tone: 'ok' | 'error'; text: string } | undefined>(undefined);
  return {
    settings,
    connections,
    saveMessage,
    async load() {
      const [stored, overview] = await Promise.all([send('getSettings', undefined), send('getOverview', undefined)]);
      settings.value = fromResult(stored);
      connections.value = fromResult(overview.ok ? { ok: true, value: overview.value.connections } : overview);
    },
    async save(patch: Partial<Settings>) {
      const reply = await send('saveSettings', patch);
      if (reply.ok) settings.value = { status: 'ready', value: reply.value };
      saveMessage.value = reply.ok ? { tone: 'ok', text: 'Settings saved.' } : { tone: 'error', text: reply.error };
    },
  };
}

export type OptionsState = ReturnType<typeof createOptionsState>;
