import { signal } from '@preact/signals';
import type { Overview } from '../messages';
import { sendToBackground } from '../send-message';
import { fromResult, type RemoteValue } from './remote-value';

/** The popup's state: the background's overview, re-read on demand. */
export function createPopupState(send: typeof sendToBackground = sendToBackground) {
  const overview = signal<RemoteValue<Overview>>({ status: 'loading' });
  return {
    overview,
    async load() {
      overview.value = fromResult(await send('getOverview', undefined));
    },
    async openOptions() {
      const reply = await send('openOptions', undefined);
      if (!reply.ok) overview.value = { status: 'error', error: reply.error };
    },
  };
}

export type PopupState = ReturnType<typeof createPopupState>;
