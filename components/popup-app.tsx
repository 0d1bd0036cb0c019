import type { PopupState } from '../lib/state/popup-state';
import { firstSyncQuestion } from '../lib/state/run-words';
import { recordLinks } from '../lib/state/record-links';
import { ActivityList } from './activity-list';
import { ConnectionList } from './connection-list';
import { IssueList } from './issue-list';
import { PreviewLists } from './preview-lists';
import { SyncSummary } from './sync-summary';
import { NoticeLine } from './notice-line';
import type { RunnerState } from '../lib/state/runner-state';
import { SyncRunnerLine } from './sync-runner-line';

/** The toolbar popup (380 px): Sync now and Preview, connection health, the issues to review, and recent activity. */
export function PopupApp({ state, runner }: { state: PopupState; runner?: RunnerState }) {
  const overview = state.overview.value;
  const notice = state.notice.value;
  const busy = state.busy.value;
  const ready = overview.status === 'ready' ? overview.value : undefined;
  const running = busy || (ready?.running ?? false);
  return (
    <main class="kxs-root kxs-popup">
      <header class="kxs-popup__top">
        <img class="kxs-popup__logo" src="/icon/32.png" alt="" width={20} height={20} />
        <h1 class="kxs-popup__title">Karbon ⇄ Xero Sync</h1>
      </header>
      <section aria-label="Sync" class="kxs-popup__section">
        <div class="kxs-actions">
          <button
            type="button"
            class="kxs-button kxs-button--primary"
            disabled={running}
            onClick={() => void state.syncNow()}
          >
            Sync now
          </button>
          <button type="button" class="kxs-button" disabled={running} onClick={() => void state.syncNow(true)}>
            Preview
          </button>
        </div>
        {state.confirmingFirstSync.value && (
          <div class="kxs-confirm" role="alertdialog" aria-label="Confirm first sync">
            <p>{firstSyncQuestion(ready?.lastRun)}</p>
            <div class="kxs-actions">
              <button
                type="button"
                class="kxs-button kxs-button--primary"
                onClick={() => void state.confirmFirstSync()}
              >
                Start first sync
              </button>
              <button type="button" class="kxs-button" onClick={() => state.cancelFirstSync()}>
                Cancel
              </button>
            </div>
          </div>
        )}
        {ready && <SyncSummary running={running} progress={ready.progress} lastRun={ready.lastRun} />}
        {runner && <SyncRunnerLine view={runner.view.value} now={Date.now()} />}
        {ready?.lastRun?.dryRun && ready.lastRun.plan && !running && (
          <PreviewLists plan={ready.lastRun.plan} estimate={ready.lastRun.estimate} />
        )}
        <NoticeLine notice={notice} role="alert" />
      </section>
      <section aria-label="Connection health" class="kxs-popup__section">
        <h2 class="kxs-popup__heading">Connections</h2>
        {overview.status === 'loading' && <p class="kxs-muted">Loading…</p>}
        {overview.status === 'error' && (
          <div class="kxs-error" role="alert">
            <p>{overview.error}</p>
            <button type="button" class="kxs-button" onClick={() => void state.load()}>
              Retry
            </button>
          </div>
        )}
        {ready && <ConnectionList connections={ready.connections} />}
      </section>
      {ready && <IssueList state={state} issues={ready.issues} links={recordLinks(ready.karbonAppUrl)} />}
      {ready && (
        <section aria-label="Recent activity" class="kxs-popup__section">
          <h2 class="kxs-popup__heading">Recent activity</h2>
          <ActivityList
            entries={(ready.activity ?? []).slice(0, 10)}
            busy={busy}
            label="Recent changes"
            onUndo={(entry) => void state.undo(entry)}
          />
        </section>
      )}
      {ready && (ready.ignored?.length ?? 0) > 0 && (
        <section aria-label="Ignored" class="kxs-popup__section">
          <details class="kxs-details">
            <summary>Ignored ({ready.ignored?.length})</summary>
            <ul class="kxs-plan">
              {ready.ignored?.map((issue) => (
                <li key={issue.id} class="kxs-ignored">
                  <span>{issue.remote?.name ?? issue.candidates[0]?.name ?? issue.id}</span>
                  <button
                    type="button"
                    class="kxs-button kxs-button--small"
                    onClick={() => void state.restore(issue.id)}
                  >
                    Restore
                  </button>
                </li>
              ))}
            </ul>
          </details>
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
