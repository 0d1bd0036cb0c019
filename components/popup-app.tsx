import type { PopupState } from '../lib/state/popup-state';
import { ConnectionList } from './connection-list';
import { IssueCard } from './issue-card';
import { TypeReviewBulk } from './type-review-bulk';
import { SyncSummary } from './sync-summary';
import { NoticeLine } from './notice-line';
import type { RunnerState } from '../lib/state/runner-state';
import { SyncRunnerLine } from './sync-runner-line';

/** The toolbar popup: Sync now, connection health (seen before it breaks syncing), and the open issues. */
export function PopupApp({ state, runner }: { state: PopupState; runner?: RunnerState }) {
  const overview = state.overview.value;
  const notice = state.notice.value;
  const busy = state.busy.value;
  const ready = overview.status === 'ready' ? overview.value : undefined;
  return (
    <main class="kxs-root kxs-popup">
      <h1 class="kxs-popup__title">Karbon ⇄ Xero Sync</h1>
      <section aria-label="Sync">
        <div class="kxs-actions">
          <button
            type="button"
            class="kxs-button kxs-button--primary"
            disabled={busy || ready?.running}
            onClick={() => void state.syncNow()}
          >
            Sync now
          </button>
          <button
            type="button"
            class="kxs-button"
            disabled={busy || ready?.running}
            onClick={() => void state.syncNow(true)}
          >
            Preview
          </button>
        </div>
        {ready && <SyncSummary running={busy || ready.running} progress={ready.progress} lastRun={ready.lastRun} />}
        {runner && <SyncRunnerLine view={runner.view.value} now={Date.now()} />}
        <NoticeLine notice={notice} role="alert" />
      </section>
      <section aria-label="Connection health">
        <h2 class="kxs-popup__heading">Connections</h2>
        {overview.status === 'loading' && <p class="kxs-muted">Loading…</p>}
        {overview.status === 'error' && (
          <p class="kxs-error" role="alert">
            {overview.error}
          </p>
        )}
        {ready && <ConnectionList connections={ready.connections} />}
      </section>
      {ready && (
        <section aria-label="Open issues">
          <h2 class="kxs-popup__heading">Open issues ({ready.issues.length})</h2>
          {ready.issues.length === 0 && <p class="kxs-muted">Nothing needs your review.</p>}
          <TypeReviewBulk issues={ready.issues} busy={busy} onResolveAll={(items) => void state.resolveAll(items)} />
          {ready.issues.map((issue) => (
            <IssueCard
              key={issue.id}
              issue={issue}
              busy={busy}
              onResolve={(resolution) => void state.resolve(issue.id, resolution)}
            />
          ))}
        </section>
      )}
      <footer class="kxs-popup__footer">
        <button type="button" class="kxs-button" onClick={() => void state.openOptions()}>
          Open Options
        </button>
      </footer>
    </main>
  );
}
