import { SYNCED_FIELDS, type CanonicalContact, type CanonicalPatch, type ContactKind } from '../model/canonical';
import type { XeroContactWire } from '../model/wire-types';
import { canonicalToXero } from '../model/xero-mapping';
import { logActivity } from './activity-log';
import type { RunContext } from './context';
import { snapshotId, stableHash } from './keys';
import { sendOnce } from './outbox';
import type { XeroWriteOutcome } from './ports';
import { recordXeroSnapshot } from './xero-snapshots';

/** Contacts per POST (Xero recommends about 50 per request). */
export const XERO_BATCH_SIZE = 50;

/** One pending update of a linked Xero contact. */
export interface XeroUpdate {
  contactId: string;
  kind: ContactKind;
  /** The contact's current values (the "before" of the activity log). */
  before: CanonicalContact;
  patch: CanonicalPatch;
  linkId: string;
  karbonKey: string;
  cause: string;
  /** UpdatedDateUTC of the version the patch was computed against: the same change to a newer version is a new write. */
  remoteStamp: string;
}

/** The request body element for an update: always ContactID and Name (Xero rejects elements without a Name). */
export function updateInput(update: XeroUpdate): XeroContactWire {
  const name = update.patch.name ?? update.before.name;
  return { ContactID: update.contactId, ...canonicalToXero({ ...update.patch, name }, update.kind) };
}

/**
 * Sends queued updates in batches of 50 under one idempotency key per batch (a retried run replays instead of
 * writing twice); each contact that Xero accepted moves its link's base forward and is logged.
 */
export async function flushXeroUpdates(ctx: RunContext, queue: XeroUpdate[]): Promise<void> {
  for (let i = 0; i < queue.length; i += XERO_BATCH_SIZE) {
    const batch = queue.slice(i, i + XERO_BATCH_SIZE);
    const inputs = batch.map(updateInput);
    ctx.stats.writes.xero++;
    if (ctx.dryRun) continue;
    // Same body against the same version = the same write (a retry); against a newer version it is a new one.
    const key = `sync:${stableHash({ inputs, versions: batch.map((u) => u.remoteStamp) })}`;
    ctx.progress({ phase: 'push', list: 'xero:contacts', processed: i + batch.length });
    let results: XeroWriteOutcome[];
    try {
      results = await sendOnce(
        ctx.deps.db,
        { key, system: 'xero', op: 'update', payload: inputs, now: ctx.deps.now() },
        () => ctx.deps.xero.updateContacts(inputs, { idempotencyKey: key }),
      );
    } catch (error) {
      ctx.progress({ phase: 'error', message: `Xero update failed: ${String(error)}` });
      continue;
    }
    for (const result of results) {
      const update = batch[result.index];
      if (!update) continue;
      if (!result.ok) {
        ctx.progress({ phase: 'error', message: `Xero rejected ${update.contactId}: ${result.errors.join('; ')}` });
        continue;
      }
      await applyAccepted(ctx, update, result.contact);
    }
  }
}

async function applyAccepted(ctx: RunContext, update: XeroUpdate, contact: XeroContactWire): Promise<void> {
  const { db } = ctx.deps;
  const link = await db.links.get(update.linkId);
  if (link) {
    const base = { ...link.base };
    for (const f of SYNCED_FIELDS) if (update.patch[f] !== undefined) Object.assign(base, { [f]: update.patch[f] });
    await db.links.update(update.linkId, { base });
  }
  await recordXeroSnapshot(ctx, contact, update.kind);
  await db.snapshots.update(snapshotId('karbon', update.karbonKey), { dirty: undefined });
  const time = ctx.deps.now();
  for (const field of SYNCED_FIELDS) {
    if (update.patch[field] === undefined) continue;
    await logActivity(db, {
      time,
      runId: ctx.runId,
      system: 'xero',
      recordId: update.contactId,
      action: 'update',
      field,
      before: update.before[field],
      after: update.patch[field],
      linkId: update.linkId,
      cause: update.cause,
    });
  }
}
