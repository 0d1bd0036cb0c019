// Reads <Client> and <Contact> request bodies: documented element names only, Yes/No flags, bounded lengths.
import type { SandboxRequest } from '../core/types';
import {
  CLIENT_PRACTICE_FIELDS,
  CLIENT_TEXT_FIELDS,
  CONTACT_FIELDS,
  type ClientField,
  type ContactField,
} from './records';
import { parseXml, text } from './xml';

type Json = Record<string, unknown>;
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** XPM documents no lengths; the sandbox refuses values past these so oversized input is an error, not stored. */
export const MAX_TEXT_LENGTH = 255;
export const MAX_ADDRESS_LENGTH = 1000;
export const MAX_BODY_BYTES = 1_000_000;

const CLIENT_WRITABLE: readonly ClientField[] = [
  ...CLIENT_TEXT_FIELDS.filter((f) => f !== 'IsArchived' && f !== 'IsDeleted'),
  ...CLIENT_PRACTICE_FIELDS,
];
const FLAGS = new Set([
  'IsProspect',
  'PrepareGST',
  'GSTRegistered',
  'SignedTaxAuthority',
  'PrepareActivityStatement',
  'PrepareTaxReturn',
  'IsPrimary',
]);
/** Elements a client may echo back from a read; accepted and ignored. */
const CLIENT_READ_ONLY = new Set([
  'IsArchived',
  'IsDeleted',
  'WebUrl',
  'AccountManager',
  'JobManager',
  'BillingClient',
  'Type',
  'Notes',
  'Groups',
  'Relationships',
]);

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses the body and returns its root entity element (`Client` or `Contact`). */
export function readEntity(req: SandboxRequest, root: 'Client' | 'Contact'): Parsed<Json> {
  const type = String(req.headers['content-type'] ?? '');
  // Which types XPM accepts is undocumented (reference A1); XML ones are accepted, anything else refused.
  if (type !== '' && !/^(?:application|text)\/(?:[\w.+-]+\+)?xml\b/i.test(type))
    return { ok: false, error: `Unsupported content type '${type.split(';')[0]}': send the ${root} as XML` };
  if (req.body.length > MAX_BODY_BYTES) return { ok: false, error: 'The request body is too large' };
  const parsed = parseXml(req.body.toString('utf8'));
  if (!parsed.ok) return parsed;
  const names = Object.keys(parsed.value);
  const entity = parsed.value[root];
  if (names.length !== 1 || entity === undefined)
    return { ok: false, error: `The request body must be a single <${root}> element` };
  return { ok: true, value: isObject(entity) ? entity : {} };
}

function checkText(name: string, value: unknown): Parsed<string> {
  const s = text(value);
  if (s === undefined) return { ok: false, error: `<${name}> must be text` };
  const max = name === 'Address' || name === 'PostalAddress' ? MAX_ADDRESS_LENGTH : MAX_TEXT_LENGTH;
  if (s.length > max) return { ok: false, error: `<${name}> is longer than ${max} characters` };
  if (FLAGS.has(name) && s !== '' && s !== 'Yes' && s !== 'No')
    return { ok: false, error: `<${name}> must be Yes or No` };
  return { ok: true, value: s };
}

export interface ContactInput {
  UUID?: string;
  fields: Partial<Record<ContactField, string>>;
  clientUuid?: string;
  Position?: string;
  IsPrimary?: boolean;
}

export function readContact(element: Json): Parsed<ContactInput> {
  const input: ContactInput = { fields: {} };
  for (const [name, value] of Object.entries(element)) {
    if (name === 'UUID') {
      const uuid = text(value);
      if (uuid) input.UUID = uuid.toLowerCase();
    } else if (name === 'Client') {
      const uuid = isObject(value) ? text(value.UUID) : undefined;
      if (!uuid) return { ok: false, error: '<Client> must hold a <UUID>' };
      input.clientUuid = uuid.toLowerCase();
    } else if (name === 'Position' || name === 'IsPrimary' || (CONTACT_FIELDS as readonly string[]).includes(name)) {
      const checked = checkText(name, value);
      if (!checked.ok) return checked;
      if (name === 'Position') input.Position = checked.value;
      else if (name === 'IsPrimary') input.IsPrimary = checked.value === 'Yes';
      else input.fields[name as ContactField] = checked.value;
    } else if (name !== 'IsDeleted') {
      return { ok: false, error: `Unknown element <${name}> in <Contact>` };
    }
  }
  return { ok: true, value: input };
}

export interface ClientInput {
  UUID?: string;
  fields: Partial<Record<ClientField, string>>;
  AccountManagerUUID?: string;
  JobManagerUUID?: string;
  BillingClientUUID?: string;
  contacts: ContactInput[];
}

export function readClient(element: Json, allowContacts: boolean): Parsed<ClientInput> {
  const input: ClientInput = { fields: {}, contacts: [] };
  for (const [rawName, value] of Object.entries(element)) {
    // The add/update examples write `WebSite`; reads say `Website` (reference A3).
    const name = rawName === 'WebSite' ? 'Website' : rawName;
    if (name === 'UUID') {
      const uuid = text(value);
      if (uuid) input.UUID = uuid.toLowerCase();
    } else if (name === 'AccountManagerUUID' || name === 'JobManagerUUID' || name === 'BillingClientUUID') {
      const uuid = text(value);
      if (uuid === undefined) return { ok: false, error: `<${name}> must be text` };
      input[name] = uuid.toLowerCase();
    } else if (name === 'Contacts' && allowContacts) {
      const list = isObject(value) && Array.isArray(value.Contact) ? value.Contact : [];
      for (const raw of list) {
        const contact = readContact(isObject(raw) ? raw : {});
        if (!contact.ok) return contact;
        if (!contact.value.fields.Name) return { ok: false, error: 'A <Contact> needs a <Name>' };
        input.contacts.push(contact.value);
      }
    } else if ((CLIENT_WRITABLE as readonly string[]).includes(name)) {
      const checked = checkText(name, value);
      if (!checked.ok) return checked;
      input.fields[name as ClientField] = checked.value;
    } else if (!CLIENT_READ_ONLY.has(name)) {
      return { ok: false, error: `Unknown element <${rawName}> in <Client>` };
    }
  }
  return { ok: true, value: input };
}
