import type { LinkRow } from '../db/rows';
import { logActivity } from './activity-log';
import type { RunContext } from './context';
import { snapshotId } from './keys';

async function setState(ctx: RunContext, linkId: string, state: LinkRow['state']): Promise<LinkRow> {
  const { db } = ctx.deps;
  const link = await db.links.get(linkId);
  if (!link) throw new Error(`No link ${linkId}`);
  if (link.state === state) return link;
  await db.links.update(linkId, { state });
  await logActivity(db, {
    time: ctx.deps.now(),
    runId: ctx.runId,
    system: link.system,
    recordId: link.remoteId,
    action: state === 'unsynced' ? 'unlink' : 'relink',
    before: link.state,
    after: state,
    linkId,
    cause: state === 'unsynced' ? 'unsync' : 'resync',
  });
  return { ...link, state };
}

/** Stops syncing a pair (G9); the link, its base and both records stay as they are. */
export function unsync(ctx: RunContext, linkId: string): Promise<LinkRow> {
  return setState(ctx, linkId, 'unsynced');
}

/**
 * Syncs a pair again (G9). The base is kept, so a field changed on one side meanwhile flows to the other and a field
 * changed on both becomes a conflict; the pair is marked for the next run.
 */
export async function resync(ctx: RunContext, linkId: string): Promise<LinkRow> {
  const link = await setState(ctx, linkId, 'linked');
  await ctx.deps.db.snapshots.update(snapshotId('karbon', link.karbonKey), { dirty: 1 });
  return link;
}
