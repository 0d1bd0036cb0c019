import type { LinkRow } from '../db/rows';
import { logActivity } from './activity-log';
import type { RunContext } from './context';
import { closeIssue, raiseIssue } from './issues';
import { badNameIssueId, nameProblem } from './check-name';
import type { KarbonMatcher } from './karbon-matcher';
import type { MatchOutcome } from '../match/types';
import { karbonCreateKey, makeLinkId, matchIssueId, snapshotId } from './keys';
import { createKarbonFromRemote, linkOfKarbonKey, linkRemoteWins, newLink, saveLink } from './link-ops';
import { reconcileLink } from './reconcile-link';
import { adoptKarbonRecord } from './adopt-karbon';
import { currentKarbonDetail } from './karbon-snapshots';
import { karbonIdentifierFor } from './source-key';
import { holdForTypeReview } from './type-review';
import type { RemoteUpdate } from './remote-adapter';
import { getRemoteSnapshot, recordRemoteSnapshot } from './remote-snapshots';
import { recordKey } from './record-locks';
import type { HeldRecord } from './hold-remote-record';

/** What happened to one pulled remote record. */
export type RemoteOutcome =
  'seen' | 'archived' | 'unsynced' | 'reconciled' | 'linked' | 'issue' | 'created' | 'skipped';

/**
 * Handles one pulled remote record: already-seen versions are skipped (our own writes coming back), archivals mark the
 * link and never touch Karbon (G10, P8), linked pairs are reconciled (G6, P6), and new records are matched (G2-G5,
 * G7, P2-P4).
 */
export async function processRemoteRecord(
  ctx: RunContext,
  record: unknown,
  matcher: KarbonMatcher,
  queue: RemoteUpdate[],
  held?: HeldRecord,
): Promise<RemoteOutcome> {
  const { remote, system } = ctx;
  const remoteId = remote.id(record);
  if (!remoteId) return 'skipped';
  const stamp = remote.stamp(record);
  const snap = held ? held.snap : await getRemoteSnapshot(ctx, remoteId);
  if (snap && stamp !== '' && snap.modifiedAt === stamp) return 'seen';
  const { db } = ctx.deps;
  const link = held ? held.link : await db.links.get(makeLinkId(system, remoteId));
  if (link) return processLinkedRecord(ctx, link, record, queue);

  if (remote.isArchived(record)) {
    await recordRemoteSnapshot(ctx, record);
    return 'archived';
  }
  // Not imported (yet): no snapshot either, so it is imported once the settings or its client allow it.
  if (!(await remote.importable(ctx, record))) return 'skipped';
  if (await badNameHeldBack(ctx, record, snap !== undefined)) return 'skipped';
  // The Karbon records this one may link to are claimed first: records in flight beside it may match them too.
  const pushedKey = remote.pushedKarbonKey(record);
  const keyedKey = matcher.byIdentifier(karbonIdentifierFor(remote.sourceKey(record)));
  const outcome = matcher.match(remote.matchInput(record));
  const claimed = [pushedKey, keyedKey, outcome.kind === 'full-match' ? outcome.karbonId : undefined];
  const keys = claimed.flatMap((key) => (key ? [recordKey('karbon', key)] : []));
  const work = () => matchUnlinked(ctx, record, matcher, queue, { pushedKey, keyedKey, outcome });
  return ctx.claims && keys.length > 0 ? ctx.claims.hold(keys, work) : work();
}

/** Links, adopts or creates the Karbon record of a remote record not linked yet (its Karbon candidates claimed). */
async function matchUnlinked(
  ctx: RunContext,
  record: unknown,
  matcher: KarbonMatcher,
  queue: RemoteUpdate[],
  found: { pushedKey: string | undefined; keyedKey: string | undefined; outcome: MatchOutcome },
): Promise<RemoteOutcome> {
  const { remote, system } = ctx;
  const { db } = ctx.deps;
  const remoteId = remote.id(record);
  const { pushedKey, keyedKey, outcome } = found;
  // A record pushed from Karbon (by this or another browser) carries the Karbon key.
  const pushedKind = pushedKey ? matcher.kindOf(pushedKey) : undefined;
  if (pushedKey && pushedKind && !(await linkOfKarbonKey(ctx, pushedKey))) {
    const pushed = newLink(ctx, remoteId, pushedKey, pushedKind, 'pushed-from-karbon', remote.toCanonical(record));
    await saveLink(ctx, pushed);
    await reconcileLink(ctx, pushed, record, queue);
    return 'linked';
  }

  // A Karbon record keyed to this record was created by another browser's sync (or an earlier install): link it.
  if (keyedKey && !(await linkOfKarbonKey(ctx, keyedKey))) {
    const entity = await currentKarbonDetail(ctx, matcher.kindOf(keyedKey) ?? 'org', keyedKey);
    if (entity) {
      await adoptKarbonRecord(ctx, record, entity, queue);
      return 'linked';
    }
  }

  // A create of this record that a crash left unconfirmed (looked up, else re-sent) or unlinked (its stored result) is
  // finished before matching, or the record it made would be mistaken for a match.
  if (await db.outbox.get(karbonCreateKey(system, remoteId))) {
    await createKarbonFromRemote(ctx, record, undefined, queue);
    return 'created';
  }
  if (outcome.kind === 'full-match') {
    const kind = matcher.kindOf(outcome.karbonId) ?? 'org';
    if (!(await linkOfKarbonKey(ctx, outcome.karbonId))) {
      const linked = await linkRemoteWins(ctx, record, outcome.karbonId, kind, 'full-match');
      if (linked) return 'linked';
    }
  }
  if (outcome.kind === 'no-match') {
    if (await holdForTypeReview(ctx, record)) return 'issue';
    await createKarbonFromRemote(ctx, record, undefined, queue);
    return 'created';
  }
  await raiseIssue(ctx, {
    id: matchIssueId(system, remoteId),
    system,
    // A full match whose Karbon record is already linked elsewhere is never linked twice: it needs a person.
    kind: outcome.kind === 'full-match' ? 'ambiguous' : outcome.kind,
    state: 'open',
    remoteId,
    karbonKeys: outcome.candidates.map((c) => c.karbonId),
    signals: [...outcome.signals],
    score: outcome.score,
    remote: remote.toCanonical(record),
    createdAt: ctx.deps.now(),
  });
  await recordRemoteSnapshot(ctx, record);
  return 'issue';
}

/** Handles a pulled remote record that is already linked: merge, archive, unsynced, or reconcile (no matching). */
export function processLinkedRecord(
  ctx: RunContext,
  link: LinkRow,
  record: unknown,
  queue: RemoteUpdate[],
): Promise<RemoteOutcome> {
  const survivor = ctx.remote.mergedInto(record);
  return survivor ? followMerge(ctx, link, record, survivor) : processLinked(ctx, link, record, queue);
}

/**
 * The remote system merged this record into another (it keeps its old id, now pointing at the survivor): the link
 * moves to the surviving record, keeping its base, unless that record is already linked.
 */
async function followMerge(ctx: RunContext, link: LinkRow, record: unknown, survivor: string): Promise<RemoteOutcome> {
  const { db } = ctx.deps;
  await recordRemoteSnapshot(ctx, record, link.kind);
  if (ctx.dryRun) return 'linked';
  if (await db.links.get(makeLinkId(ctx.system, survivor))) {
    // The survivor has its own pair already: this one stops, like an archived record.
    await db.links.update(link.id, { remoteArchivedAt: ctx.deps.now() });
    return 'archived';
  }
  const moved: LinkRow = { ...link, id: makeLinkId(ctx.system, survivor), remoteId: survivor, mergedFrom: link.id };
  await db.links.delete(link.id);
  await db.links.put(moved);
  await logActivity(db, {
    time: ctx.deps.now(),
    runId: ctx.runId,
    system: ctx.system,
    recordId: survivor,
    action: 'relink',
    before: link.remoteId,
    after: survivor,
    linkId: moved.id,
    cause: `merged-in-${ctx.system}`,
  });
  // Reconcile the pair against the survivor at the end of this run even if the survivor does not change again.
  await db.snapshots.update(snapshotId('karbon', link.karbonKey), { dirty: 1 });
  return 'linked';
}

async function processLinked(
  ctx: RunContext,
  link: LinkRow,
  record: unknown,
  queue: RemoteUpdate[],
): Promise<RemoteOutcome> {
  const { db } = ctx.deps;
  if (ctx.remote.isArchived(record)) {
    if (!link.remoteArchivedAt && !ctx.dryRun) {
      await db.links.update(link.id, { remoteArchivedAt: ctx.deps.now() });
      await logActivity(db, {
        time: ctx.deps.now(),
        runId: ctx.runId,
        system: ctx.system,
        recordId: link.remoteId,
        action: 'archive-seen',
        linkId: link.id,
        cause: `archived-in-${ctx.system}`,
      });
    }
    await recordRemoteSnapshot(ctx, record, link.kind);
    return 'archived';
  }
  let current = link;
  if (link.remoteArchivedAt && !ctx.dryRun) {
    await db.links.update(link.id, { remoteArchivedAt: undefined });
    current = { ...link };
    delete current.remoteArchivedAt;
  }
  if (current.state === 'unsynced') {
    await recordRemoteSnapshot(ctx, record, link.kind);
    return 'unsynced';
  }
  await reconcileLink(ctx, current, record, queue);
  return 'reconciled';
}

/**
 * A remote record whose name must not travel (invisible only, control characters, too long) is neither matched nor
 * created in Karbon: it gets an issue naming the rule, closed once an edit in the remote system fixes the name.
 */
async function badNameHeldBack(ctx: RunContext, record: unknown, seenBefore: boolean): Promise<boolean> {
  const remoteId = ctx.remote.id(record);
  const values = ctx.remote.toCanonical(record);
  const problem = nameProblem(values.name);
  if (!problem) {
    if (seenBefore) await closeIssue(ctx, badNameIssueId(ctx.system, remoteId), 'fixed');
    return false;
  }
  await raiseIssue(ctx, {
    id: badNameIssueId(ctx.system, remoteId),
    system: ctx.system,
    kind: 'sync-error',
    state: 'open',
    remoteId,
    karbonKeys: [],
    remote: values,
    message: `Not imported into Karbon: ${problem}. Fix the name in ${ctx.remote.noun.split(' ')[0]}.`,
    createdAt: ctx.deps.now(),
  });
  await recordRemoteSnapshot(ctx, record);
  return true;
}
