import { isRecordError } from './record-errors';
import type { XpmContactInput } from '../api/schemas/xpm-client';
import { karbonToCanonical } from '../model/karbon-mapping';
import { sameValue } from '../model/normalize';
import { canonicalToXpmClient } from '../model/xpm-mapping';
import { logActivity } from './activity-log';
import { pushedKey, XPM_KEY_FIELD, xpmStrings, type XpmRecord } from './adapters/xpm-remote';
import type { RunContext } from './context';
import type { CreateContactResult } from './create-contact-in-xero';
import { recordKarbonDetail } from './karbon-snapshots';
import { linkOfKarbonKey, linkPushed } from './link-ops';
import { nameClash } from './name-clash';
import { sendOnce } from './outbox';
import type { KarbonPersonRow, XpmClientRecord } from './ports';
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

const contactInput = (p: KarbonPersonRow): XpmContactInput => ({
  Name: p.FullName ?? '',
  ...(p.EmailAddress ? { Email: p.EmailAddress } : {}),
  ...(p.PhoneNumber ? { Phone: p.PhoneNumber } : {}),
  ...(p.RoleOrTitle ? { Position: p.RoleOrTitle } : {}),
});

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
  const key = xpmCreateKey(karbonKey);

  if (options.lookUp || (await ctx.deps.db.outbox.get(key))?.state === 'pending') {
    const { mine, found: named } = await findMine(ctx, values.name, karbonKey);
    if (mine) return adopt(ctx, mine, karbonKey);
    const clash = named.find((c) => !archived(c) && sameValue('name', c.Name ?? '', values.name));
    if (clash) return nameClash(ctx, karbonKey, clientRecord(clash));
  }

  const people: KarbonPersonRow[] = [];
  for (const person of found.people) {
    // A person already linked to an XPM contact is that contact (P3: one person, never two contacts).
    if (person.ContactKey && !(await linkOfKarbonKey(ctx, person.ContactKey))) people.push(person);
  }
  if (ctx.dryRun) {
    ctx.stats.writes.xpm++;
    ctx.stats.created.xpm.push({ key: karbonKey, remoteId: '' });
    return { status: 'error', message: 'Dry run: nothing was pushed' };
  }
  let client;
  try {
    client = await sendOnce(
      ctx.deps.db,
      { key, system: 'xpm', op: 'create', recordId: karbonKey, payload: values, now: ctx.deps.now() },
      async () => {
        try {
          const made = await xpmPort(ctx).addClient({
            ...xpmStrings(canonicalToXpmClient(values)),
            [XPM_KEY_FIELD]: karbonKey,
            Contacts: people.map(contactInput),
          });
          ctx.stats.writes.xpm++;
          return made;
        } catch (error) {
          ctx.stats.failedWrites.xpm++;
          throw error;
        }
      },
      async () => (await findMine(ctx, values.name, karbonKey)).mine,
    );
  } catch (error) {
    // XPM refused the client itself (e.g. a validation <Status>): forget the create so a corrected record can retry.
    if (isRecordError(error)) await ctx.deps.db.outbox.delete(key);
    throw error;
  }
  const link = await linkPushed(ctx, clientRecord(client), karbonKey, 'org');
  await logActivity(ctx.deps.db, {
    time: ctx.deps.now(),
    runId: ctx.runId,
    system: 'xpm',
    recordId: link.remoteId,
    action: 'create',
    after: values,
    linkId: link.id,
    cause: 'push-to-xpm',
  });
  ctx.stats.created.xpm.push({ key: karbonKey, remoteId: link.remoteId });
  // The contacts XPM made from the People: link each to its person (matched by name, as sent).
  for (const contact of client.Contacts ?? []) {
    const person = people.find((p) => sameValue('name', p.FullName ?? '', contact.Name ?? ''));
    if (!person?.ContactKey) continue;
    const record: XpmRecord = { type: 'contact', contact, owners: [link.remoteId] };
    await linkPushed(ctx, record, person.ContactKey, 'person');
  }
  return { status: 'created', link };
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
