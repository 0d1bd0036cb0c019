import type { CanonicalPatch, SyncedField } from '../model/canonical';
import { sameValue } from '../model/normalize';
import type { ActivityRow } from '../db/rows';
import { logActivity } from './activity-log';
import type { RunContext } from './context';
import { matchIssueId, snapshotId } from './keys';
import { readKarbonRecord } from './karbon-lookup';
import { writeKarbon } from './write-karbon';
import { flushRemoteUpdates } from './write-remote';
import { karbonToCanonical } from '../model/karbon-mapping';

/**
 * Undoes one logged action. A field write restores the previous value on both sides of the pair (and makes it the
 * base, so the next run leaves it alone); a link entry restores every Karbon field the link overwrote, removes the
 * link and reopens its match issue. Returns the entries written by the undo.
 */
export async function undo(ctx: RunContext, activityId: number): Promise<ActivityRow[]> {
  const { db } = ctx.deps;
  const entry = await db.activity.get(activityId);
  if (!entry) throw new Error(`No activity ${activityId}`);
  if (entry.undoneAt) throw new Error(`Activity ${activityId} was already undone`);
  const firstNew = ((await db.activity.orderBy('id').last())?.id ?? 0) + 1;
  if (entry.action === 'update' && entry.field) await undoField(ctx, entry, entry.field);
  else if (entry.action === 'link' && entry.linkId) await undoLink(ctx, entry.linkId);
  else throw new Error(`A ${entry.action} cannot be undone here (Karbon has no delete; remote records are archived)`);
  await db.activity.update(activityId, { undoneAt: ctx.deps.now() });
  await logActivity(db, {
    time: ctx.deps.now(),
    runId: ctx.runId,
    system: entry.system,
    recordId: entry.recordId,
    action: 'undo',
    undoOf: activityId,
    cause: 'undo',
    ...(entry.linkId ? { linkId: entry.linkId } : {}),
  });
  return db.activity.where('id').aboveOrEqual(firstNew).toArray();
}

async function undoField(ctx: RunContext, entry: ActivityRow, field: SyncedField): Promise<void> {
  const { db } = ctx.deps;
  const patch = { [field]: entry.before } as CanonicalPatch;
  const link = entry.linkId ? await db.links.get(entry.linkId) : undefined;
  const karbonKey = entry.system === 'karbon' ? entry.recordId : link?.karbonKey;
  const remoteId = entry.system === ctx.system ? entry.recordId : link?.remoteId;
  if (karbonKey) {
    const entity = await readKarbonRecord(ctx, karbonKey);
    if (entity && !sameValue(field, karbonToCanonical(entity)[field], patch[field] as never)) {
      await writeKarbon(ctx, entity, patch, { cause: 'undo', ...(link ? { linkId: link.id } : {}) });
    }
  }
  if (remoteId && link) {
    const contact = await ctx.remote.get(ctx, remoteId);
    const remote = contact ? ctx.remote.toCanonical(contact) : undefined;
    if (remote && !sameValue(field, remote[field], patch[field] as never)) {
      await flushRemoteUpdates(ctx, [
        {
          remoteId,
          kind: link.kind,
          before: remote,
          patch,
          linkId: link.id,
          karbonKey: link.karbonKey,
          cause: 'undo',
          remoteStamp: contact ? ctx.remote.stamp(contact) : '',
          record: contact,
        },
      ]);
    }
  }
  if (link) await db.links.update(link.id, { base: { ...link.base, ...patch } });
}

async function undoLink(ctx: RunContext, linkId: string): Promise<void> {
  const { db } = ctx.deps;
  const link = await db.links.get(linkId);
  if (!link) throw new Error(`No link ${linkId}`);
  const overwrites = (await db.activity.where('linkId').equals(linkId).toArray()).filter(
    (a) => a.system === 'karbon' && a.action === 'update' && !a.undoneAt && /match$/.test(a.cause),
  );
  const patch: CanonicalPatch = {};
  for (const a of overwrites) if (a.field && !(a.field in patch)) Object.assign(patch, { [a.field]: a.before });
  const entity = await readKarbonRecord(ctx, link.karbonKey);
  if (entity) await writeKarbon(ctx, entity, patch, { cause: 'undo', linkId });
  for (const a of overwrites) await db.activity.update(a.id as number, { undoneAt: ctx.deps.now() });
  await db.links.delete(linkId);
  // The remote snapshot stays, so the next run does not silently re-link the pair: it waits in a match issue instead.
  const id = matchIssueId(link.system, link.remoteId);
  const issue = await db.issues.get(id);
  if (issue) await db.issues.update(id, { state: 'open', resolution: undefined, resolvedAt: undefined });
  else {
    const snap = await db.snapshots.get(snapshotId(link.system, link.remoteId));
    await db.issues.put({
      id,
      system: link.system,
      kind: 'ambiguous',
      state: 'open',
      remoteId: link.remoteId,
      karbonKeys: [link.karbonKey],
      signals: ['undone-link'],
      ...(snap ? { remote: snap.canonical } : {}),
      createdAt: ctx.deps.now(),
    });
  }
}
