import { signal } from '@preact/signals';
import type { IssueView } from '../background/issue-views';
import { sendToBackground } from '../send-message';
import type { IssueResolution } from '../sync';
import { PENDING_WORDS } from './issue-words';
import { fromResult, type Notice, type RemoteValue } from './remote-value';
import { watchChanges, type StorageEvents } from './watch-changes';

/**
 * The "Person or Organization?" reviews shown on Karbon's contact list: the Xero contacts that wait for a person to
 * choose their kind before anything is created in Karbon, reloaded when the background announces a change.
 */
export function createReviewState(send: typeof sendToBackground = sendToBackground) {
  const reviews = signal<RemoteValue<IssueView[]>>({ status: 'loading' });
  const busy = signal(false);
  /** What each card is doing right now ("Creating in Karbon…"), by issue id. */
  const pending = signal<Readonly<Record<string, string>>>({});
  const notice = signal<Notice>(undefined);

  async function load(): Promise<void> {
    const reply = await send('getTypeReviews', undefined);
    if (reply.ok || reviews.value.status !== 'ready') reviews.value = fromResult(reply);
    else notice.value = { tone: 'error', text: reply.error };
  }

  return {
    reviews,
    busy,
    pending,
    notice,
    load,
    /** Reloads on every change the background announces (a sync raised or a popup resolved a review). */
    watch: (events: StorageEvents | undefined) => watchChanges(events, () => void (busy.value || load())),
    async resolve(issueId: string, resolution: IssueResolution): Promise<void> {
      busy.value = true;
      pending.value = { [issueId]: PENDING_WORDS[resolution.action] };
      notice.value = undefined;
      try {
        const reply = await send('resolveIssue', { issueId, resolution });
        notice.value = reply.ok
          ? { tone: 'ok', text: resolution.action === 'dismiss' ? 'Ignored.' : 'Created in Karbon.' }
          : { tone: 'error', text: reply.error };
        await load();
      } finally {
        busy.value = false;
        pending.value = {};
      }
    },
  };
}

export type ReviewState = ReturnType<typeof createReviewState>;
