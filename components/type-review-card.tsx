import { Component } from 'preact';
import type { ContactKind } from '../lib/model/canonical';
import { ACTION_HINTS } from '../lib/state/issue-words';
import type { IssueCardProps } from './issue-card';

const KIND_LABELS: Record<ContactKind, string> = { person: 'Person', org: 'Organization' };

/**
 * A `type-review` issue: the classifier's suggestion preselected, its reasons, and Confirm to create the record. A
 * class keeping the choice in its own state, so the content script needs no hooks module.
 */
export class TypeReviewCard extends Component<IssueCardProps, { picked?: ContactKind }> {
  override render({ issue, busy, pending, onResolve, selected, onSelect }: IssueCardProps) {
    const suggested = issue.suggestedKind ?? 'org';
    const choice = this.state.picked ?? suggested;
    const name = issue.remote?.name || issue.remoteId;
    const id = `kxs-type-${issue.id}`.replace(/[^A-Za-z0-9_-]/g, '-');
    return (
      <article class="kxs-issue" aria-label={`Person or Organization? ${name}`}>
        <div class="kxs-issue__head">
          {onSelect && (
            <input
              type="checkbox"
              class="kxs-issue__select"
              aria-label={`Select: ${name}`}
              checked={selected ?? false}
              onChange={(event) => onSelect(event.currentTarget.checked)}
            />
          )}
          <h4 class="kxs-issue__title">Person or Organization?</h4>
        </div>
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
        {pending ? (
          <p class="kxs-pending" aria-live="polite">
            {pending}
          </p>
        ) : (
          <>
            <fieldset class="kxs-choice">
              <legend>Create in Karbon as</legend>
              {(['person', 'org'] as const).map((kind) => (
                <label key={kind}>
                  <input
                    type="radio"
                    name={id}
                    value={kind}
                    checked={choice === kind}
                    disabled={busy}
                    onChange={() => this.setState({ picked: kind })}
                  />{' '}
                  {KIND_LABELS[kind]}
                </label>
              ))}
            </fieldset>
            <div class="kxs-choices">
              <div class="kxs-choice">
                <button
                  type="button"
                  class="kxs-button kxs-button--primary"
                  disabled={busy}
                  aria-describedby={`${id}-confirm`}
                  onClick={() => onResolve({ action: 'create-new', kind: choice })}
                >
                  Confirm
                </button>
                <span id={`${id}-confirm`} class="kxs-hint">
                  adds a new {KIND_LABELS[choice].toLowerCase()} in Karbon
                </span>
              </div>
              <div class="kxs-choice">
                <button
                  type="button"
                  class="kxs-button"
                  disabled={busy}
                  aria-describedby={`${id}-ignore`}
                  onClick={() => onResolve({ action: 'dismiss' })}
                >
                  Ignore
                </button>
                <span id={`${id}-ignore`} class="kxs-hint">
                  {ACTION_HINTS.ignore}
                </span>
              </div>
            </div>
          </>
        )}
      </article>
    );
  }
}
