import type { CanonicalContact, CanonicalPatch, ContactKind, SyncedField } from '../model/canonical';
import { karbonToCanonical } from '../model/karbon-mapping';
import type { IssueRow } from '../db/rows';
import type { RunContext } from './context';
import { closeIssue } from './issues';
import { getKarbonSnapshot } from './karbon-snapshots';
import { readKarbonRecord } from './karbon-lookup';
import { createKarbonFromRemote, linkRemoteWins } from './link-ops';
import { writeKarbon } from './write-karbon';
import { flushRemoteUpdates } from './write-remote';
import { sameValue } from '../model/normalize';

/** How the user resolved an issue. */
export type IssueResolution =
  /** Match issue: link to this Karbon record, the remote record overwriting Karbon (G4, P4). */
  | { action: 'confirm-match'; karbonKey: string }
  /** Match issue: create a new Karbon contact from the remote record and link it (G4, P4). */
  | { action: 'create-new'; kind?: ContactKind }
  /** Field conflict: keep one side's value on both sides. */
  | { action: 'keep'; side: 'karbon' | 'remote' }
  /** Name clash from Create Contact / Push: link the Karbon contact to the existing remote record. */
  | { action: 'link-existing' }
  /** Close without acting. */
  | { action: 'dismiss' };

async function remoteRecord(ctx: RunContext, remoteId: string): Promise<unknown> {
  const record = await ctx.remote.get(ctx, remoteId);
  if (!record) throw new Error(`${ctx.remote.noun} ${remoteId} no longer exists`);
  return record;
}

/** Applies a resolution and closes the issue; returns the resolved issue. */
export async function resolveIssue(ctx: RunContext, issueId: string, resolution: IssueResolution): Promise<IssueRow> {
  const { db } = ctx.deps;
  const issue = await db.issues.get(issueId);
  if (!issue) throw new Error(`No issue ${issueId}`);
  if (issue.state !== 'open') return issue;
  switch (resolution.action) {
    case 'dismiss':
      break;
    case 'confirm-match': {
      const snap = await getKarbonSnapshot(ctx, resolution.karbonKey);
      const kind = snap?.kind ?? (await readKarbonRecord(ctx, resolution.karbonKey))?.kind ?? 'org';
      const linked = await linkRemoteWins(
        ctx,
        await remoteRecord(ctx, issue.remoteId),
        resolution.karbonKey,
        kind,
        'confirmed',
      );
      if (!linked) throw new Error(`Karbon contact ${resolution.karbonKey} not found`);
      break;
    }
    case 'create-new':
      await createKarbonFromRemote(ctx, await remoteRecord(ctx, issue.remoteId), resolution.kind);
      break;
    case 'link-existing': {
      const karbonKey = issue.karbonKeys[0] ?? '';
      const contact = await remoteRecord(ctx, issue.remoteId);
      const kind = (await readKarbonRecord(ctx, karbonKey))?.kind ?? 'org';
      const linked = await linkRemoteWins(ctx, contact, karbonKey, kind, 'confirmed');
      if (!linked) throw new Error(`Karbon contact ${karbonKey} not found`);
      break;
    }
    case 'keep':
      if (!issue.field || !issue.linkId) throw new Error(`Issue ${issueId} is not a field conflict`);
      await keepSide(ctx, issue.linkId, issue.field, resolution.side);
      break;
  }
  await closeIssue(ctx, issueId, resolution.action === 'keep' ? `keep-${resolution.side}` : resolution.action);
  return (await db.issues.get(issueId)) ?? issue;
}

/** Writes the kept side's current value of `field` to the other side and makes it the new base. */
async function keepSide(ctx: RunContext, linkId: string, field: SyncedField, side: 'karbon' | 'remote'): Promise<void> {
  const { db } = ctx.deps;
  const link = await db.links.get(linkId);
  if (!link) throw new Error(`No link ${linkId}`);
  const entity = await readKarbonRecord(ctx, link.karbonKey);
  if (!entity) throw new Error(`Karbon contact ${link.karbonKey} not found`);
  const contact = await remoteRecord(ctx, link.remoteId);
  const karbon = karbonToCanonical(entity);
  const remote = ctx.remote.toCanonical(contact);
  const chosen: CanonicalContact = side === 'karbon' ? karbon : remote;
  const patch: CanonicalPatch = { [field]: chosen[field] };
  if (side === 'remote' && !sameValue(field, karbon[field], remote[field])) {
    await writeKarbon(ctx, entity, patch, { cause: 'resolve', linkId });
  }
  await db.links.update(linkId, { base: { ...link.base, ...patch } });
  if (side === 'karbon' && !sameValue(field, karbon[field], remote[field])) {
    await flushRemoteUpdates(ctx, [
      {
        remoteId: link.remoteId,
        kind: link.kind,
        before: remote,
        patch,
        linkId,
        karbonKey: link.karbonKey,
        cause: 'resolve',
        remoteStamp: ctx.remote.stamp(contact),
        record: contact,
      },
    ]);
  }
}
