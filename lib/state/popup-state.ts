import { signal } from '@preact/signals';
import type { Overview } from '../messages';
import { sendToBackground } from '../send-message';
import type { IssueResolution } from '../sync';
import { fromResult, type Notice, type RemoteValue } from './remote-value';

/** How often the popup re-reads the overview while a sync runs (the popup, not the service worker, polls). */
export const PROGRESS_POLL_MS = 700;

/** The popup's state: the background's overview, the last action's outcome, and the actions. */
export function createPopupState(send: typeof sendToBackground = sendToBackground) {
  const overview = signal<RemoteValue<Overview>>({ status: 'loading' });
  const busy = signal(false);
  const notice = signal<Notice>(undefined);

  let polling: ReturnType<typeof setTimeout> | undefined;

  async function load() {
    const reply = await send('getOverview', undefined);
    if (reply.ok || overview.value.status !== 'ready') overview.value = fromResult(reply);
    else notice.value = { tone: 'error', text: reply.error };
    // A sync started elsewhere (schedule, a resumed run, another window) keeps the popup's progress live too.
    clearTimeout(polling);
    if (reply.ok && reply.value.running) polling = setTimeout(() => void load(), PROGRESS_POLL_MS);
  }

  return {
    overview,
    busy,
    notice,
    load,
    /** Runs a sync (or a preview), re-reading progress while it goes. */
    async syncNow(dryRun?: boolean) {
      busy.value = true;
      notice.value = undefined;
      const poll = setInterval(() => void load(), PROGRESS_POLL_MS);
      try {
        const reply = await send('syncNow', dryRun === undefined ? {} : { dryRun });
        if (!reply.ok) notice.value = { tone: 'error', text: reply.error };
        else if (reply.value.error) notice.value = { tone: 'error', text: reply.value.error };
      } finally {
        clearInterval(poll);
        busy.value = false;
        await load();
      }
    },
    async resolve(issueId: string, resolution: IssueResolution) {
      busy.value = true;
      const reply = await send('resolveIssue', { issueId, resolution });
      notice.value = reply.ok ? { tone: 'ok', text: 'Resolved.' } : { tone: 'error', text: reply.error };
      busy.value = false;
      await load();
    },
    /** Resolves several issues one after the other (bulk Confirm); stops at the first failure and says which. */
    async resolveAll(items: { issueId: string; resolution: IssueResolution }[]) {
      busy.value = true;
      let done = 0;
      for (const { issueId, resolution } of items) {
        const reply = await send('resolveIssue', { issueId, resolution });
        if (!reply.ok) {
          notice.value = { tone: 'error', text: `Resolved ${done} of ${items.length}; then: ${reply.error}` };
          break;
        }
        done++;
      }
      if (done === items.length) notice.value = { tone: 'ok', text: `Resolved ${done}.` };
      busy.value = false;
      await load();
    },
    async openOptions() {
      const reply = await send('openOptions', undefined);
      if (!reply.ok) notice.value = { tone: 'error', text: reply.error };
    },
  };
}

export type PopupState = ReturnType<typeof createPopupState>;
