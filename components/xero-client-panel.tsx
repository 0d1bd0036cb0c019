import type { ContactStatus } from '../lib/messages';
import type { PanelState } from '../lib/state/panel-state';
import { Choice } from './choice';
import { Button } from './button';
import { ErrorRetry } from './error-retry';
import { NoticeLine, PendingLine } from './notice-line';
import { DockNote, DockToggle, type PanelDock } from './panel-dock-chrome';
import { ActivityList } from './activity-list';
import { ACTION_HINTS } from '../lib/state/issue-words';
import { xeroContactUrl } from '../lib/state/record-links';
import { XpmSection } from './xpm-section';
import { live } from './live';
import { OpenLink } from './open-link';
import { LinkPill, SystemLink, type SystemWords } from './system-link';

const XERO_WORDS: SystemWords = {
  name: 'Xero',
  record: 'a Xero contact',
  email: 'billing email',
  issues: 'Match issue',
  archived: 'Archived',
  kept: 'contact',
};
const XERO_LINKS = { xero: xeroContactUrl };

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
          {status.status === 'error' && <ErrorRetry error={status.error} onRetry={() => void state.reload()} />}
          {status.status === 'ready' && <PanelBody status={status.value} state={state} />}
          {status.status === 'ready' && <XpmSection status={status.value} state={state} />}
          <PendingLine text={state.pending.value} />
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
          <Choice
            id="kxs-hint-create-contact"
            label="Create Contact"
            hint={ACTION_HINTS.createContact}
            busy={busy}
            primary
            onClick={() => void state.createContact()}
          />
        )}
        {link && link.state === 'linked' && !link.remoteArchivedAt && (
          <Button label="Stop Syncing Contact" busy={busy} onClick={() => void state.unsync(link.id)} />
        )}
        {link && link.state === 'unsynced' && (
          <Button label="Re-sync" busy={busy} onClick={() => void state.resync(link.id)} />
        )}
        {link && <OpenLink href={xeroContactUrl(link.remoteId)}>Open in Xero</OpenLink>}
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
      <Button label="Open Options" primary onClick={onOpenOptions} />
    </div>
  );
}
