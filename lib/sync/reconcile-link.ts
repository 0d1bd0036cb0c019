import { SYNCED_FIELDS } from '../model/canonical';
import { karbonToCanonical } from '../model/karbon-mapping';
import type { LinkRow } from '../db/rows';
import type { RunContext } from './context';
import { closeIssue, raiseIssue } from './issues';
import { conflictIssueId, snapshotId } from './keys';
import { currentKarbonDetail } from './karbon-snapshots';
import { isEmptyPatch, karbonEchoOf, reconcile } from './reconcile';
import { writeKarbon } from './write-karbon';
import type { RemoteUpdate } from './remote-adapter';
import { recordRemoteSnapshot } from './remote-snapshots';

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
  const entity = await currentKarbonDetail(ctx, link.kind, link.karbonKey);
  if (!entity) return;
  const remote = ctx.remote.toCanonical(record);
  const result = reconcile(link.base, karbonToCanonical(entity), remote, link.karbonEcho);
  let karbonNow = karbonToCanonical(entity);
  if (!isEmptyPatch(result.toKarbon)) {
    const fresh = await writeKarbon(ctx, entity, result.toKarbon, { cause: 'sync', linkId: link.id });
    karbonNow = karbonToCanonical(fresh);
  }
  // Fields written to Karbon may read back differently (lossy fields); fields Karbon changed itself echo nothing.
  const written = SYNCED_FIELDS.filter((f) => result.toKarbon[f] !== undefined);
  const echo = karbonEchoOf(result.newBase, karbonNow, written, link.karbonEcho);
  for (const f of SYNCED_FIELDS) if (result.toRemote[f] !== undefined) delete echo[f];

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

  const base = { ...result.newBase };
  for (const field of SYNCED_FIELDS) {
    if (result.toRemote[field] !== undefined) Object.assign(base, { [field]: link.base[field] });
  }
  if (!ctx.dryRun) await ctx.deps.db.links.update(link.id, { base, karbonEcho: echo });
  await recordRemoteSnapshot(ctx, record, link.kind);
  if (!isEmptyPatch(result.toRemote)) {
    queue.push({
      remoteId: link.remoteId,
      kind: link.kind,
      before: remote,
      patch: result.toRemote,
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
