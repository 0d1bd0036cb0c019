import type { PopupState } from '../lib/state/popup-state';
import { ConnectionList } from './connection-list';

/** The toolbar popup: connection health first, so a broken connection is seen before it stops syncing. */
export function PopupApp({ state }: { state: PopupState }) {
  const overview = state.overview.value;
  return (
    <main class="kxs-root kxs-popup">
      <h1 class="kxs-popup__title">Karbon ⇄ Xero Sync</h1>
      <section aria-label="Connection health">
        <h2 class="kxs-popup__heading">Connections</h2>
        {overview.status === 'loading' && <p class="kxs-muted">Loading…</p>}
        {overview.status === 'error' && (
          <p class="kxs-error" role="alert">
            {overview.error}
          </p>
        )}
        {overview.status === 'ready' && <ConnectionList connections={overview.value.connections} />}
      </section>
      <footer class="kxs-popup__footer">
        <button type="button" class="kxs-button" onClick={() => void state.openOptions()}>
          Open Options
        </button>
      </footer>
    </main>
  );
}
