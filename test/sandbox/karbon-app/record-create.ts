// "Add Contact" from the web app: a new person or organization with one primary card, as Karbon's UI creates it.
import { toContact, toOrganization } from '../karbon/normalize';
import type { KarbonStore } from '../karbon/store';
import { editContact, editOrganization, readEditForm, type EditForm } from './record-edit';

export interface CreateForm {
  kind: 'Contact' | 'Organization';
  form: EditForm;
}

/** Checks the posted form: `kind` plus the edit form's fields, with the name required. */
export function readCreateForm(body: unknown): CreateForm | string {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'The form must be a JSON object';
  const { kind, ...rest } = body as Record<string, unknown>;
  if (kind !== 'Contact' && kind !== 'Organization') return 'kind must be Contact or Organization';
  const form = readEditForm(rest, kind);
  if (typeof form === 'string') return form;
  const required = kind === 'Contact' ? ['firstName', 'lastName'] : ['name'];
  for (const name of required)
    if (typeof rest[name] !== 'string' || (rest[name] as string).trim() === '') return `${name} is required`;
  return { kind, form };
}

/** Creates the record, then applies the form the way an edit would (so the card holds the email, phone, address). */
export function createRecord(
  store: KarbonStore,
  { kind, form }: CreateForm,
): { kind: CreateForm['kind']; key: string } {
  const now = store.timestamp();
  if (kind === 'Contact') {
    const base = toContact(
      {
        FirstName: form.firstName,
        LastName: form.lastName,
        ContactType: 'Client',
        BusinessCards: [{ IsPrimaryCard: true }],
      },
      store.newKey,
      now,
    );
    return { kind, key: editContact(store, base, form).ContactKey };
  }
  const base = toOrganization(
    { FullName: form.name, ContactType: 'Client', BusinessCards: [{ IsPrimaryCard: true }] },
    store.newKey,
    now,
  );
  return { kind, key: editOrganization(store, base, form).OrganizationKey };
}
