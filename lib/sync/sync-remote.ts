import type { SnapshotRow } from '../db/rows';
import { holdRecords, type RunContext } from './context';
import { openIssueIds } from './issues';
import { completeCursor, maxStamp, readCursor } from './cursors';
import type { KarbonMatcher } from './karbon-matcher';
import { snapshotId } from './keys';
import { linkOfKarbonKey } from './link-ops';
import { processRemoteRecord } from './process-remote-record';
import { errorIssueId, guardRecord } from './record-errors';
import { rejectedRecords } from './rejected-records';
import { reconcileLink } from './reconcile-link';
import type { RemoteUpdate } from './remote-adapter';
import { flushRemoteUpdates } from './write-remote';
import { holdRemoteRecord } from './hold-remote-record';
import { createRecordLocks, recordKey } from './record-locks';
import { forEachInFlight } from './in-flight';
import { createPace } from './pace';

/**
 * The remote half of a run for one system (DESIGN.md §3): pull its records changed since the cursor page by page
 * (match, reconcile, flush writes, advance the cursor after every page), retry the records that failed on their own
 * before, then reconcile the linked pairs that changed only in Karbon (`dirty`, read once before any system ran).
 */
export async function syncRemote(step: RunContext, matcher: KarbonMatcher, dirty: SnapshotRow[]): Promise<void> {
  const { db } = step.deps;
  const openErrors = await openIssueIds(step, errorIssueId('', step.system));
  // Claims: the Karbon records being linked (two records of a page never link the same one at once).
  const ctx: RunContext = { ...step, claims: createRecordLocks(), openErrors };
  const { remote } = ctx;
  const cursor = await readCursor(db, remote.cursorId);
  const since = cursor.highWater ? new Date(Date.parse(cursor.highWater) - remote.cursorOverlapMs) : undefined;
  let highWater = cursor.highWater;
  let page = 0;
  let processed = 0;
  const rejected = await rejectedRecords(ctx, ctx.system);
  const pace = createPace(ctx.deps.now);
  let total: number | undefined;
  let reportedAt = ctx.deps.now();
  const report = () => {
    reportedAt = ctx.deps.now();
    ctx.progress({
      phase: `${ctx.system}-pull`,
      list: remote.cursorId,
      page,
      processed,
      ...pace.after(processed, total),
    });
  };
  for await (const batch of remote.pages(ctx, since)) {
    page++;
    total = batch.itemCount;
    if (ctx.system === 'xero') ctx.stats.reads.xeroPages++;
    const queue: RemoteUpdate[] = [];
    await rejected.report(batch.rejected);
    const handle = async (record: unknown) => {
      const id = remote.id(record);
      await rejected.parsed({ id: id || undefined, name: remote.toCanonical(record).name || undefined });
      // Each record queues its remote writes apart, so a failed one drops only its own.
      const own: RemoteUpdate[] = [];
      await guardRecord(
        ctx,
        id,
        queued(own, () =>
          holdRemoteRecord(ctx, record, (held) => processRemoteRecord(ctx, record, matcher, own, held).then()),
        ),
      );
      queue.push(...own);
      if (remote.orderedStamps) highWater = maxStamp(highWater, remote.stamp(record) || undefined);
      processed++;
      // Within a page too (a page of creates takes minutes under Karbon's limit), at most once a second.
      if (ctx.deps.now() - reportedAt >= PROGRESS_EVERY_MS) report();
    };
    // A merged record moves its link to the surviving record, which the page lists after it: merges go first, one by
    // one, so the survivor finds its link; the other records are independent of each other and go a few at a time.
    const merged = batch.records.filter((record) => remote.mergedInto(record));
    await forEachInFlight(merged, 1, handle);
    const others = batch.records.filter((record) => !remote.mergedInto(record));
    await forEachInFlight(others, remote.recordsInFlight, handle);
    await flushRemoteUpdates(ctx, queue);
    highWater = maxStamp(highWater, batch.highWater);
    // The list is ordered oldest change first, so everything up to this page's newest stamp is done.
    if (!ctx.dryRun) await completeCursor(db, remote.cursorId, highWater, ctx.deps.now());
    report();
  }

  // Records that failed on their own before are retried by id (one read each) until they go through; a record the
  // list could not parse would fail the same way, and comes back through the list once someone edits it.
  const failed = await db.issues
    .where('[state+system]')
    .equals(['open', ctx.system])
    .filter((i) => i.kind === 'sync-error' && i.id === errorIssueId(i.remoteId, ctx.system))
    .toArray();
  const retryQueue: RemoteUpdate[] = [];
  for (const issue of failed) {
    // Unreadable now (e.g. it no longer parses) is still one bad record: its issue takes the new reason, the run goes on.
    await guardRecord(
      ctx,
      issue.remoteId,
      queued(retryQueue, async () => {
        const record = await remote.get(ctx, issue.remoteId);
        if (!record) return;
        await holdRemoteRecord(ctx, record, async () => {
          if (!ctx.dryRun) await db.snapshots.delete(snapshotId(ctx.system, issue.remoteId));
          await processRemoteRecord(ctx, record, matcher, retryQueue);
        });
      }),
      issue.karbonKeys,
    );
  }
  await flushRemoteUpdates(ctx, retryQueue);

  const queue: RemoteUpdate[] = [];
  // Pairs marked during this run too (a first link where Karbon fills an empty remote field).
  const known = new Set(dirty.map((snap) => snap.id));
  const marked = (await db.snapshots.where('dirty').equals(1).toArray()).filter((snap) => !known.has(snap.id));
  for (const snap of [...dirty, ...marked]) {
    const seen = await linkOfKarbonKey(ctx, snap.recordId);
    if (!seen) continue;
    const keys = [recordKey('karbon', snap.recordId), recordKey(seen.system, seen.remoteId)];
    // Held and re-read: an action on this pair may have changed its link while the run waited for it.
    const reconcilePair = () =>
      holdRecords(ctx, keys, async () => {
        const link = await linkOfKarbonKey(ctx, snap.recordId);
        const active = link && link.state === 'linked' && !link.remoteArchivedAt ? link : undefined;
        if (!active) return;
        const stored = await db.snapshots.get(snapshotId(ctx.system, active.remoteId));
        // A pair whose remote side was never pulled (e.g. moved by a merge) reads that one record.
        const record = stored?.raw ?? (await remote.get(ctx, active.remoteId));
        if (record) await reconcileLink(ctx, active, record, queue);
      });
    await guardRecord(ctx, seen.remoteId, queued(queue, reconcilePair), [seen.karbonKey]);
  }
  ctx.progress({ phase: 'reconcile', processed: dirty.length });
  await flushRemoteUpdates(ctx, queue);
}

/** How often at most a page in progress reports how far it got. */
const PROGRESS_EVERY_MS = 1_000;

/** Wraps one record's work so that updates it queued are dropped again when it fails (its retry queues them anew). */
function queued(queue: RemoteUpdate[], work: () => Promise<unknown>): () => Promise<unknown> {
  return async () => {
    const mark = queue.length;
    try {
      return await work();
    } catch (error) {
      queue.length = mark;
      throw error;
    }
  };
}
