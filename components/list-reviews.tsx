import type { ReviewState } from '../lib/state/review-state';
import { ErrorRetry } from './error-retry';
import { live } from './live';
import { NoticeLine } from './notice-line';
import { TypeReviewCard } from './type-review-card';

/**
 * On Karbon's contact list, docked at the bottom right: the Xero contacts waiting for "Person or Organization?", each
 * with the suggestion preselected and its reasons; Confirm creates the record in Karbon. Nothing shows when none wait.
 */
export const ListReviews = live(Reviews, ({ state }) => [state]);

function Reviews({ state }: { state: ReviewState }) {
  const collapsed = state.collapsed;
  const reviews = state.reviews.value;
  if (reviews.status === 'loading' || (reviews.status === 'ready' && reviews.value.length === 0)) return null;
  const count = reviews.status === 'ready' ? reviews.value.length : 0;
  return (
    <section class="kxs-panel kxs-panel--docked" aria-label="Xero contacts to add">
      <header class="kxs-panel__header">
        <h3 class="kxs-panel__title">Xero contacts to add{count ? ` (${count})` : ''}</h3>
        <button
          type="button"
          class="kxs-button kxs-button--small"
          aria-expanded={!collapsed.value}
          aria-label={collapsed.value ? 'Expand Xero contacts to add' : 'Collapse Xero contacts to add'}
          onClick={() => (collapsed.value = !collapsed.value)}
        >
          {collapsed.value ? '▴' : '▾'}
        </button>
      </header>
      {!collapsed.value && (
        <>
          {reviews.status === 'error' ? (
            <ErrorRetry error={reviews.error} onRetry={() => void state.load()} />
          ) : (
            <p class="kxs-muted">Choose Person or Organization for each, then Confirm: it is created in Karbon.</p>
          )}
          {reviews.status === 'ready' &&
            reviews.value.map((issue) => (
              <TypeReviewCard
                key={issue.id}
                issue={issue}
                busy={state.busy.value}
                pending={state.pending.value[issue.id]}
                onResolve={(resolution) => void state.resolve(issue.id, resolution)}
              />
            ))}
          <NoticeLine notice={state.notice.value} role="status" />
        </>
      )}
    </section>
  );
}
