import { karbonToCanonical } from '../model/karbon-mapping';
import type { XeroContactWire } from '../model/wire-types';
import { canonicalToXero } from '../model/xero-mapping';
import type { IssueRow, LinkRow } from '../db/rows';
import { logActivity } from './activity-log';
import type { RunContext } from './context';
import { nameProblem } from './check-name';
import { clearBadKarbonName, holdBadKarbonName } from './hold-bad-name';
import { readKarbonRecord } from './karbon-lookup';
import { recordKarbonDetail } from './karbon-snapshots';
import { linkOfKarbonKey, linkPushed } from './link-ops';
import { nameClash } from './name-clash';
import { sendOnce } from './outbox';
import type { XeroWriteOutcome } from './ports';
import { reconcileLink } from './reconcile-link';
import type { RemoteUpdate } from './remote-adapter';
import { flushRemoteUpdates } from './write-remote';
import { isArchived } from './adapters/xero-remote';

/** What Create Contact did. */
export type CreateContactResult =
  | { status: 'already-linked' | 'created' | 'adopted'; link: LinkRow }
  | { status: 'name-clash'; issue: IssueRow; existing: { contactId: string; name: string } }
  | { status: 'not-found' | 'error'; message: string };

const NAME_TAKEN = /already assigned to another contact/i;

/**
 * Pushes one Karbon contact to Xero (G8). The Karbon key goes into ContactNumber and is looked up before any create,
 * so a retry or a second browser adopts the contact instead of duplicating it; a Xero contact that already has the
 * name is reported as a name clash offering it for linking, never renamed silently.
 */
export async function createContactInXero(ctx: RunContext, karbonKey: string): Promise<CreateContactResult> {
  const existingLink = await linkOfKarbonKey(ctx, karbonKey);
  if (existingLink) return { status: 'already-linked', link: existingLink };
  const entity = await readKarbonRecord(ctx, karbonKey);
  if (!entity) return { status: 'not-found', message: `No Karbon contact ${karbonKey}` };
  await recordKarbonDetail(ctx, entity, false);
  const values = karbonToCanonical(entity);
  const problem = nameProblem(values.name);
  if (problem) return holdBadKarbonName(ctx, karbonKey, problem);
  await clearBadKarbonName(ctx, karbonKey);

  const byNumber = await ctx.deps.xero.getContactByNumber(karbonKey);
  if (byNumber?.ContactID && !isArchived(byNumber)) {
    const link = await linkPushed(ctx, byNumber, karbonKey, entity.kind);
    const queue: RemoteUpdate[] = [];
    await reconcileLink(ctx, link, byNumber, queue);
    await flushRemoteUpdates(ctx, queue);
    return { status: 'adopted', link };
  }

  const clash = await findClash(ctx, values.name);
  if (clash) return nameClash(ctx, karbonKey, clash);

  const input: XeroContactWire = { ContactNumber: karbonKey, ...canonicalToXero(values, entity.kind) };
  const key = `create:${karbonKey}`;
  const [result] = await sendOnce<XeroWriteOutcome[]>(
    ctx.deps.db,
    { key: `xero:${key}`, system: 'xero', op: 'create', recordId: karbonKey, payload: input, now: ctx.deps.now() },
    async () => {
      try {
        const outcome = await ctx.deps.xero.createContacts([input], { idempotencyKey: key });
        ctx.stats.writes.xero++;
        return outcome;
      } catch (error) {
        ctx.stats.failedWrites.xero++;
        throw error;
      }
    },
    async () => {
      const found = await ctx.deps.xero.getContactByNumber(karbonKey);
      return found ? [{ ok: true, index: 0, contact: found }] : undefined;
    },
  );
  if (!result?.ok) {
    // A rejected create must stay retryable: forget the outbox entry.
    await ctx.deps.db.outbox.delete(`xero:${key}`);
    const errors = result && !result.ok ? result.errors : ['Xero returned nothing'];
    if (errors.some((e) => NAME_TAKEN.test(e))) {
      const taken = await findClash(ctx, values.name);
      if (taken) return nameClash(ctx, karbonKey, taken);
    }
    return { status: 'error', message: errors.join('; ') };
  }
  const link = await linkPushed(ctx, result.contact, karbonKey, entity.kind);
  await logActivity(ctx.deps.db, {
    time: ctx.deps.now(),
    runId: ctx.runId,
    system: 'xero',
    recordId: link.remoteId,
    action: 'create',
    after: values,
    linkId: link.id,
    cause: 'create-contact',
  });
  ctx.stats.created.xero.push({ key: karbonKey, remoteId: link.remoteId });
  return { status: 'created', link };
}

async function findClash(ctx: RunContext, name: string): Promise<XeroContactWire | undefined> {
  const { records } = await ctx.deps.xero.findContactsByName(name);
  return records.find((c) => !isArchived(c) && c.ContactID);
}
