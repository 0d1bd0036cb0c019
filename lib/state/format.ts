import type { IssueRow } from '../db/rows';
import type { CanonicalAddress, CanonicalPhone, SyncedField } from '../model/canonical';

/** Field names as Karbon's own Xero integration calls them. */
export const FIELD_LABELS: Record<SyncedField, string> = {
  name: 'Name',
  email: 'Billing Email',
  phone: 'Phone Number',
  address: 'Billing Address',
  street: 'Street Address',
};

/** One synced field's value as a single line of text ('—' when empty). */
export function formatFieldValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && 'number' in value) return (value as CanonicalPhone).number || '—';
  if (typeof value === 'object' && 'lines' in value) {
    const a = value as CanonicalAddress;
    const text = [a.lines.replace(/\n/g, ', '), a.city, [a.region, a.postalCode].filter(Boolean).join(' '), a.country]
      .filter(Boolean)
      .join(', ');
    return text || '—';
  }
  return JSON.stringify(value);
}

const ISSUE_TITLES: Record<IssueRow['kind'], string> = {
  'name-only': 'Match issue: only the name matches',
  'email-only': 'Match issue: only the email matches',
  'normalized-name': 'Match issue: the names match only after normalizing',
  ambiguous: 'Match issue: several Karbon contacts match',
  'field-conflict': 'Conflict: both sides changed',
  'name-clash': 'Xero already has a contact with this name',
  'sync-error': 'This record could not be synced',
  'type-review': 'Person or Organization?',
  'rejected-write': 'Not synced: refused',
};

/** The headline of an issue card. */
export function issueTitle(issue: IssueRow): string {
  const base = ISSUE_TITLES[issue.kind];
  if (issue.kind === 'rejected-write' && issue.field) {
    const by = issue.refusedBy === 'karbon' ? 'Karbon' : issue.refusedBy === 'xpm' ? 'XPM' : 'Xero';
    return `Not synced: ${by} refused the ${FIELD_LABELS[issue.field]}`;
  }
  return issue.kind === 'field-conflict' && issue.field ? `${base} ${FIELD_LABELS[issue.field]}` : base;
}

/** "2 minutes ago"-style age of an epoch-ms instant. */
export function timeAgo(at: number, now: number = Date.now()): string {
  const minutes = Math.round((now - at) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'} ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} hour${hours === 1 ? '' : 's'} ago`;
  return `${Math.round(hours / 24)} days ago`;
}
