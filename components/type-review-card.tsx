import { Component } from 'preact';
import type { ContactKind } from '../lib/model/canonical';
import { ACTION_HINTS } from '../lib/state/issue-words';
import { Choice } from './choice';
import { IssueHead } from './issue-head';
import { PendingLine } from './notice-line';
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
        <IssueHead title="Person or Organization?" name={name} selected={selected} onSelect={onSelect} />
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
          <PendingLine text={pending} />
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
              <Choice
                id={`${id}-confirm`}
                label="Confirm"
                hint={`adds a new ${KIND_LABELS[choice].toLowerCase()} in Karbon`}
                busy={busy}
                primary
                onClick={() => onResolve({ action: 'create-new', kind: choice })}
              />
              <Choice
                id={`${id}-ignore`}
                label="Ignore"
                hint={ACTION_HINTS.ignore}
                busy={busy}
                onClick={() => onResolve({ action: 'dismiss' })}
              />
            </div>
          </>
        )}
      </article>
    );
  }
}
