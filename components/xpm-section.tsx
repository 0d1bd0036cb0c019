import type { ContactStatus } from '../lib/messages';
import type { PanelState } from '../lib/state/panel-state';
import { Button } from './button';
import { OpenLink } from './open-link';
import { LinkPill, SystemLink, type SystemWords } from './system-link';

const XPM_WORDS: SystemWords = {
  name: 'XPM',
  record: 'an XPM client',
  email: 'email',
  issues: 'Needs review',
  archived: 'Archived or deleted',
  kept: 'record',
};

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
  const link = xpm?.link;
  return (
    <section class="kxs-xpm" aria-label="Xero Practice Manager">
      <header class="kxs-panel__header">
        <h4 class="kxs-panel__title">Xero Practice Manager</h4>
        <LinkPill status={xpm} words={XPM_WORDS} />
      </header>
      {!xpm ? (
        <p class="kxs-muted">{connection.detail ?? 'Connect XPM in Options.'}</p>
      ) : (
        <>
          <SystemLink
            status={xpm}
            words={XPM_WORDS}
            busy={busy}
            onResolve={(id, resolution) => void state.resolve(id, resolution)}
          />
          <div class="kxs-actions">
            {!link && status.contact.kind === 'organization' && xpm.issues.length === 0 && (
              <Button label="Push to XPM" primary busy={busy} onClick={() => void state.pushToXpm()} />
            )}
            {link && xpm.remoteUrl && <OpenLink href={xpm.remoteUrl}>Open in XPM</OpenLink>}
            <Button label="Refresh" busy={busy} onClick={() => void state.refresh()} />
          </div>
        </>
      )}
    </section>
  );
}
