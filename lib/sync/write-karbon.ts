import { SYNCED_FIELDS, type CanonicalPatch } from '../model/canonical';
import {
  applyToKarbonCard,
  karbonKeyOf,
  karbonNameFields,
  karbonToCanonical,
  primaryCard,
  type KarbonEntity,
} from '../model/karbon-mapping';
import { logActivity } from './activity-log';
import type { RunContext } from './context';
import { recordKarbonDetail } from './karbon-snapshots';

/**
 * Writes a canonical patch onto a Karbon record: the name through PATCH, email/phone/address by read-modify-write of
 * the primary BusinessCard (PUT replaces the card). Every field written is logged; the fresh detail is re-read so our
 * own write is recognised when it comes back in the next list.
 */
export async function writeKarbon(
  ctx: RunContext,
  entity: KarbonEntity,
  patch: CanonicalPatch,
  meta: { cause: string; linkId?: string },
): Promise<KarbonEntity> {
  const fields = SYNCED_FIELDS.filter((f) => patch[f] !== undefined);
  if (fields.length === 0) return entity;
  const key = karbonKeyOf(entity);
  const before = karbonToCanonical(entity);
  const cardFields = fields.filter((f) => f !== 'name');
  if (ctx.dryRun) {
    ctx.stats.writes.karbon += (patch.name !== undefined ? 1 : 0) + (cardFields.length > 0 ? 1 : 0);
    return entity;
  }

  if (patch.name !== undefined) {
    const name = patch.name;
    await countedKarbonWrite(ctx, () =>
      ctx.deps.karbon.updateName(entity.kind, key, karbonNameFields(entity.kind, name)),
    );
  }
  if (cardFields.length > 0) {
    const cardPatch: CanonicalPatch = {};
    for (const f of cardFields) Object.assign(cardPatch, { [f]: patch[f] });
    await countedKarbonWrite(ctx, () =>
      ctx.deps.karbon.updateCard(entity.kind, key, primaryCard(entity.record.BusinessCards), (current) =>
        applyToKarbonCard(current, cardPatch),
      ),
    );
  }
  const time = ctx.deps.now();
  for (const field of fields) {
    await logActivity(ctx.deps.db, {
      time,
      runId: ctx.runId,
      system: 'karbon',
      recordId: key,
      action: 'update',
      field,
      before: before[field],
      after: patch[field],
      cause: meta.cause,
      ...(meta.linkId ? { linkId: meta.linkId } : {}),
    });
  }
  const fresh = (await ctx.deps.karbon.get(entity.kind, key)) ?? entity;
  await recordKarbonDetail(ctx, fresh, true);
  return fresh;
}

/** One Karbon write call, counted as a write when it succeeds and as a failed attempt when it throws. */
export async function countedKarbonWrite<T>(ctx: RunContext, write: () => Promise<T>): Promise<T> {
  try {
    const result = await write();
    ctx.stats.writes.karbon++;
    return result;
  } catch (error) {
    ctx.stats.failedWrites.karbon++;
    throw error;
  }
}
