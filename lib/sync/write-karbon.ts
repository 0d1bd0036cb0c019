import type { ApiError } from '../api/api-error';
import { SYNCED_FIELDS, type CanonicalPatch, type SyncedField } from '../model/canonical';
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
import { isRefusal } from './record-errors';
import { karbonFieldsNamedIn } from './refused-values';

/** Karbon calls a patch takes: a PATCH for the name, a PUT for the card (email, phone, address). */
export function karbonWriteCalls(patch: CanonicalPatch): number {
  const card = SYNCED_FIELDS.some((f) => f !== 'name' && patch[f] !== undefined);
  return (patch.name !== undefined ? 1 : 0) + (card ? 1 : 0);
}

/** Told which fields Karbon refused (a 4xx validation answer) and why; the other fields of the patch were written. */
export type OnKarbonRefusal = (fields: SyncedField[], error: ApiError) => Promise<void>;

/**
 * Writes a canonical patch onto a Karbon record: the name through PATCH, email/phone/address by PUT of the primary
 * BusinessCard as held in `entity` (PUT replaces the card; a 409 re-reads it). Every field written is logged. The
 * record as written is kept as its detail; only an organization whose card changed is read back, because its list
 * row shows no address and so could not tell our write from a user's edit when its new stamp comes back. With
 * `onRefused`, a value Karbon refuses is handed to it and the rest of the patch still goes (a card PUT is sent again
 * without the fields the refusal names); without it, the refusal is thrown.
 */
export async function writeKarbon(
  ctx: RunContext,
  entity: KarbonEntity,
  patch: CanonicalPatch,
  meta: { cause: string; linkId?: string; onRefused?: OnKarbonRefusal },
): Promise<KarbonEntity> {
  const fields = SYNCED_FIELDS.filter((f) => patch[f] !== undefined);
  if (fields.length === 0) return entity;
  const key = karbonKeyOf(entity);
  const before = karbonToCanonical(entity);
  if (ctx.dryRun) {
    ctx.stats.writes.karbon += karbonWriteCalls(patch);
    return entity;
  }

  const refused = new Set<SyncedField>();
  /** Runs one write; a refusal goes to `onRefused` (when given) for the fields it names among `sent`. */
  const attempt = async <T>(sent: SyncedField[], write: () => Promise<T>): Promise<{ value: T } | undefined> => {
    try {
      return { value: await countedKarbonWrite(ctx, write) };
    } catch (error) {
      if (!meta.onRefused || !isRefusal(error)) throw error;
      const named = karbonFieldsNamedIn([error.message, ...error.details].join(' '), sent);
      for (const f of named) refused.add(f);
      await meta.onRefused(named, error);
      return undefined;
    }
  };

  let written: KarbonEntity = entity;
  if (patch.name !== undefined) {
    const names = karbonNameFields(entity.kind, patch.name);
    const done = await attempt(['name'], () => ctx.deps.karbon.updateName(entity.kind, key, names));
    if (done !== undefined) written = { ...written, record: { ...written.record, ...names } } as KarbonEntity;
  }
  // A refused card is sent again without the fields the refusal named, while any remain.
  for (let cardFields = fields.filter((f) => f !== 'name'); cardFields.length > 0;) {
    const cardPatch: CanonicalPatch = {};
    for (const f of cardFields) Object.assign(cardPatch, { [f]: patch[f] });
    const cards = written.record.BusinessCards ?? [];
    const held = primaryCard(cards);
    const card = await attempt(cardFields, () =>
      ctx.deps.karbon.updateCard(entity.kind, key, held, (current) =>
        applyToKarbonCard(current, cardPatch, { streetApart: ctx.remote.streetAddress === true }),
      ),
    );
    if (card) {
      const others = cards.filter((c) => c !== held);
      written = { ...written, record: { ...written.record, BusinessCards: [card.value, ...others] } } as KarbonEntity;
      break;
    }
    cardFields = cardFields.filter((f) => !refused.has(f));
  }
  const cardFields = fields.filter((f) => f !== 'name' && !refused.has(f));
  if (refused.size === fields.length) return entity;
  const time = ctx.deps.now();
  for (const field of fields.filter((f) => !refused.has(f))) {
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
  if (entity.kind === 'org' && cardFields.length > 0) {
    ctx.stats.reads.karbonDetails++;
    written = (await ctx.deps.karbon.get(entity.kind, key)) ?? written;
  }
  await recordKarbonDetail(ctx, written, true);
  return written;
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
