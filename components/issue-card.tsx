import type { IssueResolution } from '../lib/sync';
import type { IssueView } from '../lib/background/issue-views';
import { formatFieldValue, issueTitle } from '../lib/state/format';
import { TypeReviewCard } from './type-review-card';

/** What every issue card gets: the issue, whether an action is running, and how to resolve it. */
export interface IssueCardProps {
  issue: IssueView;
  busy: boolean;
  onResolve: (resolution: IssueResolution) => void;
}

/** One match issue, field conflict or name clash, with the actions that resolve it. */
export function IssueCard({ issue, busy, onResolve }: IssueCardProps) {
  if (issue.kind === 'type-review') return <TypeReviewCard issue={issue} busy={busy} onResolve={onResolve} />;
  const title = issueTitle(issue);
  return (
    <article class="kxs-issue" aria-label={title}>
      <h4 class="kxs-issue__title">{title}</h4>
      {issue.remote && (
        <p class="kxs-muted">
          Xero: {issue.remote.name || '—'} · {issue.remote.email || 'no email'}
        </p>
      )}
      {issue.kind !== 'field-conflict' &&
        issue.candidates.map((c) => (
          <p key={c.key} class="kxs-muted">
            Karbon: {c.name || '—'} · {c.email || 'no email'}
          </p>
        ))}
      {issue.signals && issue.signals.length > 0 && (
        <p class="kxs-muted">
          Agreed: {issue.signals.join(', ')}
          {issue.score !== undefined && ` · score ${Math.round(issue.score * 100)}%`}
        </p>
      )}
      {issue.message && <p class="kxs-error">{issue.message}</p>}
      {(issue.kind === 'field-conflict' || issue.kind === 'rejected-write') && (
        <dl class="kxs-diff">
          <dt>Karbon</dt>
          <dd>{formatFieldValue(issue.karbonValue)}</dd>
          <dt>Xero</dt>
          <dd>{formatFieldValue(issue.remoteValue)}</dd>
        </dl>
      )}
      <div class="kxs-actions">
        <IssueActions issue={issue} busy={busy} onResolve={onResolve} />
      </div>
    </article>
  );
}

function IssueActions({ issue, busy, onResolve }: IssueCardProps) {
  const button = (label: string, resolution: IssueResolution, primary = false) => (
    <button
      type="button"
      class={primary ? 'kxs-button kxs-button--primary' : 'kxs-button'}
      disabled={busy}
      onClick={() => onResolve(resolution)}
    >
      {label}
    </button>
  );
  if (issue.kind === 'field-conflict') {
    return (
      <>
        {button('Keep Karbon value', { action: 'keep', side: 'karbon' })}
        {button('Keep Xero value', { action: 'keep', side: 'remote' })}
      </>
    );
  }
  if (issue.kind === 'sync-error') return button('Dismiss', { action: 'dismiss' });
  if (issue.kind === 'rejected-write') {
    // The refused value stays where it was typed: fix it there, or take the value the other side holds.
    const fromKarbon = issue.refusedBy !== 'karbon';
    return (
      <>
        <p class="kxs-muted">Edit it in {fromKarbon ? 'Karbon' : 'Xero'}: the next sync sends the new value.</p>
        {fromKarbon
          ? button('Keep Xero value', { action: 'keep', side: 'remote' })
          : button('Keep Karbon value', { action: 'keep', side: 'karbon' })}
      </>
    );
  }
  if (issue.kind === 'name-clash') {
    return (
      <>
        {button('Link to existing Xero contact', { action: 'link-existing' }, true)}
        {button('Dismiss', { action: 'dismiss' })}
      </>
    );
  }
  const several = issue.candidates.length > 1;
  return (
    <>
      {issue.candidates.map((c) =>
        button(
          several ? `Confirm Match (${c.name})` : 'Confirm Match',
          { action: 'confirm-match', karbonKey: c.key },
          true,
        ),
      )}
      {button('Create New Contact', { action: 'create-new' })}
      {button('Dismiss', { action: 'dismiss' })}
    </>
  );
}
