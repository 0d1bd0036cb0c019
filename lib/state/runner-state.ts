import { signal } from '@preact/signals';
import type { SyncRunnerView } from '../firm-runner/runner-view';
import { sendToBackground } from '../send-message';
import { fromResult, type Notice, type RemoteValue } from './remote-value';

/** Who runs the firm's scheduled sync, as the popup and the options page show it, and the claim action. */
export function createRunnerState(send: typeof sendToBackground = sendToBackground) {
  const view = signal<RemoteValue<SyncRunnerView>>({ status: 'loading' });
  const notice = signal<Notice>(undefined);
  const busy = signal(false);
  return {
    view,
    notice,
    busy,
    async load() {
      view.value = fromResult(await send('getSyncRunner', undefined));
    },
    /** Makes this browser the firm's scheduled sync runner. */
    async claim(name: string) {
      busy.value = true;
      const reply = await send('claimSyncRunner', { name });
      busy.value = false;
      if (!reply.ok) {
        notice.value = { tone: 'error', text: reply.error };
        return;
      }
      view.value = { status: 'ready', value: reply.value };
      notice.value = reply.value.runner?.thisBrowser
        ? { tone: 'ok', text: 'This browser now runs the firm’s scheduled sync.' }
        : { tone: 'error', text: 'Another browser claimed the role at the same moment.' };
    },
  };
}

export type RunnerState = ReturnType<typeof createRunnerState>;
