import { SYNCED_FIELDS, type CanonicalContact, type CanonicalPatch } from '../model/canonical';
import { karbonToCanonical } from '../model/karbon-mapping';
import type { LinkRow } from '../db/rows';
import type { RunContext } from './context';
import { closeIssue, raiseIssue } from './issues';
import { conflictIssueId, snapshotId } from './keys';
import { detailForWrite, karbonSide } from './karbon-side';
import { isEmptyPatch, karbonEchoOf, reconcile } from './reconcile';
import { karbonWriteCalls, writeKarbon } from './write-karbon';
import { fieldsOf, remoteValues, type RemoteUpdate } from './remote-adapter';
import { recordRemoteSnapshot } from './remote-snapshots';
import { nameProblem } from './check-name';
import { holdBackRefused, karbonRefusals, raiseRefused, type RefusingSystem } from './refused-values';

/**
 * Reconciles one linked pair (G6, P6): Karbon writes happen now, remote writes are queued for a batched flush (the
 * link's base for those fields moves only once the remote system accepts them), and both-sided changes become field conflicts.
 */
export async function reconcileLink(
  ctx: RunContext,
  link: LinkRow,
  record: unknown,
  queue: RemoteUpdate[],
): Promise<void> {
  if (link.state !== 'linked' || link.remoteArchivedAt) return;
  // Karbon's values from the list row where it settles them (a change pushed to the remote needs no Karbon detail).
  const fields = fieldsOf(ctx.remote, record);
  const side = await karbonSide(ctx, link.kind, link.karbonKey, link.base, fields);
  if (!side) return;
  let remote = remoteValues(ctx.remote, record, side.values);
  // Karbon's detail only when Karbon must be written (the list row settles what a push to the remote needs).
  let result = reconcile(link.base, side.values, remote, link.karbonEcho, fields);
  let karbonNow = side.values;
  let entity = side.entity;
  if (!isEmptyPatch(result.toKarbon) && !entity) {
    entity = await detailForWrite(ctx, side, link.karbonKey);
    if (entity) {
      karbonNow = karbonToCanonical(entity);
      remote = remoteValues(ctx.remote, record, karbonNow);
      result = reconcile(link.base, karbonNow, remote, link.karbonEcho, fields);
    } else if (!ctx.dryRun) return;
  }
  const values = { karbon: karbonNow, remote };
  const toRemote = await checkedPatch(ctx, link, result.toRemote, ctx.system, values);
  let toKarbon = await checkedPatch(ctx, link, result.toKarbon, 'karbon', values);
  if (!isEmptyPatch(toKarbon) && !entity) {
    ctx.stats.writes.karbon += karbonWriteCalls(toKarbon);
  } else if (!isEmptyPatch(toKarbon) && entity) {
    const target = entity;
    const { refused, onRefused } = karbonRefusals(ctx, link, values);
    const fresh = await writeKarbon(ctx, target, toKarbon, { cause: 'sync', linkId: link.id, onRefused });
    karbonNow = karbonToCanonical(fresh);
    // A refused value is held back: its base stays, so it is not sent again until one side changes.
    if (refused.size > 0) {
      toKarbon = { ...toKarbon };
      for (const field of refused) delete toKarbon[field];
    }
  }
  // Fields written to Karbon may read back differently (lossy fields); fields Karbon changed itself echo nothing.
  const written = SYNCED_FIELDS.filter((f) => toKarbon[f] !== undefined);
  const echo = karbonEchoOf(result.newBase, karbonNow, written, link.karbonEcho);
  for (const f of SYNCED_FIELDS) if (toRemote[f] !== undefined) delete echo[f];

  const conflicted = new Set(result.conflicts.map((c) => c.field));
  for (const c of result.conflicts) {
    ctx.stats.conflicts++;
    await raiseIssue(ctx, {
      id: conflictIssueId(link.id, c.field),
      system: link.system,
      kind: 'field-conflict',
      state: 'open',
      remoteId: link.remoteId,
      karbonKeys: [link.karbonKey],
      linkId: link.id,
      field: c.field,
      base: c.base,
      karbonValue: c.karbon,
      remoteValue: c.remote,
      createdAt: ctx.deps.now(),
    });
  }
  for (const field of SYNCED_FIELDS) {
    if (!conflicted.has(field)) await closeIssue(ctx, conflictIssueId(link.id, field), 'converged');
  }

  // The base moves only where both sides now agree: the remote side once it accepts, nothing where a value was held back.
  const base = { ...result.newBase };
  for (const field of SYNCED_FIELDS) {
    const pending = result.toRemote[field] !== undefined;
    const heldBack = result.toKarbon[field] !== undefined && toKarbon[field] === undefined;
    if (pending || heldBack) Object.assign(base, { [field]: link.base[field] });
  }
  if (!ctx.dryRun) await ctx.deps.db.links.update(link.id, { base, karbonEcho: echo });
  await recordRemoteSnapshot(ctx, record, link.kind);
  if (!isEmptyPatch(toRemote)) {
    queue.push({
      remoteId: link.remoteId,
      kind: link.kind,
      before: remote,
      patch: toRemote,
      linkId: link.id,
      karbonKey: link.karbonKey,
      cause: 'sync',
      remoteStamp: ctx.remote.stamp(record),
      record,
    });
  } else if (!ctx.dryRun) {
    await ctx.deps.db.snapshots.update(snapshotId('karbon', link.karbonKey), { dirty: undefined });
  }
}

/**
 * What may travel to `target` of a patch: values `target` already refused are held back until they change, and a name
 * that fails the checks (invisible only, control characters, too long) is never sent but raised as a refusal.
 */
async function checkedPatch(
  ctx: RunContext,
  link: LinkRow,
  patch: CanonicalPatch,
  target: RefusingSystem,
  values: { karbon: CanonicalContact; remote: CanonicalContact },
): Promise<CanonicalPatch> {
  if (isEmptyPatch(patch)) return patch;
  const kept = await holdBackRefused(ctx, link.id, patch, target);
  const problem = kept.name === undefined ? undefined : nameProblem(kept.name);
  if (problem) {
    const label = target === 'karbon' ? 'Karbon' : target === 'xpm' ? 'XPM' : 'Xero';
    const pair = { karbon: values.karbon.name, remote: values.remote.name };
    await raiseRefused(ctx, link, 'name', pair, target, `Not sent to ${label}: ${problem}.`);
    delete kept.name;
  }
  return kept;
}
