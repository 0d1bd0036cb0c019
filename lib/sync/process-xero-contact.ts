import type { XeroContactWire } from '../model/wire-types';
import { xeroToCanonical } from '../model/xero-mapping';
import type { LinkRow } from '../db/rows';
import { logActivity } from './activity-log';
import type { RunContext } from './context';
import { raiseIssue } from './issues';
import type { KarbonMatcher } from './karbon-matcher';
import { karbonCreateKey, makeLinkId, matchIssueId, snapshotId } from './keys';
import { createKarbonFromXero, linkOfKarbonKey, linkXeroWins, saveLink } from './link-ops';
import { reconcileLink } from './reconcile-link';
import { adoptKarbonRecord } from './adopt-karbon';
import { currentKarbonDetail } from './karbon-snapshots';
import { karbonIdentifierFor } from './source-key';
import { holdForTypeReview } from './type-review';
import type { XeroUpdate } from './write-xero';
import { getXeroSnapshot, isArchived, recordXeroSnapshot, xeroStamp } from './xero-snapshots';

/** What happened to one pulled Xero contact. */
export type XeroOutcome = 'seen' | 'archived' | 'unsynced' | 'reconciled' | 'linked' | 'issue' | 'created' | 'skipped';

/**
 * Handles one pulled Xero contact: already-seen versions are skipped (our own writes coming back), archivals mark the
 * link and never touch Karbon (G10), linked pairs are reconciled (G6), and new contacts are matched (G2-G5, G7).
 */
export async function processXeroContact(
  ctx: RunContext,
  contact: XeroContactWire,
  matcher: KarbonMatcher,
  queue: XeroUpdate[],
): Promise<XeroOutcome> {
  const contactId = contact.ContactID;
  if (!contactId) return 'skipped';
  const stamp = xeroStamp(contact);
  const snap = await getXeroSnapshot(ctx, contactId);
  if (snap && stamp !== '' && snap.modifiedAt === stamp) return 'seen';
  const { db } = ctx.deps;
  const link = await db.links.get(makeLinkId('xero', contactId));
  if (link) return processLinkedContact(ctx, link, contact, queue);

  if (isArchived(contact)) {
    await recordXeroSnapshot(ctx, contact);
    return 'archived';
  }
  // A contact pushed from Karbon (by this or another browser) carries the Karbon key in ContactNumber.
  const pushedKind = contact.ContactNumber ? matcher.kindOf(contact.ContactNumber) : undefined;
  if (contact.ContactNumber && pushedKind && !(await linkOfKarbonKey(ctx, contact.ContactNumber))) {
    const pushed: LinkRow = {
      id: makeLinkId('xero', contactId),
      system: 'xero',
      remoteId: contactId,
      karbonKey: contact.ContactNumber,
      karbonType: pushedKind === 'person' ? 'contact' : 'organization',
      kind: pushedKind,
      state: 'linked',
      base: xeroToCanonical(contact),
      how: 'pushed-from-karbon',
      linkedAt: ctx.deps.now(),
    };
    await saveLink(ctx, pushed);
    await reconcileLink(ctx, pushed, contact, queue);
    return 'linked';
  }

  // A Karbon record keyed to this contact was created by another browser's sync (or an earlier install): link it.
  const keyedKey = matcher.byIdentifier(karbonIdentifierFor({ system: 'xero', id: contactId }));
  if (keyedKey && !(await linkOfKarbonKey(ctx, keyedKey))) {
    const entity = await currentKarbonDetail(ctx, matcher.kindOf(keyedKey) ?? 'org', keyedKey);
    if (entity) {
      await adoptKarbonRecord(ctx, contact, entity, queue);
      return 'linked';
    }
  }

  // A create of this contact that a crash left unconfirmed is finished (looked up, else re-sent) before matching,
  // or the record it may have made would be mistaken for a match.
  if ((await db.outbox.get(karbonCreateKey(contactId)))?.state === 'pending') {
    await createKarbonFromXero(ctx, contact, undefined, queue);
    return 'created';
  }
  const outcome = matcher.match(contact);
  if (outcome.kind === 'full-match') {
    const kind = matcher.kindOf(outcome.karbonId) ?? 'org';
    if (!(await linkOfKarbonKey(ctx, outcome.karbonId))) {
      const linked = await linkXeroWins(ctx, contact, outcome.karbonId, kind, 'full-match');
      if (linked) return 'linked';
    }
  }
  if (outcome.kind === 'no-match') {
    if (await holdForTypeReview(ctx, contact)) return 'issue';
    await createKarbonFromXero(ctx, contact, undefined, queue);
    return 'created';
  }
  await raiseIssue(ctx, {
    id: matchIssueId('xero', contactId),
    system: 'xero',
    // A full match whose Karbon record is already linked elsewhere is never linked twice: it needs a person.
    kind: outcome.kind === 'full-match' ? 'ambiguous' : outcome.kind,
    state: 'open',
    remoteId: contactId,
    karbonKeys: outcome.candidates.map((c) => c.karbonId),
    signals: [...outcome.signals],
    score: outcome.score,
    remote: xeroToCanonical(contact),
    createdAt: ctx.deps.now(),
  });
  await recordXeroSnapshot(ctx, contact);
  return 'issue';
}

/** Handles a pulled Xero contact that is already linked: merge, archive, unsynced, or reconcile (no matching needed). */
export function processLinkedContact(
  ctx: RunContext,
  link: LinkRow,
  contact: XeroContactWire,
  queue: XeroUpdate[],
): Promise<XeroOutcome> {
  return contact.MergedToContactID ? followMerge(ctx, link, contact) : processLinked(ctx, link, contact, queue);
}

/**
 * Xero merged this contact into another (it keeps its old ContactID, now pointing at MergedToContactID): the link
 * moves to the surviving contact, keeping its base, unless that contact is already linked.
 */
async function followMerge(ctx: RunContext, link: LinkRow, contact: XeroContactWire): Promise<XeroOutcome> {
  const { db } = ctx.deps;
  const survivor = contact.MergedToContactID ?? '';
  await recordXeroSnapshot(ctx, contact, link.kind);
  if (ctx.dryRun) return 'linked';
  if (await db.links.get(makeLinkId('xero', survivor))) {
    // The survivor has its own pair already: this one stops, like an archived contact.
    await db.links.update(link.id, { remoteArchivedAt: ctx.deps.now() });
    return 'archived';
  }
  const moved: LinkRow = { ...link, id: makeLinkId('xero', survivor), remoteId: survivor, mergedFrom: link.id };
  await db.links.delete(link.id);
  await db.links.put(moved);
  await logActivity(db, {
    time: ctx.deps.now(),
    runId: ctx.runId,
    system: 'xero',
    recordId: survivor,
    action: 'relink',
    before: link.remoteId,
    after: survivor,
    linkId: moved.id,
    cause: 'merged-in-xero',
  });
  // Reconcile the pair against the survivor at the end of this run even if the survivor does not change again.
  await db.snapshots.update(snapshotId('karbon', link.karbonKey), { dirty: 1 });
  return 'linked';
}

async function processLinked(
  ctx: RunContext,
  link: LinkRow,
  contact: XeroContactWire,
  queue: XeroUpdate[],
): Promise<XeroOutcome> {
  const { db } = ctx.deps;
  if (isArchived(contact)) {
    if (!link.remoteArchivedAt && !ctx.dryRun) {
      await db.links.update(link.id, { remoteArchivedAt: ctx.deps.now() });
      await logActivity(db, {
        time: ctx.deps.now(),
        runId: ctx.runId,
        system: 'xero',
        recordId: link.remoteId,
        action: 'archive-seen',
        linkId: link.id,
        cause: 'archived-in-xero',
      });
    }
    await recordXeroSnapshot(ctx, contact, link.kind);
    return 'archived';
  }
  let current = link;
  if (link.remoteArchivedAt && !ctx.dryRun) {
    await db.links.update(link.id, { remoteArchivedAt: undefined });
    current = { ...link };
    delete current.remoteArchivedAt;
  }
  if (current.state === 'unsynced') {
    await recordXeroSnapshot(ctx, contact, link.kind);
    return 'unsynced';
  }
  await reconcileLink(ctx, current, contact, queue);
  return 'reconciled';
}
