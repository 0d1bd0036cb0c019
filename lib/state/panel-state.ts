import type { ActivityView } from '../background/activity-views';
import type { KarbonContactRoute } from '../karbon-page/parse-karbon-route';
import type { ContactStatus, MessageName, Replies, Request } from '../messages';
import { sendToBackground } from '../send-message';
import type { CreateContactResult, IssueResolution } from '../sync';
import { PENDING_WORDS } from './issue-words';
import { fromResult, type Notice, type RemoteValue } from './remote-value';
import { createStore } from './store';
import { concerns, watchChanges, type StorageEvents } from './watch-changes';

const routeKey = (route: KarbonContactRoute | undefined) => (route ? `${route.kind}:${route.key}` : '');

/**
 * The panel's state, keyed by the contact on screen: a route change clears it and loads the new contact, a reply for
 * any other contact is dropped, and the background's change notices reload it live.
 */
export function createPanelState(send: typeof sendToBackground = sendToBackground) {
  const store = createStore();
  const route = store.box<KarbonContactRoute | undefined>(undefined);
  const status = store.box<RemoteValue<ContactStatus>>({ status: 'loading' });
  const busy = store.box(false);
  /** What the running action is doing ("Linking…"), shown at once. */
  const pending = store.box<string | undefined>(undefined);
  const notice = store.box<Notice>(undefined);

  /** True when a reply for `key` still belongs on screen (and fits the request's shape). */
  const current = (key: string, value: unknown) => {
    if (routeKey(route.value) !== key) return false;
    const contact = (value as Partial<ContactStatus> | undefined)?.contact;
    return contact === undefined || `${contact.kind}:${contact.key}` === key;
  };

  /** Asks the background about the contact on screen, dropping a reply for a contact the user has left. */
  async function ask(name: 'getContactStatus' | 'refreshContact'): Promise<void> {
    const shown = route.value;
    if (!shown) return;
    const key = routeKey(shown);
    const reply = await send(name as 'getContactStatus', { kind: shown.kind, key: shown.key });
    if (!current(key, reply.ok ? reply.value : undefined)) return;
    if (reply.ok && !reply.value?.connections) {
      // A malformed reply never blanks the panel nor shows another contact: it becomes an error with a retry.
      if (status.value.status !== 'ready')
        status.value = { status: 'error', error: 'The extension sent an unreadable answer.' };
      return;
    }
    if (reply.ok || status.value.status !== 'ready') status.value = fromResult(reply);
    else notice.value = { tone: 'error', text: reply.error };
  }

  /** Runs one action on the background, saying what it does meanwhile, then re-reads the contact's status. */
  async function act<K extends MessageName>(
    name: K,
    data: Request<K>,
    doing: string,
    done: (value: Replies[K]) => string,
  ) {
    const key = routeKey(route.value);
    busy.value = true;
    pending.value = doing;
    notice.value = undefined;
    try {
      const reply = await send(name, data);
      if (routeKey(route.value) !== key) return;
      notice.value = reply.ok ? { tone: 'ok', text: done(reply.value) } : { tone: 'error', text: reply.error };
      await ask('getContactStatus');
    } finally {
      if (routeKey(route.value) === key) {
        busy.value = false;
        pending.value = undefined;
      }
    }
  }

  /** The contact on screen as a message names it. */
  const shownRef = () => {
    const shown = route.value;
    return shown && { kind: shown.kind, key: shown.key };
  };

  return {
    subscribe: store.subscribe,
    route,
    status,
    busy,
    pending,
    notice,
    /** Shows another contact: nothing of the last one stays; its stored status at once, then a fresh read (a page view). */
    async show(next: KarbonContactRoute) {
      route.value = next;
      status.value = { status: 'loading' };
      notice.value = undefined;
      busy.value = false;
      pending.value = undefined;
      await ask('getContactStatus');
      const now = status.value as RemoteValue<ContactStatus>;
      if (now.status === 'ready' && now.value.sync) await ask('refreshContact');
    },
    /** Reads the stored status again (a change notice, or Retry after an error). */
    reload: () => ask('getContactStatus'),
    /** Reloads when the background says this contact (or everything) changed. */
    watch(events: StorageEvents | undefined) {
      return watchChanges(events, (changed) => {
        const shown = route.value;
        if (shown && concerns(changed, shown.key) && !busy.value) void ask('getContactStatus');
      });
    },
    async openOptions() {
      const reply = await send('openOptions', undefined);
      if (!reply.ok) notice.value = { tone: 'error', text: reply.error };
    },
    async createContact() {
      const ref = shownRef();
      const words = pushWords('Xero', 'contact', 'Created in Xero and linked.');
      if (ref) await act('createContactInXero', ref, 'Creating in Xero…', words);
    },
    async pushToXpm() {
      const ref = shownRef();
      const words = pushWords(
        'XPM',
        'client',
        'Pushed to XPM as a new client (with its people as contacts) and linked.',
      );
      if (ref) await act('pushToXpm', ref, 'Pushing to XPM…', words);
    },
    /** Re-reads this contact in every connected system now (the panel's Refresh). */
    refresh: () => ask('refreshContact'),
    resolve: (issueId: string, resolution: IssueResolution) =>
      act('resolveIssue', { issueId, resolution }, PENDING_WORDS[resolution.action], () => 'Resolved.'),
    unsync: (linkId: string) =>
      act('unsync', { linkId }, 'Stopping…', () => 'Syncing stopped for this contact. Re-sync to start again.'),
    resync: (linkId: string) => act('resync', { linkId }, 'Starting to sync again…', () => 'Syncing again.'),
    undo: (entry: ActivityView) => act('undo', { activityId: entry.id }, 'Undoing…', () => 'Undone.'),
  };
}

export type PanelState = ReturnType<typeof createPanelState>;

/** What a push to Xero or XPM did, in words (`record` is what the system calls the record). */
function pushWords(system: string, record: string, created: string) {
  return (result: CreateContactResult): string => {
    switch (result.status) {
      case 'created':
        return created;
      case 'adopted':
        return `${system} already had this ${record} (from an earlier attempt): linked to it.`;
      case 'already-linked':
        return `Already linked to ${system}.`;
      case 'name-clash':
        return `${system} already has a ${record} named "${result.existing.name}": link to it below, or rename one of them.`;
      default:
        return result.message;
    }
  };
}
