import type { ContactKind } from '../model/canonical';
import type { SnapshotRow } from '../db/rows';
import type { RunContext } from './context';
import { snapshotId } from './keys';

/** The stored snapshot of a record of the run's remote system, if any. */
export function getRemoteSnapshot(ctx: RunContext, remoteId: string): Promise<SnapshotRow | undefined> {
  return ctx.deps.db.snapshots.get(snapshotId(ctx.system, remoteId));
}

/** Stores a remote record as the last seen version of that record. */
export async function recordRemoteSnapshot(ctx: RunContext, record: unknown, kind?: ContactKind): Promise<void> {
  const remote = ctx.remote;
  const id = remote.id(record);
  if (ctx.dryRun || !id) return;
  await ctx.deps.db.snapshots.put({
    id: snapshotId(ctx.system, id),
    system: ctx.system,
    recordId: id,
    kind: kind ?? remote.guessKind(record),
    canonical: remote.toCanonical(record),
    raw: record,
    modifiedAt: remote.stamp(record),
    archived: remote.isArchived(record),
    pulledAt: ctx.deps.now(),
  });
}
