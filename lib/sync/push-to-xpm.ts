import { isRefusal } from './record-errors';
import type { CanonicalContact } from '../model/canonical';
import { karbonToCanonical } from '../model/karbon-mapping';
import { sameValue } from '../model/normalize';
import { canonicalToXpmClient } from '../model/xpm-mapping';
import { pushedKey, XPM_KEY_FIELD, xpmStrings, type XpmRecord } from './adapters/xpm-remote';
import type { RunContext } from './context';
import type { CreateContactResult } from './create-contact-in-xero';
import { karbonStamp, recordKarbonDetail } from './karbon-snapshots';
import { nameProblem } from './check-name';
import { clearBadKarbonName, holdBadKarbonName } from './hold-bad-name';
import { raiseIssue } from './issues';
import { contactInput, linkXpmContacts, peopleToPush } from './push-xpm-contacts';
import { linkOfKarbonKey, linkPushed } from './link-ops';
import { nameClash } from './name-clash';
import { createInXpmOnce, recordXpmCreate } from './xpm-create';
import type { XpmClientRecord } from './ports';
import { reconcileLink } from './reconcile-link';
import type { RemoteUpdate } from './remote-adapter';
import { flushRemoteUpdates } from './write-remote';

const archived = (c: XpmClientRecord) => /^yes$/i.test(c.IsArchived ?? '') || /^yes$/i.test(c.IsDeleted ?? '');
const clientRecord = ({ Contacts: _contacts, ...client }: XpmClientRecord): XpmRecord => ({
  type: 'client',
  client,
});

/** Outbox key of the XPM client made for a Karbon Organization (one create per organization, ever). */
export const xpmCreateKey = (karbonKey: string): string => `xpm:create:${karbonKey}`;

function xpmPort(ctx: RunContext) {
  if (!ctx.deps.xpm) throw new Error('XPM is not connected');
  return ctx.deps.xpm;
}

/** The client this extension made for `karbonKey` (its ExportCode holds the key), found by a name search. */
async function findMine(ctx: RunContext, name: string, karbonKey: string) {
  const found = await xpmPort(ctx).searchClients(name);
  return { mine: found.find((c) => pushedKey(c) === karbonKey && !archived(c)), found };
}

/**
 * Pushes one Karbon Organization to XPM as a client, with the People linked to it as the client's contacts (P5).
 * The Karbon key goes into the client's ExportCode and is looked up before any create (a name search), so a retry
 * after a lost answer, a crash or a second browser adopts the client instead of making another; a client that
 * already has the name is a name-clash issue. `lookUp: false` skips the search when the run's list has just shown
 * every client changed since the last run (a create left pending is still looked up).
 */
export async function pushToXpm(
  ctx: RunContext,
  karbonKey: string,
  options: { lookUp: boolean },
): Promise<CreateContactResult> {
  const existingLink = await linkOfKarbonKey(ctx, karbonKey);
  if (existingLink) return { status: 'already-linked', link: existingLink };
  const found = await ctx.deps.karbon.getWithPeople('org', karbonKey);
  if (!found) return { status: 'not-found', message: `No Karbon organization ${karbonKey}` };
  await recordKarbonDetail(ctx, found.entity, false);
  const values = karbonToCanonical(found.entity);
  const stamp = karbonStamp(found.entity.record);
  const problem = nameProblem(values.name);
  if (problem) return holdBadKarbonName(ctx, karbonKey, problem, stamp);
  await clearBadKarbonName(ctx, karbonKey);
  const key = xpmCreateKey(karbonKey);

  if (options.lookUp || (await ctx.deps.db.outbox.get(key))?.state === 'pending') {
    const { mine, found: named } = await findMine(ctx, values.name, karbonKey);
    if (mine) return adopt(ctx, mine, karbonKey);
    const clash = named.find((c) => !archived(c) && sameValue('name', c.Name ?? '', values.name));
    if (clash) return nameClash(ctx, karbonKey, clientRecord(clash));
  }

  const people = await peopleToPush(ctx, found.people);
  if (ctx.dryRun) {
    ctx.stats.writes.xpm++;
    ctx.stats.created.xpm.push({ key: karbonKey, remoteId: '' });
    return { status: 'error', message: 'Dry run: nothing was pushed' };
  }
  let client;
  try {
    client = await createInXpmOnce(
      ctx,
      { key, recordId: karbonKey, payload: values },
      () =>
        xpmPort(ctx).addClient({
          ...xpmStrings(canonicalToXpmClient(values)),
          [XPM_KEY_FIELD]: karbonKey,
          Contacts: people.map(contactInput),
        }),
      async () => (await findMine(ctx, values.name, karbonKey)).mine,
    );
  } catch (error) {
    // XPM refused the client itself (e.g. a validation <Status>): an issue, pushed again once Karbon changes.
    if (isRefusal(error)) return refusedCreate(ctx, karbonKey, values, error.message, stamp);
    throw error;
  }
  await ctx.deps.db.issues.delete(refusedCreateId(karbonKey));
  const link = await linkPushed(ctx, clientRecord(client), karbonKey, 'org');
  await recordXpmCreate(ctx, link, values);
  await linkXpmContacts(ctx, link.remoteId, people, client.Contacts ?? []);
  return { status: 'created', link };
}

/** The issue of an organization whose client XPM refused to create (one per organization). */
export const refusedCreateId = (karbonKey: string): string => `refused:create:xpm:${karbonKey}`;

/** XPM refused the new client: a `rejected-write` issue with XPM's message, not pushed again until Karbon changes. */
async function refusedCreate(
  ctx: RunContext,
  karbonKey: string,
  values: CanonicalContact,
  message: string,
  stamp: string,
): Promise<CreateContactResult> {
  ctx.stats.refused++;
  ctx.progress({ phase: 'error', message: `XPM refused the client for ${karbonKey}: ${message}` });
  if (!ctx.dryRun) await ctx.deps.db.issues.delete(refusedCreateId(karbonKey));
  await raiseIssue(ctx, {
    id: refusedCreateId(karbonKey),
    system: 'xpm',
    kind: 'rejected-write',
    state: 'open',
    remoteId: '',
    karbonKeys: [karbonKey],
    karbonValue: values,
    message: `XPM refused to create the client: ${message}`,
    refusedBy: 'xpm',
    karbonStamp: stamp,
    createdAt: ctx.deps.now(),
  });
  return { status: 'error', message: `XPM refused it: ${message}` };
}

async function adopt(ctx: RunContext, client: XpmClientRecord, karbonKey: string): Promise<CreateContactResult> {
  const record = clientRecord(client);
  const link = await linkPushed(ctx, record, karbonKey, 'org');
  if (!ctx.dryRun) await ctx.deps.db.outbox.delete(xpmCreateKey(karbonKey));
  const queue: RemoteUpdate[] = [];
  await reconcileLink(ctx, link, record, queue);
  await flushRemoteUpdates(ctx, queue);
  return { status: 'adopted', link };
}
