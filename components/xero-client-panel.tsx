import type { ContactStatus } from '../lib/messages';
import type { PanelState } from '../lib/state/panel-state';
import { FieldDiff } from './field-diff';
import { ClassificationNote } from './classification-note';
import { IssueCard } from './issue-card';
import { StatusPill, type PillTone } from './status-pill';
import { NoticeLine } from './notice-line';
import { DockNote, DockToggle, type PanelDock } from './panel-dock-chrome';
import { ActivityList } from './activity-list';
import { ACTION_HINTS } from '../lib/state/issue-words';
import { recordLinks } from '../lib/state/record-links';
import { XpmSection } from './xpm-section';

const HOW_LABELS = {
  'full-match': 'matched on name and billing email',
  confirmed: 'match confirmed by hand',
  'created-in-karbon': 'created in Karbon from Xero',
  'pushed-from-karbon': 'created in Xero from Karbon',
} as const;

/** Xero's own page for a contact (opens in the firm's Xero login). */
function xeroContactUrl(contactId: string): string {
  return `https://go.xero.com/Contacts/View/${encodeURIComponent(contactId)}`;
}

/** The "Xero Client" section on a Karbon contact page; `dock` makes it the compact card docked at the bottom right. */
export function XeroClientPanel({ state, dock }: { state: PanelState; dock?: PanelDock }) {
  const status = state.status.value;
  const notice = state.notice.value;
  return (
    <section class={dock ? 'kxs-panel kxs-panel--docked' : 'kxs-panel'} aria-label="Xero Client">
      <header class="kxs-panel__header">
        <h3 class="kxs-panel__title">Xero Client</h3>
        {status.status === 'ready' && <Pill status={status.value} />}
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

function pillOf(status: ContactStatus): [string, PillTone] {
  const sync = status.sync;
  if (!sync) return ['Not connected', 'grey'];
  if (sync.issues.some((i) => i.kind === 'field-conflict')) return ['Conflict', 'red'];
  if (sync.issues.length > 0) return ['Match issue', 'amber'];
  if (!sync.link) return ['Not linked', 'grey'];
  if (sync.link.remoteArchivedAt) return ['Archived in Xero', 'grey'];
  return sync.link.state === 'unsynced' ? ['Unsynced', 'grey'] : ['Linked', 'green'];
}

function Pill({ status }: { status: ContactStatus }) {
  const [label, tone] = pillOf(status);
  return <StatusPill tone={tone}>{label}</StatusPill>;
}

function PanelBody({ status, state }: { status: ContactStatus; state: PanelState }) {
  const sync = status.sync;
  if (!sync) return <NotConnected status={status} onOpenOptions={() => void state.openOptions()} />;
  const busy = state.busy.value;
  const link = sync.link;
  return (
    <div class="kxs-panel__body">
      {link ? (
        <>
          <p>
            Linked to <strong>{sync.remote?.name || 'a Xero contact'}</strong> ({HOW_LABELS[link.how]}, since{' '}
            {new Date(link.linkedAt).toLocaleDateString()}).{' '}
            {link.state === 'unsynced' && 'Syncing is stopped for this contact.'}
          </p>
          {link.classification && <ClassificationNote classification={link.classification} />}
          {link.remoteArchivedAt && (
            <p class="kxs-muted">
              Archived in Xero on {new Date(link.remoteArchivedAt).toLocaleDateString()}: syncing stopped, and this
              Karbon contact is kept.
            </p>
          )}
          <FieldDiff
            {...(sync.karbon ? { karbon: sync.karbon } : {})}
            {...(sync.remote ? { remote: sync.remote } : {})}
          />
        </>
      ) : (
        <p>This contact is not linked to a Xero contact.</p>
      )}
      {sync.issues.map((issue) => (
        <IssueCard
          key={issue.id}
          issue={issue}
          busy={busy}
          links={recordLinks(undefined)}
          onResolve={(resolution) => void state.resolve(issue.id, resolution)}
        />
      ))}
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
          <a class="kxs-link" href={xeroContactUrl(link.remoteId)} target="_blank" rel="noreferrer">
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
