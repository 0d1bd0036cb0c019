import type { ContactStatus } from '../lib/messages';
import type { PanelState } from '../lib/state/panel-state';
import { NoticeLine } from './notice-line';
import { DockNote, DockToggle, type PanelDock } from './panel-dock-chrome';
import { ActivityList } from './activity-list';
import { ACTION_HINTS } from '../lib/state/issue-words';
import { recordLinks } from '../lib/state/record-links';
import { XpmSection } from './xpm-section';
import { live } from './live';
import { LinkPill, SystemLink, type SystemWords } from './system-link';

const XERO_WORDS: SystemWords = {
  name: 'Xero',
  record: 'a Xero contact',
  email: 'billing email',
  issues: 'Match issue',
  archived: 'Archived',
  kept: 'contact',
};
const XERO_LINKS = recordLinks(undefined);

/** The "Xero Client" section on a Karbon contact page; `dock` makes it the compact card docked at the bottom right. */
export const XeroClientPanel = live(Panel, ({ state }) => [state]);

function Panel({ state, dock }: { state: PanelState; dock?: PanelDock }) {
  const status = state.status.value;
  const notice = state.notice.value;
  return (
    <section class={dock ? 'kxs-panel kxs-panel--docked' : 'kxs-panel'} aria-label="Xero Client">
      <header class="kxs-panel__header">
        <h3 class="kxs-panel__title">Xero Client</h3>
        {status.status === 'ready' && <LinkPill status={status.value.sync} words={XERO_WORDS} />}
        {dock && <DockToggle dock={dock} />}
        {dock && <DockNote dock={dock} />}
      </header>
      {!dock?.collapsed && (
        <>
          {status.status === 'loading' && <p class="kxs-muted">Checking this contact's link with Xero…</p>}
          {status.status === 'error' && (
            <div class="kxs-error" role="alert">
              <p>{status.error}</p>
              <button type="button" class="kxs-button" onClick={() => void state.reload()}>
                Retry
              </button>
            </div>
          )}
          {status.status === 'ready' && <PanelBody status={status.value} state={state} />}
          {status.status === 'ready' && <XpmSection status={status.value} state={state} />}
          {state.pending.value && (
            <p class="kxs-pending" aria-live="polite">
              {state.pending.value}
            </p>
          )}
          <NoticeLine notice={notice} role="status" />
        </>
      )}
    </section>
  );
}

function PanelBody({ status, state }: { status: ContactStatus; state: PanelState }) {
  const sync = status.sync;
  if (!sync) return <NotConnected status={status} onOpenOptions={() => void state.openOptions()} />;
  const busy = state.busy.value;
  const link = sync.link;
  return (
    <div class="kxs-panel__body">
      <SystemLink
        status={sync}
        words={XERO_WORDS}
        busy={busy}
        links={XERO_LINKS}
        onResolve={(id, resolution) => void state.resolve(id, resolution)}
      />
      <div class="kxs-actions">
        {!link && sync.issues.length === 0 && (
          <div class="kxs-choice">
            <button
              type="button"
              class="kxs-button kxs-button--primary"
              disabled={busy}
              aria-describedby="kxs-hint-create-contact"
              onClick={() => void state.createContact()}
            >
              Create Contact
            </button>
            <span id="kxs-hint-create-contact" class="kxs-hint">
              {ACTION_HINTS.createContact}
            </span>
          </div>
        )}
        {link && link.state === 'linked' && !link.remoteArchivedAt && (
          <button type="button" class="kxs-button" disabled={busy} onClick={() => void state.unsync(link.id)}>
            Stop Syncing Contact
          </button>
        )}
        {link && link.state === 'unsynced' && (
          <button type="button" class="kxs-button" disabled={busy} onClick={() => void state.resync(link.id)}>
            Re-sync
          </button>
        )}
        {link && (
          <a class="kxs-link" href={XERO_LINKS.xero(link.remoteId)} target="_blank" rel="noreferrer">
            Open in Xero
          </a>
        )}
      </div>
      {sync.activity && sync.activity.length > 0 && (
        <details class="kxs-details" open>
          <summary>Recent changes to this contact</summary>
          <ActivityList
            entries={sync.activity}
            busy={busy}
            showNames={false}
            label="This contact's changes"
            onUndo={(entry) => void state.undo(entry)}
          />
        </details>
      )}
    </div>
  );
}

function NotConnected({ status, onOpenOptions }: { status: ContactStatus; onOpenOptions: () => void }) {
  const { xero, karbon } = status.connections;
  const missing = [xero, karbon].filter((c) => c.state !== 'connected');
  return (
    <div class="kxs-panel__body">
      <p>
        This extension is not connected to{' '}
        {missing.length ? missing.map((c) => (c.service === 'xero' ? 'Xero' : 'Karbon')).join(' or ') : 'Xero'} yet, so
        it cannot show or sync this contact.
      </p>
      <ul class="kxs-list">
        {missing.map((c) => (
          <li key={c.service} class="kxs-muted">
            {c.detail}
          </li>
        ))}
      </ul>
      <button type="button" class="kxs-button kxs-button--primary" onClick={onOpenOptions}>
        Open Options
      </button>
    </div>
  );
}
