import type { IssueView } from '../background/issue-views';
import { sendToBackground } from '../send-message';
import type { IssueResolution } from '../sync';
import { PENDING_WORDS } from './issue-words';
import { fromResult, type Notice, type RemoteValue } from './remote-value';
import { createStore } from './store';
import { watchChanges, type StorageEvents } from './watch-changes';

/**
 * The "Person or Organization?" reviews shown on Karbon's contact list: the Xero contacts that wait for a person to
 * choose their kind before anything is created in Karbon, reloaded when the background announces a change.
 */
export function createReviewState(send: typeof sendToBackground = sendToBackground) {
  const store = createStore();
  const reviews = store.box<RemoteValue<IssueView[]>>({ status: 'loading' });
  const busy = store.box(false);
  /** What each card is doing right now ("Creating in Karbon…"), by issue id. */
  const pending = store.box<Readonly<Record<string, string>>>({});
  const notice = store.box<Notice>(undefined);
  /** The user folded the card to its header. */
  const collapsed = store.box(false);

  async function load(): Promise<void> {
    const reply = await send('getTypeReviews', undefined);
    if (reply.ok || reviews.value.status !== 'ready') reviews.value = fromResult(reply);
    else notice.value = { tone: 'error', text: reply.error };
  }

  return {
    subscribe: store.subscribe,
    reviews,
    collapsed,
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
