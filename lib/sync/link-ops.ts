import type { ApiError } from '../api/api-error';
import {
  SYNCED_FIELDS,
  emptyContact,
  type CanonicalContact,
  type ContactKind,
  type SyncedField,
} from '../model/canonical';
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
import { karbonFieldsNamedIn, karbonRefusals } from './refused-values';
import { isRefusal } from './record-errors';
import { fieldsOf, remoteValues, type RemoteUpdate } from './remote-adapter';
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

/**
 * Runs a record's closing writes (link, snapshots, activity, issues) in one database transaction: they follow each
 * other with no network call between, and one commit instead of five is most of a run's time in the service worker.
 */
export function recordTransaction<T>(ctx: RunContext, work: () => Promise<T>): Promise<T> {
  if (ctx.dryRun) return work();
  const { db } = ctx.deps;
  return db.transaction('rw', [db.links, db.snapshots, db.activity, db.issues], work);
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
  const side = await karbonSide(ctx, kind, karbonKey, remote, fieldsOf(ctx.remote, record));
  if (!side) return undefined;
  let karbon = side.values;
  // Fields the remote does not sync (e.g. XPM contacts' address) keep Karbon's value.
  remote = remoteValues(ctx.remote, record, karbon);
  let patch = overwritePatch(remote, karbon);
  let karbonNow = karbon;
  let refused = new Set<SyncedField>();
  if (!isEmptyPatch(patch)) {
    const entity = await detailForWrite(ctx, side, karbonKey);
    if (entity) {
      karbon = karbonToCanonical(entity);
      remote = remoteValues(ctx.remote, record, karbon);
      patch = overwritePatch(remote, karbon);
      const linkId = makeLinkId(ctx.system, remoteId);
      const pair = { id: linkId, system: ctx.system, remoteId, karbonKey };
      const refusals = karbonRefusals(ctx, pair, { karbon, remote });
      const meta = {
        cause: how === 'full-match' ? 'initial-match' : 'confirm-match',
        linkId,
        onRefused: refusals.onRefused,
      };
      karbonNow = karbonToCanonical(await writeKarbon(ctx, entity, patch, meta));
      refused = refusals.refused;
    } else if (ctx.dryRun) {
      ctx.stats.writes.karbon += karbonWriteCalls(patch);
    } else return undefined;
  }
  // A value Karbon refused keeps Karbon's as the base: held back (its issue open) until one side changes.
  const base = { ...remote };
  for (const field of refused) Object.assign(base, { [field]: karbon[field] });
  const link = newLink(ctx, remoteId, karbonKey, side.kind, how, base);
  const written = SYNCED_FIELDS.filter((f) => patch[f] !== undefined && !refused.has(f));
  if (!ctx.dryRun) link.karbonEcho = karbonEchoOf(base, karbonNow, written);
  // Where the remote record is empty and Karbon is not, Karbon's value fills it: reconciled at the end of the run.
  const fill = SYNCED_FIELDS.some((f) => isBlank(f, remote[f]) && !isBlank(f, karbon[f]));
  await recordTransaction(ctx, async () => {
    await saveLink(ctx, link);
    await recordRemoteSnapshot(ctx, record, side.kind);
    if (fill && !ctx.dryRun) await ctx.deps.db.snapshots.update(snapshotId('karbon', karbonKey), { dirty: 1 });
  });
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
  let refused: KarbonRefusal | undefined;
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
      const made = await createAcceptedByKarbon(ctx, values, (sent) =>
        ctx.deps.karbon.create(plan.kind, plan.fields, {
          ...newKarbonCard(sent, { streetApart: ctx.remote.streetAddress === true }),
          ...plan.card,
        }),
      );
      existed = made.existed;
      refused = made.refused;
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
  if (existed) {
    await recordKarbonDetail(ctx, entity, true);
    const local = queue ?? [];
    const adopted = await adoptKarbonRecord(ctx, record, entity, local);
    if (!queue) await flushRemoteUpdates(ctx, local);
    return adopted;
  }
  const key = karbonKeyOf(entity);
  ctx.stats.created.karbon.push({
    key,
    type: karbonType(plan.kind),
    fromRemoteId: remoteId,
    confidence: plan.confidence,
    name: values.name,
    ...(plan.reasons ? { reasons: plan.reasons } : {}),
  });
  // A value Karbon refused is not in the record: Karbon's (empty) value is the base, and an issue holds it back.
  const base = { ...values };
  for (const field of refused?.fields ?? []) Object.assign(base, { [field]: emptyContact()[field] });
  const link = newLink(ctx, remoteId, key, plan.kind, 'created-in-karbon', base);
  link.karbonEcho = karbonEchoOf(base, karbonToCanonical(entity));
  link.classification = {
    kind: plan.kind,
    confidence: plan.confidence,
    reasons: [...(plan.reasons ?? [])],
    ...(plan.confirmedByUser ? { confirmedByUser: true } : {}),
  };
  await recordTransaction(ctx, async () => {
    await recordKarbonDetail(ctx, entity, true);
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
    if (refused) {
      const pair = { id: link.id, system: ctx.system, remoteId, karbonKey: key };
      await karbonRefusals(ctx, pair, { karbon: base, remote: values }).onRefused(refused.fields, refused.error);
    }
    await saveLink(ctx, link);
    await recordRemoteSnapshot(ctx, record, plan.kind);
  });
  return link;
}

/** Fields Karbon refused on a create, and its answer. */
interface KarbonRefusal {
  fields: SyncedField[];
  error: ApiError;
}

/**
 * Creates a Karbon record; when Karbon refuses a value of its business card (a 4xx validation answer), the record is
 * created once more without the fields the refusal names, so the contact exists and only the refused value waits.
 */
async function createAcceptedByKarbon<T extends object>(
  ctx: RunContext,
  values: CanonicalContact,
  create: (sent: CanonicalContact) => Promise<T>,
): Promise<T & { refused?: KarbonRefusal }> {
  try {
    return await countedKarbonWrite(ctx, () => create(values));
  } catch (error) {
    const card = SYNCED_FIELDS.filter((f) => f !== 'name' && !isBlank(f, values[f]));
    if (!isRefusal(error) || card.length === 0) throw error;
    const fields = karbonFieldsNamedIn([error.message, ...error.details].join(' '), card);
    const sent = { ...values };
    for (const field of fields) Object.assign(sent, { [field]: emptyContact()[field] });
    const made = await countedKarbonWrite(ctx, () => create(sent));
    return { ...made, refused: { fields, error } };
  }
}
