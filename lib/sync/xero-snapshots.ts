import { parseXeroDate } from '../api/xero-date';
import type { ContactKind } from '../model/canonical';
import type { XeroContactWire } from '../model/wire-types';
import { xeroLooksLikePerson, xeroToCanonical } from '../model/xero-mapping';
import type { SnapshotRow } from '../db/rows';
import type { RunContext } from './context';
import { snapshotId } from './keys';

/** A Xero contact's UpdatedDateUTC as an ISO string ('' when missing). */
export function xeroStamp(contact: XeroContactWire): string {
  return parseXeroDate(contact.UpdatedDateUTC)?.toISOString() ?? '';
}

/** True when the contact is archived (or otherwise not active) in Xero. */
export function isArchived(contact: XeroContactWire): boolean {
  return (contact.ContactStatus ?? 'ACTIVE') !== 'ACTIVE';
}

/** The stored Xero snapshot of a ContactID, if any. */
export function getXeroSnapshot(ctx: RunContext, contactId: string): Promise<SnapshotRow | undefined> {
  return ctx.deps.db.snapshots.get(snapshotId('xero', contactId));
}

/** Stores a Xero contact as the last seen version of that record. */
export async function recordXeroSnapshot(ctx: RunContext, contact: XeroContactWire, kind?: ContactKind): Promise<void> {
  if (ctx.dryRun || !contact.ContactID) return;
  await ctx.deps.db.snapshots.put({
    id: snapshotId('xero', contact.ContactID),
    system: 'xero',
    recordId: contact.ContactID,
    kind: kind ?? (xeroLooksLikePerson(contact) ? 'person' : 'org'),
    canonical: xeroToCanonical(contact),
    raw: contact,
    modifiedAt: xeroStamp(contact),
    archived: isArchived(contact),
    pulledAt: ctx.deps.now(),
  });
}
