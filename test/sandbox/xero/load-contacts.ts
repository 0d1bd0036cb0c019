import { parseXeroDate } from './dates';
import { checkTypes, isGuid } from './parse-contact';
import { validateContact } from './validate-contact';
import { writeFieldsFrom } from './write-contacts';
import type { ContactStore, StoredContact } from './contact-store';

/** Loads wire-shape contacts (POST /__sandbox/dataset): ids and dates kept when given; Xero's rules still hold. */
export function loadContacts(store: ContactStore, list: unknown[], newId: () => string, now: number): void {
  list.forEach((item, i) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item))
      throw new Error(`xero.contacts[${i}] is not an object`);
    const input = item as Record<string, unknown>;
    checkTypes(input, i);
    const id = typeof input.ContactID === 'string' && isGuid(input.ContactID) ? input.ContactID.toLowerCase() : newId();
    if (store.getById(id)) throw new Error(`xero.contacts[${i}]: duplicate ContactID ${id}`);
    const fields = writeFieldsFrom(undefined, input);
    const messages = validateContact(fields, id, store);
    if (messages.length > 0) throw new Error(`xero.contacts[${i}] (${String(input.Name)}): ${messages.join(' ')}`);
    const record: StoredContact = { id, fields, updatedMs: parseXeroDate(input.UpdatedDateUTC) ?? now };
    store.save(record);
  });
}
