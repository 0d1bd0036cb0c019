import { signal } from '@preact/signals';
import type { ConnectionsSummary } from '../connections/connection-types';
import type { MessageName, Replies, Request } from '../messages';
import { sendToBackground } from '../send-message';
import type { Settings } from '../settings/settings';
import { fromResult, type Notice, type RemoteValue } from './remote-value';

/** Messages written for other pages point to "Options"; on the options page itself they point below. */
export const onThisPage = (text: string): string =>
  text.replace(/ in Options\b/g, ' below').replace(/\bOptions\b/g, 'this page');

type AccountMessage = 'connectXero' | 'disconnectXero' | 'connectXpm' | 'connectKarbon' | 'disconnectKarbon';

/** The options page's state: settings, connections, and the outcome of the last save or connect. */
export function createOptionsState(send: typeof sendToBackground = sendToBackground) {
  const settings = signal<RemoteValue<Settings>>({ status: 'loading' });
  const connections = signal<RemoteValue<ConnectionsSummary>>({ status: 'loading' });
  const saveMessage = signal<Notice>(undefined);
  const accountMessage = signal<Notice>(undefined);
  const busy = signal(false);

  async function account<K extends AccountMessage>(name: K, data: Request<K>, done: string) {
    busy.value = true;
    accountMessage.value = undefined;
    try {
      const reply = await send(name as MessageName, data as never);
      if (reply.ok) connections.value = { status: 'ready', value: reply.value as Replies[K] };
      accountMessage.value = reply.ok ? { tone: 'ok', text: done } : { tone: 'error', text: onThisPage(reply.error) };
    } finally {
      busy.value = false;
    }
  }

  return {
    settings,
    connections,
    saveMessage,
    accountMessage,
    busy,
    async load() {
      const [stored, overview] = await Promise.all([send('getSettings', undefined), send('getOverview', undefined)]);
      settings.value = fromResult(stored);
      connections.value = fromResult(overview.ok ? { ok: true, value: overview.value.connections } : overview);
    },
    async save(patch: Partial<Settings>) {
      const reply = await send('saveSettings', patch);
      if (!reply.ok) {
        saveMessage.value = { tone: 'error', text: reply.error };
        return;
      }
      settings.value = { status: 'ready', value: reply.value };
      // Accounts follows the settings at once (XPM switched on shows "not connected" with its button, not "Off").
      const overview = await send('getOverview', undefined);
      if (overview.ok) connections.value = { status: 'ready', value: overview.value.connections };
      const xpm = overview.ok ? overview.value.connections.xpm : undefined;
      const text =
        xpm && xpm.state === 'not-connected'
          ? 'Settings saved. Xero Practice Manager is switched on but not connected yet: click Connect XPM under Accounts.'
          : 'Settings saved.';
      saveMessage.value = { tone: 'ok', text };
    },
    /** Saves the Client ID, then signs in to Xero in a browser window. */
    async connectXero(clientId: string) {
      const saved = await send('saveSettings', { xeroClientId: clientId });
      if (!saved.ok) {
        accountMessage.value = { tone: 'error', text: saved.error };
        return;
      }
      settings.value = { status: 'ready', value: saved.value };
      await account('connectXero', undefined, 'Xero connected.');
    },
    /** After "Use sandbox" filled the demo credentials in: point the extension at the sandbox and say what is next. */
    async useSandbox() {
      const reply = await send('saveSettings', { target: 'sandbox' });
      if (reply.ok) settings.value = { status: 'ready', value: reply.value };
      accountMessage.value = reply.ok
        ? { tone: 'ok', text: 'Sandbox demo credentials filled in: click Connect Xero, then Connect Karbon.' }
        : { tone: 'error', text: reply.error };
    },
    disconnectXero: () => account('disconnectXero', undefined, 'Xero disconnected.'),
    /** Saves the Client ID, then signs in to Xero with the XPM scope (same sign-in), keeping the XPM practice. */
    async connectXpm(clientId: string) {
      const saved = await send('saveSettings', { xeroClientId: clientId });
      if (!saved.ok) {
        accountMessage.value = { tone: 'error', text: saved.error };
        return;
      }
      await account('connectXpm', undefined, 'Xero Practice Manager connected and switched on.');
      const reread = await send('getSettings', undefined);
      if (reread.ok) settings.value = { status: 'ready', value: reread.value };
    },
    connectKarbon: (keys: { bearer: string; accessKey: string }) =>
      account('connectKarbon', keys, 'Karbon connected: the keys were accepted.'),
    disconnectKarbon: () => account('disconnectKarbon', undefined, 'Karbon disconnected.'),
  };
}

export type OptionsState = ReturnType<typeof createOptionsState>;
