import { SYNCED_FIELDS, type ContactKind } from '../model/canonical';
import { joinPersonName } from '../model/person-name';
import { karbonKeyOf, karbonToCanonical, newKarbonCard } from '../model/karbon-mapping';
import type { LinkHow, LinkRow } from '../db/rows';
import { logActivity } from './activity-log';
import type { RunContext } from './context';
import { closeIssue } from './issues';
import { karbonCreateKey, makeLinkId, matchIssueId, snapshotId } from './keys';
import { recordKarbonDetail } from './karbon-snapshots';
import { detailForWrite, karbonSide } from './karbon-side';
import { sendOnce } from './outbox';
import { isBlank, isEmptyPatch, karbonEchoOf, overwritePatch } from './reconcile';
import { recordRemoteSnapshot } from './remote-snapshots';
import { countedKarbonWrite, karbonWriteCalls, writeKarbon } from './write-karbon';
import { adoptKarbonRecord } from './adopt-karbon';
import { remoteValues, type RemoteUpdate } from './remote-adapter';
import { karbonIdentifierFor } from './source-key';
import { flushRemoteUpdates } from './write-remote';

const karbonType = (kind: ContactKind) => (kind === 'person' ? 'contact' : 'organization');

/** Stores a link and logs it (a dry run only lists it). */
export async function saveLink(ctx: RunContext, link: LinkRow): Promise<void> {
  if (ctx.dryRun) {
    ctx.stats.plannedLinks.push(link);
    return;
  }
  await ctx.deps.db.links.put(link);
  await logActivity(ctx.deps.db, {
    time: ctx.deps.now(),
    runId: ctx.runId,
    system: link.system,
    recordId: link.remoteId,
    action: 'link',
    after: { karbonKey: link.karbonKey, how: link.how },
    linkId: link.id,
    cause: link.how,
  });
  await closeIssue(ctx, matchIssueId(link.system, link.remoteId), link.how);
}

/** The linked (or unsynced) pair a Karbon key has with the run's remote system, if any. */
export async function linkOfKarbonKey(
  ctx: Pick<RunContext, 'deps' | 'system'>,
  karbonKey: string,
): Promise<LinkRow | undefined> {
  return ctx.deps.db.links.where('[system+karbonKey]').equals([ctx.system, karbonKey]).first();
}

/** Links a remote record the extension created from a Karbon record (or found it had created), and snapshots it. */
export async function linkPushed(
  ctx: RunContext,
  record: unknown,
  karbonKey: string,
  kind: ContactKind,
): Promise<LinkRow> {
  const link = newLink(
    ctx,
    ctx.remote.id(record),
    karbonKey,
    kind,
    'pushed-from-karbon',
    ctx.remote.toCanonical(record),
  );
  await saveLink(ctx, link);
  await recordRemoteSnapshot(ctx, record, kind);
  return link;
}

/** A new link of the run's remote system. */
export function newLink(
  ctx: RunContext,
  remoteId: string,
  karbonKey: string,
  kind: ContactKind,
  how: LinkHow,
  base: LinkRow['base'],
): LinkRow {
  return {
    id: makeLinkId(ctx.system, remoteId),
    system: ctx.system,
    remoteId,
    karbonKey,
    karbonType: karbonType(kind),
    kind,
    state: 'linked',
    base,
    how,
    linkedAt: ctx.deps.now(),
  };
}

/**
 * Links a remote record to an existing Karbon record with the remote values overwriting Karbon's (G3, and G4's
 * "confirm match"); each overwritten field is logged and undoable. The link is stored only after the writes, so a
 * crash in between repeats the overwrite instead of mistaking Karbon's old values for user edits.
 */
export async function linkRemoteWins(
  ctx: RunContext,
  record: unknown,
  karbonKey: string,
  kind: ContactKind,
  how: 'full-match' | 'confirmed',
): Promise<LinkRow | undefined> {
  const remoteId = ctx.remote.id(record);
  let remote = ctx.remote.toCanonical(record);
  // The list row often shows Karbon already holds the remote's values: then the pair links without reading the detail.
  const side = await karbonSide(ctx, kind, karbonKey, remote);
  if (!side) return undefined;
  let karbon = side.values;
  // Fields the remote does not sync (e.g. XPM contacts' address) keep Karbon's value.
  remote = remoteValues(ctx.remote, record, karbon);
  let patch = overwritePatch(remote, karbon);
  let karbonNow = karbon;
  if (!isEmptyPatch(patch)) {
    const entity = await detailForWrite(ctx, side, karbonKey);
    if (entity) {
      karbon = karbonToCanonical(entity);
      remote = remoteValues(ctx.remote, record, karbon);
      patch = overwritePatch(remote, karbon);
      const meta = {
        cause: how === 'full-match' ? 'initial-match' : 'confirm-match',
        linkId: makeLinkId(ctx.system, remoteId),
      };
      karbonNow = karbonToCanonical(await writeKarbon(ctx, entity, patch, meta));
    } else if (ctx.dryRun) {
      ctx.stats.writes.karbon += karbonWriteCalls(patch);
    } else return undefined;
  }
  const link = newLink(ctx, remoteId, karbonKey, side.kind, how, remote);
  const written = SYNCED_FIELDS.filter((f) => patch[f] !== undefined);
  if (!ctx.dryRun) link.karbonEcho = karbonEchoOf(remote, karbonNow, written);
  await saveLink(ctx, link);
  await recordRemoteSnapshot(ctx, record, side.kind);
  // Where the remote record is empty and Karbon is not, Karbon's value fills it: reconciled at the end of the run.
  const fill = SYNCED_FIELDS.some((f) => isBlank(f, remote[f]) && !isBlank(f, karbon[f]));
  if (fill && !ctx.dryRun) await ctx.deps.db.snapshots.update(snapshotId('karbon', karbonKey), { dirty: 1 });
  return link;
}

/**
 * Creates a Karbon Person or Organization (as the remote system's adapter decides: the classifier for Xero, G5; the
 * Business Type for XPM, P2) from a remote record and links it. With Client Identifiers on, the create is keyed by
 * the remote record (UserDefinedIdentifier `XERO-<ContactID>`, `XPM-<uuid>`, `XPMC-<uuid>`): if another browser made
 * the record first, Karbon refuses a second one and the record found is linked instead (adopted, and reconciled into
 * `queue`, or flushed at once without one). The create goes through the outbox: one left pending by a crash is first
 * looked up (by its key, else by name and email).
 */
export async function createKarbonFromRemote(
  ctx: RunContext,
  record: unknown,
  forcedKind?: ContactKind,
  queue?: RemoteUpdate[],
): Promise<LinkRow> {
  const remoteId = ctx.remote.id(record);
  const planned = await ctx.remote.planKarbon(ctx, record, forcedKind);
  const keyed = (await ctx.deps.clientIdentifiers?.()) ?? true;
  const identifier = keyed ? karbonIdentifierFor(ctx.remote.sourceKey(record)) : undefined;
  const fields: Record<string, unknown> = {
    ...planned.fields,
    ...(identifier ? { UserDefinedIdentifier: identifier } : {}),
  };
  const plan = { ...planned, fields };
  const values = ctx.remote.toCanonical(record);
  if (ctx.dryRun) {
    ctx.stats.writes.karbon++;
    ctx.stats.created.karbon.push({
      key: '',
      type: karbonType(plan.kind),
      fromRemoteId: remoteId,
      confidence: plan.confidence,
      name: values.name,
      ...(plan.reasons ? { reasons: plan.reasons } : {}),
    });
    const planned = newLink(ctx, remoteId, '', plan.kind, 'created-in-karbon', values);
    await saveLink(ctx, planned);
    return planned;
  }
  let existed = false;
  const entity = await sendOnce(
    ctx.deps.db,
    {
      key: karbonCreateKey(ctx.system, remoteId),
      system: 'karbon',
      op: 'create',
      recordId: remoteId,
      payload: { fields: plan.fields },
      now: ctx.deps.now(),
    },
    async () => {
      const made = await countedKarbonWrite(ctx, () =>
        ctx.deps.karbon.create(plan.kind, plan.fields, { ...newKarbonCard(values), ...plan.card }),
      );
      existed = made.existed;
      return made.entity;
    },
    async () => {
      if (identifier) return ctx.deps.karbon.findByIdentifier(identifier);
      // Looked up by the name as Karbon holds it (notes set aside, First/Last joined).
      const karbonName =
        'FullName' in plan.fields
          ? String(plan.fields.FullName)
          : joinPersonName(String(plan.fields.FirstName), String(plan.fields.LastName));
      const [key] = await ctx.deps.karbon.findByNameAndEmail(plan.kind, karbonName, values.email);
      return key ? ctx.deps.karbon.get(plan.kind, key) : undefined;
    },
  );
  await recordKarbonDetail(ctx, entity, true);
  if (existed) {
    const local = queue ?? [];
    const adopted = await adoptKarbonRecord(ctx, record, entity, local);
    if (!queue) await flushRemoteUpdates(ctx, local);
    return adopted;
  }
  const key = karbonKeyOf(entity);
  await logActivity(ctx.deps.db, {
    time: ctx.deps.now(),
    runId: ctx.runId,
    system: 'karbon',
    recordId: key,
    action: 'create',
    after: values,
    linkId: makeLinkId(ctx.system, remoteId),
    cause: 'no-match',
  });
  ctx.stats.created.karbon.push({
    key,
    type: karbonType(plan.kind),
    fromRemoteId: remoteId,
    confidence: plan.confidence,
    name: values.name,
    ...(plan.reasons ? { reasons: plan.reasons } : {}),
  });
  const link = newLink(ctx, remoteId, key, plan.kind, 'created-in-karbon', values);
  link.karbonEcho = karbonEchoOf(values, karbonToCanonical(entity));
  link.classification = {
    kind: plan.kind,
    confidence: plan.confidence,
    reasons: [...(plan.reasons ?? [])],
    ...(plan.confirmedByUser ? { confirmedByUser: true } : {}),
  };
  await saveLink(ctx, link);
  await recordRemoteSnapshot(ctx, record, plan.kind);
  return link;
}
