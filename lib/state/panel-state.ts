import { signal } from '@preact/signals';
import type { KarbonContactRoute } from '../karbon-page/parse-karbon-route';
import type { ContactStatus, MessageName, Replies, Request } from '../messages';
import { sendToBackground } from '../send-message';
import type { IssueResolution } from '../sync';
import { fromResult, type Notice, type RemoteValue } from './remote-value';

/** The panel's state: which contact is on screen, what the background says about it, and the last action's outcome. */
export function createPanelState(send: typeof sendToBackground = sendToBackground) {
  const route = signal<KarbonContactRoute | undefined>(undefined);
  const status = signal<RemoteValue<ContactStatus>>({ status: 'loading' });
  const busy = signal(false);
  const notice = signal<Notice>(undefined);

  /** Asks the background, dropping a reply for a contact the user has already navigated away from. */
  async function ask<K extends 'getContactStatus' | 'refreshContact'>(name: K): Promise<void> {
    const shown = route.value;
    if (!shown) return;
    const reply = await send(name as 'getContactStatus', { kind: shown.kind, key: shown.key });
    if (route.value !== shown) return;
    if (reply.ok || status.value.status !== 'ready') status.value = fromResult(reply);
    else notice.value = { tone: 'error', text: reply.error };
  }

  /** Runs one action on the background, then re-reads the contact's status. */
  async function act<K extends MessageName>(name: K, data: Request<K>, done: (value: Replies[K]) => string) {
    busy.value = true;
    notice.value = undefined;
    try {
      const reply = await send(name, data);
      notice.value = reply.ok ? { tone: 'ok', text: done(reply.value) } : { tone: 'error', text: reply.error };
      await ask('getContactStatus');
    } finally {
      busy.value = false;
    }
  }

  return {
    route,
    status,
    busy,
    notice,
    /** Shows another contact: its stored status at once, then a fresh read of it and its Xero pair (a page view). */
    async show(next: KarbonContactRoute) {
      route.value = next;
      status.value = { status: 'loading' };
      notice.value = undefined;
      await ask('getContactStatus');
      // The signal changed inside ask(); read it afresh (TypeScript narrowed it to the loading value set above).
      const current = status.peek() as RemoteValue<ContactStatus>;
      if (current.status === 'ready' && current.value.sync) await ask('refreshContact');
    },
    async openOptions() {
      const reply = await send('openOptions', undefined);
      if (!reply.ok) notice.value = { tone: 'error', text: reply.error };
    },
    createContact: () => {
      const shown = route.value;
      if (!shown) return Promise.resolve();
      return act('createContactInXero', { kind: shown.kind, key: shown.key }, (result) => {
        switch (result.status) {
          case 'created':
            return 'Created in Xero and linked.';
          case 'adopted':
            return 'Xero already had this contact (from an earlier attempt): linked to it.';
          case 'already-linked':
            return 'Already linked to Xero.';
          case 'name-clash':
            return `Xero already has a contact named "${result.existing.name}": link to it below, or rename one of them.`;
          default:
            return result.message;
        }
      });
    },
    resolve: (issueId: string, resolution: IssueResolution) =>
      act('resolveIssue', { issueId, resolution }, () => 'Resolved.'),
    unsync: (linkId: string) =>
      act('unsync', { linkId }, () => 'Syncing stopped for this contact. Re-sync to start again.'),
    resync: (linkId: string) => act('resync', { linkId }, () => 'Syncing again.'),
  };
}

export type PanelState = ReturnType<typeof createPanelState>;
