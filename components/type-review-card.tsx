import { useSignal } from '@preact/signals';
import type { ContactKind } from '../lib/model/canonical';
import type { IssueCardProps } from './issue-card';

const KIND_LABELS: Record<ContactKind, string> = { person: 'Person', org: 'Organization' };

/** A `type-review` issue: the classifier's suggestion preselected, its reasons, and Confirm to create the record. */
export function TypeReviewCard({ issue, busy, onResolve }: IssueCardProps) {
  const suggested = issue.suggestedKind ?? 'org';
  const choice = useSignal<ContactKind>(suggested);
  const name = issue.remote?.name || issue.remoteId;
  const group = `kxs-type-${issue.id}`;
  return (
    <article class="kxs-issue" aria-label={`Person or Organization? ${name}`}>
      <h4 class="kxs-issue__title">Person or Organization?</h4>
      <p class="kxs-muted">
        Xero: {name} · {issue.remote?.email || 'no email'}
      </p>
      <p class="kxs-muted">
        Suggested: {KIND_LABELS[suggested]}
        {issue.confidence !== undefined && ` (${Math.round(issue.confidence * 100)}% sure)`}. Nothing is created in
        Karbon until you confirm.
      </p>
      {issue.reasons && issue.reasons.length > 0 && (
        <ul class="kxs-list" aria-label="Reasons">
          {issue.reasons.map((reason) => (
            <li key={reason} class="kxs-muted">
              {reason}
            </li>
          ))}
        </ul>
      )}
      <fieldset class="kxs-choice">
        <legend>Create in Karbon as</legend>
        {(['person', 'org'] as const).map((kind) => (
          <label key={kind}>
            <input
              type="radio"
              name={group}
              value={kind}
              checked={choice.value === kind}
              disabled={busy}
              onChange={() => (choice.value = kind)}
            />{' '}
            {KIND_LABELS[kind]}
          </label>
        ))}
      </fieldset>
      <div class="kxs-actions">
        <button
          type="button"
          class="kxs-button kxs-button--primary"
          disabled={busy}
          onClick={() => onResolve({ action: 'create-new', kind: choice.value })}
        >
          Confirm
        </button>
        <button type="button" class="kxs-button" disabled={busy} onClick={() => onResolve({ action: 'dismiss' })}>
          Dismiss
        </button>
      </div>
    </article>
  );
}
