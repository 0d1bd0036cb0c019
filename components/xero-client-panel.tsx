import type { ContactStatus } from '../lib/messages';
import type { PanelState } from '../lib/state/panel-state';
import { StatusPill } from './status-pill';

/** The "Xero Client" section on a Karbon contact page. */
export function XeroClientPanel({ state }: { state: PanelState }) {
  const status = state.status.value;
  return (
    <section class="kxs-panel" aria-label="Xero Client">
      <header class="kxs-panel__header">
        <h3 class="kxs-panel__title">Xero Client</h3>
        {status.status === 'ready' && <XeroPill status={status.value} />}
      </header>
      {status.status === 'loading' && <p class="kxs-muted">Checking this contact's link with Xero…</p>}
      {status.status === 'error' && (
        <p class="kxs-error" role="alert">
          {status.error}
        </p>
      )}
      {status.status === 'ready' && <PanelBody status={status.value} onOpenOptions={() => void state.openOptions()} />}
    </section>
  );
}

function XeroPill({ status }: { status: ContactStatus }) {
  return status.connections.xero.state === 'connected' ? (
    <StatusPill tone="green">Connected</StatusPill>
  ) : (
    <StatusPill tone="grey">Not connected</StatusPill>
  );
}

function PanelBody({ status, onOpenOptions }: { status: ContactStatus; onOpenOptions: () => void }) {
  const { xero, karbon } = status.connections;
  const missing = [xero, karbon].filter((c) => c.state !== 'connected');
  if (missing.length > 0) {
    return (
      <div class="kxs-panel__body">
        <p>
          This extension is not connected to{' '}
          {missing.map((c) => (c.service === 'xero' ? 'Xero' : 'Karbon')).join(' or ')} yet, so it cannot show or sync
          this contact.
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
  return (
    <div class="kxs-panel__body">
      <p>Connected to {xero.name ?? 'Xero'}. This contact's link appears here after the next sync.</p>
    </div>
  );
}
