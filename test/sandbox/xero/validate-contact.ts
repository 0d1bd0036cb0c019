import { ADDRESS_MAX, ADDRESS_TYPES, MAX_LENGTHS, PHONE_MAX, PHONE_TYPES } from './contact-fields';
import type { ContactStore } from './contact-store';

type Entry = Record<string, unknown>;

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function entryErrors(e: Entry, limits: [string, number][]): { Message: string }[] {
  const errors: { Message: string }[] = [];
  for (const [k, max] of limits)
    if (str(e[k]).length > max) errors.push({ Message: `${k} must not be more than ${max} characters long.` });
  return errors;
}

const ADDRESS_LIMITS = Object.entries(ADDRESS_MAX);
const PHONE_LIMITS = Object.entries(PHONE_MAX);
const FIELD_LIMITS = Object.entries(MAX_LENGTHS);
const entriesOf = (v: unknown) => (v as Entry[] | undefined) ?? [];

/** Addresses / Phones echoed with their own ValidationErrors arrays (only built for a failed element). */
export function echoEntries(fields: Entry): { addresses: Entry[]; phones: Entry[] } {
  return {
    addresses: entriesOf(fields.Addresses).map((e) => ({ ...e, ValidationErrors: entryErrors(e, ADDRESS_LIMITS) })),
    phones: entriesOf(fields.Phones).map((e) => ({ ...e, ValidationErrors: entryErrors(e, PHONE_LIMITS) })),
  };
}

/** Xero's contact rules: a name, field lengths, a valid email, unique active name, unique ContactNumber. */
export function validateContact(fields: Entry, selfId: string | undefined, store: ContactStore): string[] {
  const messages: string[] = [];
  const name = str(fields.Name).trim();
  if (!name) messages.push('Contact Name cannot be empty.');
  for (const [k, max] of FIELD_LIMITS) {
    if (str(fields[k]).length > max) messages.push(`${k} must not be more than ${max} characters long.`);
  }
  const email = str(fields.EmailAddress).trim();
  if (email && !EMAIL.test(email)) messages.push('Email address must be valid.');
  const status = fields.ContactStatus;
  if (status !== 'ACTIVE' && status !== 'ARCHIVED' && status !== 'GDPRREQUEST')
    messages.push(`'${String(status)}' is not a valid ContactStatus.`);
  const self = selfId?.toLowerCase();
  if (name && status === 'ACTIVE') {
    const owner = store.activeNameOwner(name);
    if (owner && owner !== self)
      messages.push(
        `The contact name ${name} is already assigned to another contact. The contact name must be unique across all active contacts.`,
      );
  }
  const number = str(fields.ContactNumber).trim();
  if (number) {
    const owner = store.numberOwner(number);
    if (owner && owner !== self) messages.push(`The contact number ${number} is already assigned to another contact.`);
  }
  if (entriesOf(fields.Addresses).some((e) => entryErrors(e, ADDRESS_LIMITS).length > 0))
    messages.push('One or more addresses are not valid.');
  if (entriesOf(fields.Phones).some((e) => entryErrors(e, PHONE_LIMITS).length > 0))
    messages.push('One or more phone numbers are not valid.');
  return messages;
}

/** Keeps entries that name a known type (Xero drops the rest, Xero-Java#47); a sent type replaces the stored one. */
export function mergeTyped(
  previous: unknown,
  incoming: unknown,
  typeKey: 'AddressType' | 'PhoneType',
): Entry[] | undefined {
  if (!Array.isArray(incoming)) return Array.isArray(previous) ? (previous as Entry[]) : undefined;
  const known: readonly string[] = typeKey === 'AddressType' ? ADDRESS_TYPES : PHONE_TYPES;
  const merged = new Map<string, Entry>();
  for (const e of (previous as Entry[] | undefined) ?? []) merged.set(str(e[typeKey]), e);
  for (const e of incoming as Entry[]) {
    const type = str(e[typeKey]).toUpperCase();
    if (!known.includes(type)) continue;
    const clean: Entry = { [typeKey]: type };
    for (const [k, v] of Object.entries(e)) if (k !== typeKey && k !== 'ValidationErrors' && v != null) clean[k] = v;
    merged.set(type, clean);
  }
  return [...merged.values()];
}
