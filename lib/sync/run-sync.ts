import { holdRecords, type RunContext } from './context';
import { holdXeroRecord } from './hold-xero-record';
import { recordKey } from './record-locks';
import { completeCursor, maxStamp, readCursor } from './cursors';
import { buildKarbonMatcher } from './karbon-matcher';
import { CURSOR } from './keys';
import { linkOfKarbonKey } from './link-ops';
import { pruneOutbox } from './outbox';
import { guardRecord, isRecordError } from './record-errors';
import { processXeroContact } from './process-xero-contact';
import { pullKarbon } from './pull-karbon';
import { isRejectedIssue, rejectedRecords } from './rejected-records';
import { reconcileLink } from './reconcile-link';
import { flushXeroUpdates, type XeroUpdate } from './write-xero';
import type { XeroContactWire } from '../model/wire-types';
import { xeroStamp } from './xero-snapshots';
import { snapshotId } from './keys';

/** Re-read this much before the Xero cursor: timestamps are not unique, and a seen version is skipped anyway. */
export const XERO_CURSOR_OVERLAP_MS = 1000;

/**
 * One sync run for Xero (DESIGN.md §3): pull both Karbon lists down to their cursors, pull Xero contacts changed since
 * its cursor page by page (match, reconcile, flush writes, advance the cursor after every page), then reconcile the
 * linked pairs that changed only in Karbon. Safe to kill at any point and to run twice.
 */
export async function runSyncOnce(ctx: RunContext): Promise<void> {
  const { db, xero } = ctx.deps;
  await pullKarbon(ctx, 'person');
  await pullKarbon(ctx, 'org');
  const matcher = await buildKarbonMatcher(ctx);

  const cursor = await readCursor(db, CURSOR.xero);
  const since = cursor.highWater ? new Date(Date.parse(cursor.highWater) - XERO_CURSOR_OVERLAP_MS) : undefined;
  let highWater = cursor.highWater;
  let page = 0;
  let processed = 0;
  const rejected = await rejectedRecords(ctx, 'xero');
  for await (const batch of xero.listContactPages(since ? { modifiedSince: since } : {})) {
    page++;
    const queue: XeroUpdate[] = [];
    await rejected.report(batch.rejected);
    for (const contact of batch.records) {
      await rejected.parsed({ id: contact.ContactID ?? undefined, name: contact.Name ?? undefined });
      await holdXeroRecord(ctx, contact, () =>
        guardRecord(ctx, contact.ContactID ?? '', () => processXeroContact(ctx, contact, matcher, queue)),
      );
      highWater = maxStamp(highWater, xeroStamp(contact) || undefined);
      processed++;
    }
    await flushXeroUpdates(ctx, queue);
    // The list is ordered oldest change first, so everything up to this page's newest stamp is done.
    if (!ctx.dryRun) await completeCursor(db, CURSOR.xero, highWater, ctx.deps.now());
    ctx.progress({ phase: 'xero-pull', list: CURSOR.xero, page, processed });
  }

  // Records that failed on their own before are retried by id (one read each) until they go through; a record the
  // list could not parse would fail the same way, and comes back through the list once someone edits it.
  const failed = await db.issues
    .where('[state+system]')
    .equals(['open', 'xero'])
    .filter((i) => i.kind === 'sync-error' && !isRejectedIssue(i.id))
    .toArray();
  const retryQueue: XeroUpdate[] = [];
  for (const issue of failed) {
    let contact: XeroContactWire | undefined;
    try {
      contact = await xero.getContact(issue.remoteId);
    } catch (error) {
      if (!isRecordError(error)) throw error;
      // Unreadable now (e.g. it no longer parses) is still one bad record: its issue takes the new reason, the run goes on.
      await guardRecord(ctx, issue.remoteId, () => Promise.reject(error));
      continue;
    }
    if (!contact) continue;
    await holdXeroRecord(ctx, contact, async () => {
      if (!ctx.dryRun) await db.snapshots.delete(snapshotId('xero', issue.remoteId));
      await guardRecord(ctx, issue.remoteId, () => processXeroContact(ctx, contact, matcher, retryQueue));
    });
  }
  await flushXeroUpdates(ctx, retryQueue);

  const dirty = await db.snapshots.where('dirty').equals(1).toArray();
  const queue: XeroUpdate[] = [];
  for (const snap of dirty) {
    const seen = await linkOfKarbonKey(ctx, snap.recordId);
    const keys = [recordKey('karbon', snap.recordId), ...(seen ? [recordKey(seen.system, seen.remoteId)] : [])];
    // Held and re-read: an action on this pair may have changed its link while the run waited for it.
    await holdRecords(ctx, keys, async () => {
      const link = await linkOfKarbonKey(ctx, snap.recordId);
      const active = link && link.state === 'linked' && !link.remoteArchivedAt ? link : undefined;
      const stored = active ? await db.snapshots.get(snapshotId('xero', active.remoteId)) : undefined;
      // A pair whose Xero side was never pulled (e.g. moved by a merge) reads that one contact.
      const contact =
        active && ((stored?.raw as XeroContactWire | undefined) ?? (await xero.getContact(active.remoteId)));
      if (active && contact) {
        await guardRecord(ctx, active.remoteId, () => reconcileLink(ctx, active, contact, queue));
      } else if (!ctx.dryRun) {
        await db.snapshots.update(snap.id, { dirty: undefined });
      }
    });
  }
  ctx.progress({ phase: 'reconcile', processed: dirty.length });
  await flushXeroUpdates(ctx, queue);
  if (!ctx.dryRun) await pruneOutbox(db, ctx.deps.now());
}
