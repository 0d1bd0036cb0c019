import { ADDRESS_MAX, ADDRESS_TYPES, MAX_LENGTHS, PHONE_MAX, PHONE_TYPES } from './contact-fields';
import type { ContactStore } from './contact-store';

type Entry = Record<string, unknown>;

export interface ValidationResult {
  messages: string[];
  /** Addresses / Phones echoed with their own ValidationErrors arrays (fixtures/.../contact-validation-error.json). */
  addresses: Entry[];
  phones: Entry[];
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function checkEntries(list: Entry[], limits: Record<string, number>): { entries: Entry[]; failed: boolean } {
  let failed = false;
  const entries = list.map((e) => {
    const errors = Object.entries(limits)
      .filter(([k, max]) => str(e[k]).length > max)
      .map(([k, max]) => ({ Message: `${k} must not be more than ${max} characters long.` }));
    if (errors.length > 0) failed = true;
    return { ...e, ValidationErrors: errors };
  });
  return { entries, failed };
}

/** Xero's contact rules: a name, field lengths, a valid email, unique active name, unique ContactNumber. */
export function validateContact(fields: Entry, selfId: string | undefined, store: ContactStore): ValidationResult {
  const messages: string[] = [];
  const name = str(fields.Name).trim();
  if (!name) messages.push('Contact Name cannot be empty.');
  for (const [k, max] of Object.entries(MAX_LENGTHS)) {
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
  const addresses = checkEntries((fields.Addresses as Entry[] | undefined) ?? [], ADDRESS_MAX);
  const phones = checkEntries((fields.Phones as Entry[] | undefined) ?? [], PHONE_MAX);
  if (addresses.failed) messages.push('One or more addresses are not valid.');
  if (phones.failed) messages.push('One or more phone numbers are not valid.');
  return { messages, addresses: addresses.entries, phones: phones.entries };
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
