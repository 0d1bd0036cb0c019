import type { LinkRow } from '../db/rows';
import type { CanonicalContact } from '../model/canonical';
import { logActivity } from './activity-log';
import type { RunContext } from './context';
import { sendOnce } from './outbox';
import { isRecordError } from './record-errors';

/**
 * Sends one XPM create exactly once under its outbox key (a create left pending by a lost answer is looked up with
 * `recover` before it is sent again); one XPM refused is forgotten, so the corrected record can be pushed again.
 */
export async function createInXpmOnce<T>(
  ctx: RunContext,
  entry: { key: string; recordId: string; payload: unknown },
  send: () => Promise<T>,
  recover: () => Promise<T | undefined>,
): Promise<T> {
  try {
    return await sendOnce(
      ctx.deps.db,
      { ...entry, system: 'xpm', op: 'create', now: ctx.deps.now() },
      async () => {
        try {
          const made = await send();
          ctx.stats.writes.xpm++;
          return made;
        } catch (error) {
          ctx.stats.failedWrites.xpm++;
          throw error;
        }
      },
      recover,
    );
  } catch (error) {
    if (isRecordError(error)) await ctx.deps.db.outbox.delete(entry.key);
    throw error;
  }
}

/** Logs a record made in XPM from Karbon (the source of undo) and counts it in the run's creations. */
export async function recordXpmCreate(ctx: RunContext, link: LinkRow, after: CanonicalContact): Promise<void> {
  await logActivity(ctx.deps.db, {
    time: ctx.deps.now(),
    runId: ctx.runId,
    system: 'xpm',
    recordId: link.remoteId,
    action: 'create',
    after,
    linkId: link.id,
    cause: 'push-to-xpm',
  });
  ctx.stats.created.xpm.push({ key: link.karbonKey, remoteId: link.remoteId });
}
