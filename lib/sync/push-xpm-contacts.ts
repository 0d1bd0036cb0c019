import type { XpmContactInput } from '../api/schemas/xpm-client';
import type { LinkRow } from '../db/rows';
import { sameValue } from '../model/normalize';
import type { XpmContactWire } from '../model/wire-types';
import type { XpmRecord } from './adapters/xpm-remote';
import { nameProblem } from './check-name';
import type { RunContext } from './context';
import { holdBadKarbonName } from './hold-bad-name';
import { linkOfKarbonKey, linkPushed } from './link-ops';
import type { KarbonPersonRow } from './ports';
import { guardRecord } from './record-errors';
import { createInXpmOnce, recordXpmCreate } from './xpm-create';

/** The XPM contact elements of a Karbon person linked to an organization (its card's role is the Position). */
export const contactInput = (p: KarbonPersonRow): XpmContactInput => ({
  Name: (p.FullName ?? '').trim(),
  ...(p.EmailAddress ? { Email: p.EmailAddress } : {}),
  ...(p.PhoneNumber ? { Phone: p.PhoneNumber } : {}),
  ...(p.RoleOrTitle ? { Position: p.RoleOrTitle } : {}),
});

/** Outbox key of the XPM contact made for a Karbon person (one create per person, ever). */
export const xpmContactCreateKey = (personKey: string): string => `xpm:create-contact:${personKey}`;

/**
 * The People of an organization that still need an XPM contact: not linked to one yet (P3: one person, never two
 * contacts) and with a name that may travel (a bad one gets its issue instead).
 */
export async function peopleToPush(ctx: RunContext, people: readonly KarbonPersonRow[]): Promise<KarbonPersonRow[]> {
  const out: KarbonPersonRow[] = [];
  for (const person of people) {
    if (!person.ContactKey || (await linkOfKarbonKey(ctx, person.ContactKey))) continue;
    const problem = nameProblem(person.FullName ?? '');
    if (problem) await holdBadKarbonName(ctx, person.ContactKey, problem);
    else out.push(person);
  }
  return out;
}

/** Links each person to the contact of the client that has its name (as sent); returns the people left without one. */
export async function linkXpmContacts(
  ctx: RunContext,
  clientUuid: string,
  people: readonly KarbonPersonRow[],
  contacts: readonly XpmContactWire[],
): Promise<KarbonPersonRow[]> {
  const missing: KarbonPersonRow[] = [];
  for (const person of people) {
    const contact = contacts.find((c) => c.UUID && sameValue('name', c.Name ?? '', person.FullName ?? ''));
    if (!contact || !person.ContactKey) missing.push(person);
    else await linkPushed(ctx, { type: 'contact', contact, owners: [clientUuid] }, person.ContactKey, 'person');
  }
  return missing;
}

function xpmPort(ctx: RunContext) {
  if (!ctx.deps.xpm) throw new Error('XPM is not connected');
  return ctx.deps.xpm;
}

/**
 * P5 for an organization already in XPM: its People with no XPM contact yet become contacts of its client. The
 * client's contacts are read first (one read, only when someone is missing) and each create has its own outbox key,
 * so a retry, a crash or a second browser links the contact already made instead of adding another. Returns how many
 * contacts were created.
 */
export async function pushPeopleToXpm(ctx: RunContext, link: LinkRow): Promise<number> {
  const found = await ctx.deps.karbon.getWithPeople('org', link.karbonKey);
  if (!found) return 0;
  const people = await peopleToPush(ctx, found.people);
  if (people.length === 0) return 0;
  const client = await xpmPort(ctx).getClient(link.remoteId);
  if (!client) return 0;
  const missing = await linkXpmContacts(ctx, link.remoteId, people, client.Contacts ?? []);
  let created = 0;
  for (const person of missing) {
    const personKey = person.ContactKey ?? '';
    const made = await guardRecord(ctx, `karbon:${personKey}`, () => addContact(ctx, link.remoteId, person), [
      personKey,
    ]);
    if (made) created++;
  }
  return created;
}

async function addContact(ctx: RunContext, clientUuid: string, person: KarbonPersonRow): Promise<void> {
  const personKey = person.ContactKey ?? '';
  const input = contactInput(person);
  if (ctx.dryRun) {
    ctx.stats.writes.xpm++;
    ctx.stats.created.xpm.push({ key: personKey, remoteId: '' });
    return;
  }
  const port = xpmPort(ctx);
  const contact = await createInXpmOnce(
    ctx,
    { key: xpmContactCreateKey(personKey), recordId: personKey, payload: input },
    () => port.addContact(clientUuid, input),
    async () =>
      (await port.getClient(clientUuid))?.Contacts?.find((c) => sameValue('name', c.Name ?? '', input.Name ?? '')),
  );
  const record: XpmRecord = { type: 'contact', contact, owners: [clientUuid] };
  const link = await linkPushed(ctx, record, personKey, 'person');
  await recordXpmCreate(ctx, link, link.base);
}
