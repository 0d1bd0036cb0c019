import type { LinkRow } from '../lib/db/rows';
import type { SystemStatus } from '../lib/messages';
import type { RecordLinks } from '../lib/state/record-links';
import type { IssueResolution } from '../lib/sync';
import { ClassificationNote } from './classification-note';
import { FieldDiff } from './field-diff';
import { IssueCard } from './issue-card';
import { StatusPill, type PillTone } from './status-pill';

/** How the panel names one remote system (Xero, or Xero Practice Manager) in its sentences. */
export interface SystemWords {
  /** "Xero", "XPM". */
  name: string;
  /** Its record, with an article: "a Xero contact", "an XPM client". */
  record: string;
  /** The email a full match compares: Xero's is the billing email. */
  email: string;
  /** The pill of a contact with open issues there. */
  issues: string;
  /** How a record gone there is described: "Archived", "Archived or deleted". */
  archived: string;
  /** What stays in Karbon then: "contact", "record". */
  kept: string;
}

/** How the link was made, in words. */
function howWords(how: LinkRow['how'], words: SystemWords): string {
  if (how === 'full-match') return `matched on name and ${words.email}`;
  if (how === 'confirmed') return 'match confirmed by hand';
  return how === 'created-in-karbon' ? `created in Karbon from ${words.name}` : `created in ${words.name} from Karbon`;
}

function pillOf(status: SystemStatus | undefined, words: SystemWords): [string, PillTone] {
  if (!status) return ['Not connected', 'grey'];
  if (status.issues.some((i) => i.kind === 'field-conflict')) return ['Conflict', 'red'];
  if (status.issues.length > 0) return [words.issues, 'amber'];
  const link = status.link;
  if (!link) return ['Not linked', 'grey'];
  if (link.remoteArchivedAt) return [`Archived in ${words.name}`, 'grey'];
  return link.state === 'unsynced' ? ['Unsynced', 'grey'] : ['Linked', 'green'];
}

/** The state of a contact's link with one system, as a coloured pill (Not connected when the system is not). */
export function LinkPill({ status, words }: { status: SystemStatus | undefined; words: SystemWords }) {
  const [label, tone] = pillOf(status, words);
  return <StatusPill tone={tone}>{label}</StatusPill>;
}

/**
 * A contact's link with one system: whom it is linked to, how and since when, the synced fields side by side, and
 * its open issues there with their actions.
 */
export function SystemLink({
  status,
  words,
  busy,
  links,
  onResolve,
}: {
  status: SystemStatus;
  words: SystemWords;
  busy: boolean;
  links?: RecordLinks | undefined;
  onResolve: (issueId: string, resolution: IssueResolution) => void;
}) {
  const link = status.link;
  return (
    <>
      {link ? (
        <>
          <p>
            Linked to <strong>{status.remote?.name || words.record}</strong> ({howWords(link.how, words)}, since{' '}
            {new Date(link.linkedAt).toLocaleDateString()}).
            {link.state === 'unsynced' && ' Syncing is stopped for this contact.'}
          </p>
          {link.classification && <ClassificationNote classification={link.classification} />}
          {link.remoteArchivedAt && (
            <p class="kxs-muted">
              {words.archived} in {words.name} on {new Date(link.remoteArchivedAt).toLocaleDateString()}: syncing
              stopped, and this Karbon {words.kept} is kept.
            </p>
          )}
          <FieldDiff status={status} remoteName={words.name} />
        </>
      ) : (
        <p>This contact is not linked to {words.record}.</p>
      )}
      {status.issues.map((issue) => (
        <IssueCard
          key={issue.id}
          issue={issue}
          busy={busy}
          links={links}
          onResolve={(resolution) => onResolve(issue.id, resolution)}
        />
      ))}
    </>
  );
}
