import type { XeroContactWire } from '../model/wire-types';
import { holdRecords, type RunContext } from './context';
import { makeLinkId } from './keys';
import { recordKey } from './record-locks';
import { getXeroSnapshot, xeroStamp } from './xero-snapshots';

/**
 * Runs a run's work on one pulled Xero contact holding that record (and its linked Karbon record), so it never
 * interleaves with a user action on them; a version older than one an action (or a page view) stored meanwhile is
 * skipped, since that newer version was handled already.
 */
export async function holdXeroRecord(ctx: RunContext, contact: XeroContactWire, work: () => Promise<void>) {
  const id = contact.ContactID ?? '';
  const link = id ? await ctx.deps.db.links.get(makeLinkId('xero', id)) : undefined;
  const keys = [recordKey('xero', id), ...(link ? [recordKey('karbon', link.karbonKey)] : [])];
  await holdRecords(ctx, keys, async () => {
    const stored = id ? await getXeroSnapshot(ctx, id) : undefined;
    const stamp = xeroStamp(contact);
    if (stored && stamp !== '' && stored.modifiedAt > stamp) return;
    await work();
  });
}
