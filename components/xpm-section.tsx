import type { ContactStatus } from '../lib/messages';
import type { PanelState } from '../lib/state/panel-state';
import { FieldDiff } from './field-diff';
import { IssueCard } from './issue-card';
import { StatusPill, type PillTone } from './status-pill';

const HOW_LABELS = {
  'full-match': 'matched on name and email',
  confirmed: 'match confirmed by hand',
  'created-in-karbon': 'created in Karbon from XPM',
  'pushed-from-karbon': 'created in XPM from Karbon',
} as const;

type XpmStatus = NonNullable<ContactStatus['xpm']>;

function pillOf(xpm: XpmStatus): [string, PillTone] {
  if (xpm.issues.some((i) => i.kind === 'field-conflict')) return ['Conflict', 'red'];
  if (xpm.issues.length > 0) return ['Needs review', 'amber'];
  if (!xpm.link) return ['Not linked', 'grey'];
  if (xpm.link.remoteArchivedAt) return ['Archived in XPM', 'grey'];
  return xpm.link.state === 'unsynced' ? ['Unsynced', 'grey'] : ['Linked', 'green'];
}

/**
 * The panel's "Xero Practice Manager" region, under the Xero one: the contact's link with its XPM client (or contact),
 * the synced fields side by side, its XPM issues with their actions, Push to XPM for an organization not linked yet,
 * Open in XPM, and Refresh.
 */
export function XpmSection({ status, state }: { status: ContactStatus; state: PanelState }) {
  const connection = status.connections.xpm;
  if (connection.state === 'off') return null;
  const xpm = status.xpm;
  const busy = state.busy.value;
  const [label, tone] = xpm ? pillOf(xpm) : ['Not connected', 'grey' as PillTone];
  const link = xpm?.link;
  return (
    <section class="kxs-xpm" aria-label="Xero Practice Manager">
      <header class="kxs-panel__header">
        <h4 class="kxs-panel__title">Xero Practice Manager</h4>
        <StatusPill tone={tone}>{label}</StatusPill>
      </header>
      {!xpm ? (
        <p class="kxs-muted">{connection.detail ?? 'Connect XPM in Options.'}</p>
      ) : (
        <>
          {link ? (
            <>
              <p>
                Linked to <strong>{xpm.remote?.name || 'an XPM client'}</strong> ({HOW_LABELS[link.how]}, since{' '}
                {new Date(link.linkedAt).toLocaleDateString()}).
              </p>
              {link.remoteArchivedAt && (
                <p class="kxs-muted">
                  Archived or deleted in XPM on {new Date(link.remoteArchivedAt).toLocaleDateString()}: syncing stopped,
                  and this Karbon record is kept.
                </p>
              )}
              <FieldDiff
                remoteName="XPM"
                {...(xpm.karbon ? { karbon: xpm.karbon } : {})}
                {...(xpm.remote ? { remote: xpm.remote } : {})}
              />
            </>
          ) : (
            <p>This contact is not linked to an XPM client.</p>
          )}
          {xpm.issues.map((issue) => (
            <IssueCard
              key={issue.id}
              issue={issue}
              busy={busy}
              onResolve={(resolution) => void state.resolve(issue.id, resolution)}
            />
          ))}
          <div class="kxs-actions">
            {!link && status.contact.kind === 'organization' && xpm.issues.length === 0 && (
              <button
                type="button"
                class="kxs-button kxs-button--primary"
                disabled={busy}
                onClick={() => void state.pushToXpm()}
              >
                Push to XPM
              </button>
            )}
            {link && xpm.remoteUrl && (
              <a class="kxs-link" href={xpm.remoteUrl} target="_blank" rel="noreferrer">
                Open in XPM
              </a>
            )}
            <button type="button" class="kxs-button" disabled={busy} onClick={() => void state.refresh()}>
              Refresh
            </button>
          </div>
        </>
      )}
    </section>
  );
}
