import type { ContactKind } from '../model/canonical';
import { sameValue } from '../model/normalize';
import { joinPersonName } from '../model/person-name';
import { karbonKeyOf, karbonNameFields, karbonToCanonical, newKarbonCard } from '../model/karbon-mapping';
import type { XeroContactWire } from '../model/wire-types';
import { xeroToCanonical } from '../model/xero-mapping';
import type { LinkHow, LinkRow } from '../db/rows';
import { logActivity } from './activity-log';
import type { RunContext } from './context';
import type { Classification } from './ports';
import { closeIssue } from './issues';
import { karbonCreateKey, makeLinkId, matchIssueId } from './keys';
import { currentKarbonDetail, recordKarbonDetail } from './karbon-snapshots';
import { sendOnce } from './outbox';
import { karbonEchoOf, overwritePatch } from './reconcile';
import { writeKarbon } from './write-karbon';
import { recordXeroSnapshot } from './xero-snapshots';
import { adoptKarbonRecord } from './adopt-karbon';
import { karbonIdentifierFor } from './source-key';
import { flushXeroUpdates, type XeroUpdate } from './write-xero';

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

/** The linked (or unsynced) pair a Karbon key has with Xero, if any. */
export async function linkOfKarbonKey(ctx: Pick<RunContext, 'deps'>, karbonKey: string): Promise<LinkRow | undefined> {
  return ctx.deps.db.links.where('[system+karbonKey]').equals(['xero', karbonKey]).first();
}

function newLink(
  contactId: string,
  karbonKey: string,
  kind: ContactKind,
  how: LinkHow,
  base: LinkRow['base'],
  now: number,
): LinkRow {
  return {
    id: makeLinkId('xero', contactId),
    system: 'xero',
    remoteId: contactId,
    karbonKey,
    karbonType: karbonType(kind),
    kind,
    state: 'linked',
    base,
    how,
    linkedAt: now,
  };
}

/**
 * Links a Xero contact to an existing Karbon record with Xero's values overwriting Karbon's (G3, and G4's "confirm
 * match"); each overwritten field is logged and undoable. The link is stored only after the writes, so a crash in
 * between repeats the overwrite instead of mistaking Karbon's old values for user edits.
 */
export async function linkXeroWins(
  ctx: RunContext,
  contact: XeroContactWire,
  karbonKey: string,
  kind: ContactKind,
  how: 'full-match' | 'confirmed',
): Promise<LinkRow | undefined> {
  const contactId = contact.ContactID ?? '';
  const entity = await currentKarbonDetail(ctx, kind, karbonKey);
  if (!entity) return undefined;
  const remote = xeroToCanonical(contact);
  const id = makeLinkId('xero', contactId);
  const fresh = await writeKarbon(ctx, entity, overwritePatch(remote, karbonToCanonical(entity)), {
    cause: how === 'full-match' ? 'initial-match' : 'confirm-match',
    linkId: id,
  });
  const link = newLink(contactId, karbonKey, entity.kind, how, remote, ctx.deps.now());
  if (!ctx.dryRun) link.karbonEcho = karbonEchoOf(remote, karbonToCanonical(fresh));
  await saveLink(ctx, link);
  await recordXeroSnapshot(ctx, contact, entity.kind);
  return link;
}

/**
 * Creates a Karbon Person or Organization (as the classifier decides, G5, or as the user chose on a type-review issue)
 * from a Xero contact and links it. With Client Identifiers on, the create is keyed by the contact (UserDefinedIdentifier
 * `XERO-<ContactID>`): if another browser made the record first, Karbon refuses a second one and the record found is
 * linked instead (adopted, and reconciled into `queue`, or flushed at once without one). The create goes through the
 * outbox: one left pending by a crash is first looked up (by its key, else by name and email).
 */
export async function createKarbonFromXero(
  ctx: RunContext,
  contact: XeroContactWire,
  forcedKind?: ContactKind,
  queue?: XeroUpdate[],
): Promise<LinkRow> {
  const contactId = contact.ContactID ?? '';
  const suggested = ctx.deps.classify(contact);
  const classified = forcedKind ? { ...suggested, kind: forcedKind, confidence: 1 } : suggested;
  const values = xeroToCanonical(contact);
  // Karbon requires a first and a last name; a one-word "person" can only be created as an organization.
  const oneWord = values.name.trim().split(/\s+/).length < 2 && !(contact.FirstName && contact.LastName);
  const decision = classified.kind === 'person' && oneWord ? { ...classified, kind: 'org' as const } : classified;
  const keyed = (await ctx.deps.clientIdentifiers?.()) ?? true;
  const identifier = keyed ? karbonIdentifierFor({ system: 'xero', id: contactId }) : undefined;
  const fields: Record<string, unknown> = {
    ...karbonCreateFields(decision, contact, values.name),
    ...(identifier ? { UserDefinedIdentifier: identifier } : {}),
  };
  ctx.stats.writes.karbon++;
  if (ctx.dryRun) {
    ctx.stats.created.karbon.push({
      key: '',
      type: karbonType(decision.kind),
      fromRemoteId: contactId,
      confidence: decision.confidence,
    });
    const planned = newLink(contactId, '', decision.kind, 'created-in-karbon', values, ctx.deps.now());
    await saveLink(ctx, planned);
    return planned;
  }
  let existed = false;
  const entity = await sendOnce(
    ctx.deps.db,
    {
      key: karbonCreateKey(contactId),
      system: 'karbon',
      op: 'create',
      recordId: contactId,
      payload: { fields },
      now: ctx.deps.now(),
    },
    async () => {
      const made = await ctx.deps.karbon.create(decision.kind, fields, newKarbonCard(values));
      existed = made.existed;
      return made.entity;
    },
    async () => {
      if (identifier) return ctx.deps.karbon.findByIdentifier(identifier);
      // Looked up by the name as Karbon holds it (notes set aside, First/Last joined).
      const karbonName =
        'FullName' in fields
          ? String(fields.FullName)
          : joinPersonName(String(fields.FirstName), String(fields.LastName));
      const [key] = await ctx.deps.karbon.findByNameAndEmail(decision.kind, karbonName, values.email);
      return key ? ctx.deps.karbon.get(decision.kind, key) : undefined;
    },
  );
  await recordKarbonDetail(ctx, entity, true);
  if (existed) {
    const local = queue ?? [];
    const adopted = await adoptKarbonRecord(ctx, contact, entity, local);
    if (!queue) await flushXeroUpdates(ctx, local);
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
    linkId: makeLinkId('xero', contactId),
    cause: 'no-match',
  });
  ctx.stats.created.karbon.push({
    key,
    type: karbonType(decision.kind),
    fromRemoteId: contactId,
    confidence: decision.confidence,
  });
  const link = newLink(contactId, key, decision.kind, 'created-in-karbon', values, ctx.deps.now());
  link.karbonEcho = karbonEchoOf(values, karbonToCanonical(entity));
  link.classification = {
    kind: decision.kind,
    confidence: decision.confidence,
    reasons: [...(suggested.reasons ?? [])],
    ...(forcedKind ? { confirmedByUser: true } : {}),
  };
  await saveLink(ctx, link);
  await recordXeroSnapshot(ctx, contact, decision.kind);
  return link;
}

/**
 * Karbon's name fields for a created record: Xero's own FirstName/LastName when they spell the name, else the
 * classifier's split (surname-first names the right way round) or the name without its notes.
 */
function karbonCreateFields(decision: Classification, contact: XeroContactWire, name: string): Record<string, unknown> {
  if (decision.kind === 'person') {
    if (
      contact.FirstName &&
      contact.LastName &&
      sameValue('name', joinPersonName(contact.FirstName, contact.LastName), name)
    ) {
      return { FirstName: contact.FirstName, LastName: contact.LastName };
    }
    if (decision.personName?.first && decision.personName.last) {
      return { FirstName: decision.personName.first, LastName: decision.personName.last };
    }
  }
  return karbonNameFields(decision.kind, decision.karbonName || name);
}
