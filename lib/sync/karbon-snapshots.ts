import type { ContactKind } from '../model/canonical';
import { karbonKeyOf, karbonToCanonical, type KarbonEntity } from '../model/karbon-mapping';
import type { SnapshotRow } from '../db/rows';
import { snapshotId } from './keys';
import type { KarbonSummaryWire } from './ports';
import type { RunContext } from './context';

/** The Karbon snapshot of a key, if any. */
export function getKarbonSnapshot(ctx: RunContext, key: string): Promise<SnapshotRow | undefined> {
  return ctx.deps.db.snapshots.get(snapshotId('karbon', key));
}

/** The stamp of a Karbon summary or detail record. */
export function karbonStamp(record: { LastModifiedDateTime?: string | null }): string {
  return record.LastModifiedDateTime ?? '';
}

/**
 * Records a page of list rows in one transaction; a changed stamp marks the record dirty (its pair needs reconciling)
 * unless the stamp is the one of the detail we already hold (our own write coming back). Returns how many changed.
 */
export async function recordKarbonSummaries(
  ctx: RunContext,
  kind: ContactKind,
  rows: readonly KarbonSummaryWire[],
): Promise<number> {
  const { db } = ctx.deps;
  const ids = rows.map((row) => snapshotId('karbon', summaryKey(kind, row)));
  let changed = 0;
  // Snapshots are a cache of what Karbon holds, so a dry run keeps them too (the matcher needs them).
  await db.transaction('rw', db.snapshots, async () => {
    const existing = await db.snapshots.bulkGet(ids);
    const next: SnapshotRow[] = [];
    rows.forEach((row, i) => {
      const updated = summarySnapshot(ctx, kind, row, existing[i]);
      if (!updated) return;
      next.push(updated.row);
      if (updated.changed) changed++;
    });
    await db.snapshots.bulkPut(next);
  });
  return changed;
}

const summaryKey = (kind: ContactKind, row: KarbonSummaryWire) =>
  (kind === 'person' ? row.ContactKey : row.OrganizationKey) ?? '';

/** The snapshot a list row makes of `existing` (undefined when the row is the one already held). */
function summarySnapshot(
  ctx: RunContext,
  kind: ContactKind,
  row: KarbonSummaryWire,
  existing: SnapshotRow | undefined,
): { row: SnapshotRow; changed: boolean } | undefined {
  const key = summaryKey(kind, row);
  const stamp = karbonStamp(row);
  if (existing && existing.modifiedAt === stamp) return undefined;
  const changed = existing?.detailModifiedAt !== stamp;
  const next: SnapshotRow = {
    ...(existing ?? {
      id: snapshotId('karbon', key),
      system: 'karbon',
      recordId: key,
      kind,
      canonical: { name: '', email: '', phone: null, address: null },
      raw: undefined,
    }),
    kind,
    summary: row,
    modifiedAt: stamp,
    pulledAt: ctx.deps.now(),
  };
  if (existing?.dirty || (changed && existing !== undefined)) next.dirty = 1;
  else delete next.dirty;
  if (!existing || !existing.detailModifiedAt) {
    // Until the detail is read, name and email come from the list row (all the matcher needs).
    next.canonical = { ...next.canonical, name: row.FullName?.trim() ?? '', email: row.EmailAddress?.trim() ?? '' };
  }
  return { row: next, changed };
}

/** Stores a freshly read Karbon detail as the current snapshot (clears `dirty` when asked). */
export async function recordKarbonDetail(ctx: RunContext, entity: KarbonEntity, clean: boolean): Promise<void> {
  const key = karbonKeyOf(entity);
  const stamp = karbonStamp(entity.record);
  const existing = await getKarbonSnapshot(ctx, key);
  const row: SnapshotRow = {
    id: snapshotId('karbon', key),
    system: 'karbon',
    recordId: key,
    kind: entity.kind,
    canonical: karbonToCanonical(entity),
    raw: entity,
    summary: existing?.summary,
    modifiedAt: stamp,
    detailModifiedAt: stamp,
    pulledAt: ctx.deps.now(),
  };
  // A detail newer than what we held is a Karbon change its pair has not seen yet (unless the caller just wrote it).
  const newer =
    existing !== undefined && existing.detailModifiedAt !== undefined && existing.detailModifiedAt !== stamp;
  if (!clean && (existing?.dirty || newer)) row.dirty = 1;
  await ctx.deps.db.snapshots.put(row);
}

/** The current Karbon detail of a key: the stored one when it is as new as the last list row, else a fresh read. */
export async function currentKarbonDetail(
  ctx: RunContext,
  kind: ContactKind,
  key: string,
): Promise<KarbonEntity | undefined> {
  const snap = await getKarbonSnapshot(ctx, key);
  if (snap?.raw && snap.detailModifiedAt && snap.detailModifiedAt === snap.modifiedAt) return snap.raw as KarbonEntity;
  ctx.stats.reads.karbonDetails++;
  const entity = await ctx.deps.karbon.get(snap?.kind ?? kind, key);
  if (entity) await recordKarbonDetail(ctx, entity, false);
  return entity;
}
