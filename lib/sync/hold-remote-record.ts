import { holdRecords, type RunContext } from './context';
import { makeLinkId } from './keys';
import { recordKey } from './record-locks';
import { getRemoteSnapshot } from './remote-snapshots';

/**
 * Runs a run's work on one pulled remote record holding that record (and its linked Karbon record), so it never
 * interleaves with a user action on them; a version older than one an action (or a page view) stored meanwhile is
 * skipped, since that newer version was handled already.
 */
export async function holdRemoteRecord(ctx: RunContext, record: unknown, work: () => Promise<void>) {
  const id = ctx.remote.id(record);
  const link = id ? await ctx.deps.db.links.get(makeLinkId(ctx.system, id)) : undefined;
  const keys = [recordKey(ctx.system, id), ...(link ? [recordKey('karbon', link.karbonKey)] : [])];
  await holdRecords(ctx, keys, async () => {
    const stored = id ? await getRemoteSnapshot(ctx, id) : undefined;
    const stamp = ctx.remote.stamp(record);
    if (ctx.remote.orderedStamps && stored && stamp !== '' && stored.modifiedAt > stamp) return;
    await work();
  });
}
