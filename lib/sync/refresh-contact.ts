import type { CanonicalContact } from '../model/canonical';
import { karbonToCanonical } from '../model/karbon-mapping';
import { xeroToCanonical } from '../model/xero-mapping';
import type { IssueRow, LinkRow } from '../db/rows';
import type { RunContext } from './context';
import { readKarbonRecord } from './karbon-lookup';
import { recordKarbonDetail } from './karbon-snapshots';
import { linkOfKarbonKey } from './link-ops';
import { processLinkedContact } from './process-xero-contact';
import { flushXeroUpdates, type XeroUpdate } from './write-xero';

/** What the panel shows for one Karbon contact. */
export interface ContactStatus {
  karbonKey: string;
  link?: LinkRow;
  issues: IssueRow[];
  karbon?: CanonicalContact;
  remote?: CanonicalContact;
}

/** The panel's view of a Karbon contact from the database alone (no network). */
export async function contactStatus(ctx: Pick<RunContext, 'deps'>, karbonKey: string): Promise<ContactStatus> {
  const { db } = ctx.deps;
  const link = await linkOfKarbonKey(ctx, karbonKey);
  const issues = await db.issues
    .where('karbonKeys')
    .equals(karbonKey)
    .filter((i) => i.state === 'open')
    .toArray();
  const karbon = await db.snapshots.get(`karbon:${karbonKey}`);
  const remote = link ? await db.snapshots.get(`xero:${link.remoteId}`) : undefined;
  return {
    karbonKey,
    issues,
    ...(link ? { link } : {}),
    ...(karbon?.raw ? { karbon: karbon.canonical } : {}),
    ...(remote ? { remote: remote.canonical } : {}),
  };
}

/**
 * Re-reads one Karbon contact and its linked Xero contact (two reads, no list call) and reconciles them now, so a
 * page view shows current values; unlinked contacts are just refreshed.
 */
export async function refreshContact(ctx: RunContext, karbonKey: string): Promise<ContactStatus> {
  const entity = await readKarbonRecord(ctx, karbonKey);
  if (entity) await recordKarbonDetail(ctx, entity, false);
  const link = await linkOfKarbonKey(ctx, karbonKey);
  if (entity && link) {
    const contact = await ctx.deps.xero.getContact(link.remoteId);
    if (contact) {
      // A linked pair needs no matching, so a page view never loads the matcher's indexes.
      const queue: XeroUpdate[] = [];
      await processLinkedContact(ctx, link, contact, queue);
      await flushXeroUpdates(ctx, queue);
    }
  }
  const status = await contactStatus(ctx, karbonKey);
  if (entity && !status.karbon) status.karbon = karbonToCanonical(entity);
  if (status.remote === undefined && status.link) {
    const snap = await ctx.deps.db.snapshots.get(`xero:${status.link.remoteId}`);
    if (snap?.raw) status.remote = xeroToCanonical(snap.raw as never);
  }
  return status;
}
