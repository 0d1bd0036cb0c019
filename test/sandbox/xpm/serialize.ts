// XPM client and contact elements for responses, in the documented element order (reference A3).
import {
  CLIENT_PRACTICE_FIELDS,
  CLIENT_TEXT_FIELDS,
  CONTACT_FIELDS,
  yesNo,
  type XpmClient,
  type XpmContact,
  type XpmLink,
} from './records';
import type { XpmStore } from './store';

type Json = Record<string, unknown>;

const FLAGS_DEFAULT_NO = new Set(['IsProspect', 'IsArchived', 'IsDeleted']);

/** Dataset relations may be given as plain arrays; XML wants a plural wrapper around repeated singular elements. */
function wrap(value: unknown, child: string): unknown {
  return Array.isArray(value) ? (value.length > 0 ? { [child]: value } : '') : value;
}

function textFields(client: XpmClient, names: readonly string[]): Json {
  const out: Json = {};
  for (const name of names) {
    const value = client.fields[name as keyof XpmClient['fields']];
    out[name] = value ?? (FLAGS_DEFAULT_NO.has(name) ? 'No' : '');
  }
  return out;
}

/** A contact as listed under a client, with that link's Position and IsPrimary. */
export function contactElement(contact: XpmContact, link: XpmLink | undefined): Json {
  const out: Json = { UUID: contact.UUID };
  for (const name of CONTACT_FIELDS) out[name] = contact.fields[name] ?? '';
  out.IsDeleted = yesNo(contact.IsDeleted);
  if (link) {
    out.IsPrimary = yesNo(link.IsPrimary);
    out.Position = link.Position;
  }
  return out;
}

/** The base client shape of `list` (no contacts, notes, groups or relationships). */
export function baseClient(client: XpmClient): Json {
  const out: Json = { UUID: client.UUID, ...textFields(client, CLIENT_TEXT_FIELDS) };
  if (client.AccountManager) out.AccountManager = client.AccountManager;
  if (client.extras.Type !== undefined) out.Type = client.extras.Type;
  return out;
}

/** The detailed shape of `get`, `add`, `update` and `list?detailed=true` (fixtures/xpm/docs/client-get-response.xml). */
export function detailedClient(store: XpmStore, client: XpmClient): Json {
  const contacts = store.linksOfClient(client.UUID).flatMap((link) => {
    const contact = store.contacts.get(link.contactUuid);
    return contact && !contact.IsDeleted ? [contactElement(contact, link)] : [];
  });
  const out: Json = { ...baseClient(client), Contacts: contacts.length > 0 ? { Contact: contacts } : '' };
  if (client.extras.Notes !== undefined) out.Notes = wrap(client.extras.Notes, 'Note');
  if (client.BillingClient) out.BillingClient = client.BillingClient;
  if (client.JobManager) out.JobManager = client.JobManager;
  Object.assign(out, textFields(client, CLIENT_PRACTICE_FIELDS));
  if (client.extras.Groups !== undefined) out.Groups = wrap(client.extras.Groups, 'Group');
  if (client.extras.Relationships !== undefined) out.Relationships = wrap(client.extras.Relationships, 'Relationship');
  return out;
}

/** `<WebUrl>` is built on an integer id, not the UUID (reference A2). */
export function webUrl(client: XpmClient): string {
  return `https://practicemanager.xero.com/Client/${client.webId}/Detail`;
}
