import { signal } from '@preact/signals';
import type { KarbonContactRoute } from '../karbon-page/parse-karbon-route';
import type { ContactStatus } from '../messages';
import { sendToBackground } from '../send-message';
import { fromResult, type RemoteValue } from './remote-value';

/** The panel's state: which contact is on screen and what the background says about it. */
export function createPanelState(send: typeof sendToBackground = sendToBackground) {
  const route = signal<KarbonContactRoute | undefined>(undefined);
  const status = signal<RemoteValue<ContactStatus>>({ status: 'loading' });

  async function refresh() {
    const shown = route.value;
    if (!shown) return;
    const reply = await send('getContactStatus', { kind: shown.kind, key: shown.key });
    // A reply for a contact the user has already navigated away from is dropped.
    if (route.value === shown) status.value = fromResult(reply);
  }

  return {
    route,
    status,
    refresh,
    /** Shows another contact (or the same one again, re-reading its status). */
    show(next: KarbonContactRoute) {
      route.value = next;
      status.value = { status: 'loading' };
      return refresh();
    },
    async openOptions() {
      const reply = await send('openOptions', undefined);
      if (!reply.ok) status.value = { status: 'error', error: reply.error };
    },
  };
}

export type PanelState = ReturnType<typeof createPanelState>;
