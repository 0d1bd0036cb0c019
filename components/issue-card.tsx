import type { IssueResolution } from '../lib/sync';
import type { IssueView } from '../lib/background/issue-views';
import { formatFieldValue, issueTitle } from '../lib/state/format';
import { ACTION_HINTS } from '../lib/state/issue-words';
import type { RecordLinks } from '../lib/state/record-links';
import { Choice } from './choice';
import { IssueHead } from './issue-head';
import { PendingLine } from './notice-line';
import { OpenLink } from './open-link';
import { TypeReviewCard } from './type-review-card';

export interface IssueCardProps {
  issue: IssueView;
  busy: boolean;
  /** What the card is doing right now ("Linking…"), shown instead of its buttons. */
  pending?: string | undefined;
  onResolve: (resolution: IssueResolution) => void;
  /** Links to the Xero and Karbon records. */
  links?: RecordLinks | undefined;
  /** When set, the card has a checkbox for bulk resolving. */
  selected?: boolean | undefined;
  onSelect?: ((selected: boolean) => void) | undefined;
}

/** One match issue, field conflict or name clash: both records, what matched, and the actions that resolve it. */
export function IssueCard(props: IssueCardProps) {
  const { issue, links } = props;
  if (issue.kind === 'type-review') return <TypeReviewCard {...props} />;
  const title = issueTitle(issue);
  const words = issue.words;
  return (
    <article class="kxs-issue" aria-label={title}>
      <IssueHead
        title={title}
        name={issue.remote?.name ?? issue.candidates[0]?.name ?? title}
        selected={props.selected}
        onSelect={props.onSelect}
      />
      {issue.remote && <RecordLine system="Xero" record={issue.remote} href={links?.xero(issue.remoteId)} />}
      {issue.kind !== 'field-conflict' &&
        issue.candidates.map((c) => (
          <RecordLine key={c.key} system="Karbon" record={c} href={links?.karbon?.(c.key, c.kind)} />
        ))}
      {words && (
        <p class="kxs-muted">
          {words.matched} {words.differs}
        </p>
      )}
      {issue.score !== undefined && (
        <details class="kxs-details">
          <summary>Details</summary>
          <span class="kxs-muted">
            Match score {Math.round(issue.score * 100)}% from: {(issue.signals ?? []).join(', ') || 'none'}
          </span>
        </details>
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
      {props.pending ? (
        <PendingLine text={props.pending} />
      ) : (
        <div class="kxs-choices">
          <IssueActions {...props} />
        </div>
      )}
    </article>
  );
}

/** One side of an issue: which system, the record's name and email, and a link to it where known. */
function RecordLine({
  system,
  record,
  href,
}: {
  system: string;
  record: { name: string; email: string };
  href: string | undefined;
}) {
  return (
    <p class="kxs-issue__record">
      <span class="kxs-tag">{system}</span> {record.name || '—'} · {record.email || 'no email'}{' '}
      {href && <OpenLink href={href}>open</OpenLink>}
    </p>
  );
}

function IssueActions({ issue, busy, onResolve }: IssueCardProps) {
  const choice = (label: string, hint: string, resolution: IssueResolution, primary = false) => (
    <Choice
      key={label}
      id={`kxs-hint-${issue.id}-${label}`.replace(/[^A-Za-z0-9_-]/g, '-')}
      label={label}
      hint={hint}
      busy={busy}
      primary={primary}
      onClick={() => onResolve(resolution)}
    />
  );
  const ignore = choice('Ignore', ACTION_HINTS.ignore, { action: 'dismiss' });
  if (issue.kind === 'field-conflict') {
    return (
      <>
        {choice('Keep Karbon value', ACTION_HINTS.keepKarbon, { action: 'keep', side: 'karbon' })}
        {choice('Keep Xero value', ACTION_HINTS.keepXero, { action: 'keep', side: 'remote' })}
      </>
    );
  }
  if (issue.kind === 'sync-error') return ignore;
  if (issue.kind === 'rejected-write') {
    // The refused value stays where it was typed: fix it there, or take the value the other side holds.
    const fromKarbon = issue.refusedBy !== 'karbon';
    return (
      <>
        <p class="kxs-muted">Edit it in {fromKarbon ? 'Karbon' : 'Xero'}: the next sync sends the new value.</p>
        {fromKarbon
          ? choice('Keep Xero value', ACTION_HINTS.keepXero, { action: 'keep', side: 'remote' })
          : choice('Keep Karbon value', ACTION_HINTS.keepKarbon, { action: 'keep', side: 'karbon' })}
      </>
    );
  }
  if (issue.kind === 'name-clash') {
    return (
      <>
        {choice('Link to existing Xero contact', ACTION_HINTS.linkExisting, { action: 'link-existing' }, true)}
        {ignore}
      </>
    );
  }
  const several = issue.candidates.length > 1;
  return (
    <>
      {issue.candidates.map((c) =>
        choice(
          several ? `Confirm Match (${c.name})` : 'Confirm Match',
          ACTION_HINTS.confirm,
          { action: 'confirm-match', karbonKey: c.key },
          true,
        ),
      )}
      {choice('Create New Contact', ACTION_HINTS.createNew, { action: 'create-new' })}
      {ignore}
    </>
  );
}
