import type { LinkRow, SnapshotRow } from '../db/rows';
import { holdRecords, type RunContext } from './context';
import { makeLinkId } from './keys';
import { recordKey } from './record-locks';
import { getRemoteSnapshot } from './remote-snapshots';

/**
 * Runs a run's work on one pulled remote record holding that record (and its linked Karbon record), so it never
 * interleaves with a user action on them; a version older than one an action (or a page view) stored meanwhile is
 * skipped, since that newer version was handled already.
 */
export async function holdRemoteRecord(ctx: RunContext, record: unknown, work: (held: HeldRecord) => Promise<void>) {
  const id = ctx.remote.id(record);
  const { db } = ctx.deps;
  const linkId = makeLinkId(ctx.system, id);
  const link = id ? await db.links.get(linkId) : undefined;
  const keys = [recordKey(ctx.system, id), ...(link ? [recordKey('karbon', link.karbonKey)] : [])];
  await holdRecords(ctx, keys, async () => {
    // Read again once held (an action may have changed them meanwhile), together, and handed to the work.
    const held: HeldRecord = id
      ? await db.transaction('r', [db.links, db.snapshots], async () => ({
          link: await db.links.get(linkId),
          snap: await getRemoteSnapshot(ctx, id),
        }))
      : { link: undefined, snap: undefined };
    const stamp = ctx.remote.stamp(record);
    if (ctx.remote.orderedStamps && held.snap && stamp !== '' && held.snap.modifiedAt > stamp) return;
    await work(held);
  });
}

/** A held record's link and stored snapshot, as read once it was held. */
export interface HeldRecord {
  link: LinkRow | undefined;
  snap: SnapshotRow | undefined;
}
