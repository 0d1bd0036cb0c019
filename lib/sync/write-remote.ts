import { SYNCED_FIELDS } from '../model/canonical';
import { logActivity } from './activity-log';
import type { RunContext } from './context';
import { snapshotId } from './keys';
import type { RemoteUpdate } from './remote-adapter';
import { recordRemoteSnapshot } from './remote-snapshots';
import { closeRefused } from './refused-values';

/**
 * Sends queued updates of the run's remote system (the adapter batches them as that system allows); each update the
 * system accepted moves its link's base forward, refreshes the snapshot and is logged.
 */
export async function flushRemoteUpdates(ctx: RunContext, queue: RemoteUpdate[]): Promise<void> {
  if (queue.length === 0) return;
  await ctx.remote.flush(ctx, queue, (update, record) => applyAccepted(ctx, update, record));
}

async function applyAccepted(ctx: RunContext, update: RemoteUpdate, record: unknown): Promise<void> {
  const { db } = ctx.deps;
  const link = await db.links.get(update.linkId);
  if (link) {
    const base = { ...link.base };
    for (const f of SYNCED_FIELDS) if (update.patch[f] !== undefined) Object.assign(base, { [f]: update.patch[f] });
    await db.links.update(update.linkId, { base });
  }
  await recordRemoteSnapshot(ctx, record, update.kind);
  await db.snapshots.update(snapshotId('karbon', update.karbonKey), { dirty: undefined });
  await closeRefused(
    ctx,
    update.linkId,
    SYNCED_FIELDS.filter((f) => update.patch[f] !== undefined),
  );
  const time = ctx.deps.now();
  for (const field of SYNCED_FIELDS) {
    if (update.patch[field] === undefined) continue;
    await logActivity(db, {
      time,
      runId: ctx.runId,
      system: ctx.system,
      recordId: update.remoteId,
      action: 'update',
      field,
      before: update.before[field],
      after: update.patch[field],
      linkId: update.linkId,
      cause: update.cause,
    });
  }
}
