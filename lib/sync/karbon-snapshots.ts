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
 * Records a list row; a changed stamp marks the record dirty (its pair needs reconciling) unless the stamp is the one
 * of the detail we already hold (our own write coming back).
 */
export async function recordKarbonSummary(
  ctx: RunContext,
  kind: ContactKind,
  row: KarbonSummaryWire,
): Promise<boolean> {
  const key = (kind === 'person' ? row.ContactKey : row.OrganizationKey) ?? '';
  const stamp = karbonStamp(row);
  const existing = await getKarbonSnapshot(ctx, key);
  if (existing && existing.modifiedAt === stamp) return false;
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
  // Snapshots are a cache of what Karbon holds, so a dry run keeps them too (the matcher needs them).
  await ctx.deps.db.snapshots.put(next);
  return changed;
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
