import type { IssueView } from '../lib/background/issue-views';
import type { IssueGroup } from '../lib/state/issue-words';
import type { PopupState } from '../lib/state/popup-state';
import type { RecordLinks } from '../lib/state/record-links';
import { useSignal } from '@preact/signals';
import { IssueCard } from './issue-card';
import { TypeReviewBulk } from './type-review-bulk';

const FILTERS: [IssueGroup | 'all', string][] = [
  ['all', 'All'],
  ['match', 'Match issues'],
  ['type', 'Person or Organization?'],
  ['conflict', 'Conflicts'],
  ['error', 'Errors'],
];

/** Cards shown at first (and per "Show more"), so a long review list stays a short popup. */
export const ISSUES_PER_PAGE = 8;

/** The popup's open issues: filter by kind, search by name, select several and resolve them together. */
export function IssueList({ state, issues, links }: { state: PopupState; issues: IssueView[]; links: RecordLinks }) {
  const visible = state.visibleIssues.value;
  const selected = state.selected.value;
  const busy = state.busy.value;
  const pending = state.pending.value;
  const allChosen = visible.length > 0 && visible.every((i) => selected.has(i.id));
  const shown = useSignal(ISSUES_PER_PAGE);
  return (
    <section aria-label="Open issues" class="kxs-popup__section">
      <h2 class="kxs-popup__heading">Open issues ({issues.length})</h2>
      {issues.length === 0 ? (
        <p class="kxs-muted">Nothing needs your review.</p>
      ) : (
        <>
          <div class="kxs-filters">
            <label class="kxs-field kxs-field--inline">
              <span>Show</span>
              <select
                value={state.filter.value}
                onChange={(e) => (state.filter.value = e.currentTarget.value as IssueGroup | 'all')}
              >
                {FILTERS.map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
            <input
              type="search"
              class="kxs-search"
              placeholder="Search by name"
              aria-label="Search issues by name"
              value={state.search.value}
              onInput={(e) => (state.search.value = e.currentTarget.value)}
            />
          </div>
          <div class="kxs-bulk" role="group" aria-label="Bulk actions">
            <label class="kxs-check">
              <input type="checkbox" checked={allChosen} onChange={(e) => state.selectAll(e.currentTarget.checked)} />
              Select all shown ({visible.length})
            </label>
            {selected.size > 0 && (
              <div class="kxs-actions">
                <button
                  type="button"
                  class="kxs-button kxs-button--primary kxs-button--small"
                  disabled={busy}
                  onClick={() => void state.resolveSelected('confirm')}
                >
                  Confirm selected ({selected.size})
                </button>
                <button
                  type="button"
                  class="kxs-button kxs-button--small"
                  disabled={busy}
                  onClick={() => void state.resolveSelected('create-new')}
                >
                  Create new for selected
                </button>
                <button
                  type="button"
                  class="kxs-button kxs-button--small"
                  disabled={busy}
                  onClick={() => void state.resolveSelected('ignore')}
                >
                  Ignore selected
                </button>
              </div>
            )}
            <p class="kxs-muted" role="status" aria-live="polite">
              {state.bulkProgress.value ?? ''}
            </p>
          </div>
          <TypeReviewBulk issues={issues} busy={busy} onResolveAll={(items) => void state.resolveAll(items)} />
          {visible.length === 0 && <p class="kxs-muted">No issue matches this filter.</p>}
          {visible.slice(0, shown.value).map((issue) => (
            <IssueCard
              key={issue.id}
              issue={issue}
              busy={busy}
              pending={pending[issue.id]}
              links={links}
              selected={selected.has(issue.id)}
              onSelect={(on) => state.toggle(issue.id, on)}
              onResolve={(resolution) => void state.resolve(issue.id, resolution)}
            />
          ))}
          {visible.length > shown.value && (
            <button type="button" class="kxs-button" onClick={() => (shown.value += ISSUES_PER_PAGE)}>
              Show {Math.min(ISSUES_PER_PAGE, visible.length - shown.value)} more of {visible.length - shown.value}
            </button>
          )}
        </>
      )}
    </section>
  );
}
