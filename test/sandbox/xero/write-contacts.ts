import { READ_ONLY_FIELDS } from './contact-fields';
import { echoEntries, mergeTyped, validateContact } from './validate-contact';
import type { ContactStore, StoredContact } from './contact-store';
import type { ContactInput } from './parse-contact';

/** PUT creates, POST creates or updates (matching ContactID, then ContactNumber), POST /Contacts/{id} updates one. */
export type WriteMode = 'create' | 'update-or-create' | 'update-one';

export type ElementResult = { ok: true; record: StoredContact } | { ok: false; echo: Record<string, unknown> };

const ZERO_GUID = '00000000-0000-0000-0000-000000000000';

function targetOf(store: ContactStore, input: ContactInput, mode: WriteMode, pathTarget?: StoredContact) {
  if (mode === 'update-one') return { existing: pathTarget, newId: undefined };
  const id =
    typeof input.ContactID === 'string' && input.ContactID !== ZERO_GUID ? input.ContactID.toLowerCase() : undefined;
  if (id) return { existing: store.getById(id), newId: id };
  if (mode === 'update-or-create' && typeof input.ContactNumber === 'string' && input.ContactNumber.trim())
    return { existing: store.getByNumber(input.ContactNumber), newId: undefined };
  return { existing: undefined, newId: undefined };
}

/** Merges a written element over the stored fields: omitted elements keep their value (calcinai/xero-php#171). */
export function writeFieldsFrom(
  previous: Record<string, unknown> | undefined,
  input: ContactInput,
): Record<string, unknown> {
  const fields: Record<string, unknown> = previous ? { ...previous } : { ContactStatus: 'ACTIVE' };
  for (const [k, v] of Object.entries(input)) {
    if (v === null || v === undefined || READ_ONLY_FIELDS.has(k) || k === 'ContactID') continue;
    if (k === 'Addresses') fields.Addresses = mergeTyped(fields.Addresses, v, 'AddressType');
    else if (k === 'Phones') fields.Phones = mergeTyped(fields.Phones, v, 'PhoneType');
    // An empty ContactPersons list does not clear the stored one (xero-node#560).
    else if (k === 'ContactPersons' && Array.isArray(v) && v.length === 0) continue;
    else if (k === 'ContactStatus' && typeof v === 'string') fields.ContactStatus = v.toUpperCase();
    else if (k === 'Name' && typeof v === 'string') fields.Name = v.trim();
    else fields[k] = v;
  }
  return fields;
}

/** Applies each element in order (later elements see earlier ones), keeping the valid ones even if others fail. */
export function writeContacts(
  store: ContactStore,
  newId: () => string,
  items: ContactInput[],
  mode: WriteMode,
  pathTarget?: StoredContact,
): ElementResult[] {
  return items.map((input) => {
    const { existing, newId: givenId } = targetOf(store, input, mode, pathTarget);
    const fields = writeFieldsFrom(existing?.fields, input);
    const messages = validateContact(fields, existing?.id, store);
    if (messages.length > 0) {
      const { addresses, phones } = echoEntries(fields);
      const echo: Record<string, unknown> = {
        ...input,
        ContactID: existing?.id ?? ZERO_GUID,
        Addresses: addresses,
        Phones: phones,
        HasValidationErrors: true,
        ValidationErrors: messages.map((Message) => ({ Message })),
      };
      for (const k of ['UpdatedDateUTC', 'StatusAttributeString']) delete echo[k];
      return { ok: false, echo };
    }
    const record: StoredContact = { id: existing?.id ?? givenId ?? newId(), fields, updatedMs: store.tick() };
    store.save(record);
    return { ok: true, record };
  });
}
