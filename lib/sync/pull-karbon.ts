import type { ContactKind } from '../model/canonical';
import { compareStamps, completeCursor, maxStamp, readCursor, saveCheckpoint } from './cursors';
import type { RunContext } from './context';
import { CURSOR } from './keys';
import { karbonStamp, recordKarbonSummaries } from './karbon-snapshots';
import type { KarbonSummaryWire } from './ports';
import { rejectedRecords } from './rejected-records';

/**
 * Pulls one Karbon list newest-first down to its cursor (Karbon cannot filter on LastModifiedDateTime), recording
 * every changed row and raising an issue for every row that does not parse; checkpoints after each page so a killed
 * run resumes at the next link.
 */
export async function pullKarbon(ctx: RunContext, kind: ContactKind): Promise<number> {
  const { db } = ctx.deps;
  const cursorId = kind === 'person' ? CURSOR.karbonPeople : CURSOR.karbonOrgs;
  const cursor = await readCursor(db, cursorId);
  const stopAt = cursor.highWater;
  let highWater = cursor.checkpoint?.highWater;
  let changed = 0;
  let page = 0;
  const startedAt = cursor.checkpoint?.startedAt ?? ctx.deps.now();
  const rejected = await rejectedRecords(ctx, 'karbon');
  const resumeAt = cursor.checkpoint?.next;
  for await (const batch of ctx.deps.karbon.listPages(kind, resumeAt ? { next: resumeAt } : {})) {
    page++;
    ctx.stats.reads.karbonPages++;
    let reachedCursor = false;
    const fresh: KarbonSummaryWire[] = [];
    await rejected.report(batch.rejected);
    for (const row of batch.records) {
      await rejected.parsed({ id: row.ContactKey ?? row.OrganizationKey, name: row.FullName ?? undefined });
      const stamp = karbonStamp(row);
      // Compared to the 100 ns Karbon writes (reference B4), not the millisecond: edits saved in the same
      // millisecond as the newest row seen last time are newer, and must not be taken as seen.
      if (stopAt !== undefined && compareStamps(stamp, stopAt) <= 0) {
        reachedCursor = true;
        break;
      }
      highWater = maxStamp(highWater, stamp);
      fresh.push(row);
    }
    changed += await recordKarbonSummaries(ctx, kind, fresh);
    ctx.progress({ phase: 'karbon-pull', list: cursorId, page, processed: changed });
    if (reachedCursor) break;
    // The last page has no link: a job killed after it re-reads from the top, which the high-water mark makes cheap.
    if (!ctx.dryRun) {
      await saveCheckpoint(db, cursorId, {
        runId: ctx.runId,
        ...(batch.next ? { next: batch.next } : {}),
        ...(highWater ? { highWater } : {}),
        startedAt,
      });
    }
  }
  if (!ctx.dryRun) await completeCursor(db, cursorId, highWater, ctx.deps.now());
  return changed;
}
