import { holdRecords, type RunContext } from './context';
import { recordKey } from './record-locks';
import { buildKarbonMatcher } from './karbon-matcher';
import { linkOfKarbonKey } from './link-ops';
import { pruneOutbox } from './outbox';
import { pullKarbon } from './pull-karbon';
import { syncRemote } from './sync-remote';
import { autoPushToXpm } from './auto-push-xpm';

/**
 * One sync run (DESIGN.md §3): pull both Karbon lists down to their cursors, then each remote system in turn (see
 * syncRemote), then clear the Karbon change marks no pair still needs. Safe to kill at any point and to run twice.
 */
export async function runSyncOnce(
  contexts: readonly RunContext[],
  xpmPushTypes: readonly string[] = [],
): Promise<void> {
  const [first] = contexts;
  if (!first) return;
  const { db } = first.deps;
  await pullKarbon(first, 'person');
  await pullKarbon(first, 'org');
  const matcher = await buildKarbonMatcher(first);
  // Read once, so a pair changed in Karbon reaches every remote system it is linked to.
  const dirty = await db.snapshots.where('dirty').equals(1).toArray();
  for (const ctx of contexts) {
    await syncRemote(ctx, matcher, dirty);
    // P5: after the XPM list was matched, so an organization XPM already has is linked rather than pushed.
    if (ctx.system === 'xpm') await autoPushToXpm(ctx, xpmPushTypes);
  }
  if (first.dryRun) return;
  for (const snap of dirty) {
    await holdRecords(first, [recordKey('karbon', snap.recordId)], async () => {
      const linked = await Promise.all(contexts.map((ctx) => linkOfKarbonKey(ctx, snap.recordId)));
      // A record no active pair looks at needs no mark.
      if (linked.every((l) => !l || l.state !== 'linked' || l.remoteArchivedAt)) {
        await db.snapshots.update(snap.id, { dirty: undefined });
      }
    });
  }
  await pruneOutbox(db, first.deps.now());
}
