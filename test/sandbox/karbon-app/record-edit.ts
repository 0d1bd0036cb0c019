// Applies the web app's edit form (name, email, phone, address) to the Karbon store, as a Karbon user's edit would.
import { toCard } from '../karbon/normalize';
import type {
  KarbonAddress,
  KarbonBusinessCard,
  KarbonContact,
  KarbonEntityType,
  KarbonOrganization,
} from '../karbon/records';
import type { KarbonStore } from '../karbon/store';

type Json = Record<string, unknown>;

export interface EditForm {
  firstName?: string;
  lastName?: string;
  name?: string;
  email?: string;
  phone?: string;
  address?: { lines?: string; city?: string; state?: string; zip?: string; country?: string };
}

/** The same limits the API documents for card parts (KarbonAPI.json BusinessCard). */
const LIMITS: Record<string, number> = {
  firstName: 100,
  lastName: 100,
  name: 200,
  email: 254,
  phone: 20,
  lines: 200,
  city: 100,
  state: 100,
  zip: 20,
  country: 2,
};

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks the posted form; returns the problem in words, or the form. */
export function readEditForm(body: unknown, kind: 'Contact' | 'Organization'): EditForm | string {
  if (!isObject(body)) return 'The form must be a JSON object';
  const allowed =
    kind === 'Contact' ? ['firstName', 'lastName', 'email', 'phone', 'address'] : ['name', 'email', 'phone', 'address'];
  for (const [key, value] of Object.entries(body)) {
    if (!allowed.includes(key)) return `Unknown field ${key}`;
    if (key === 'address') {
      if (!isObject(value)) return 'address must be an object';
      for (const [part, partValue] of Object.entries(value)) {
        const max = LIMITS[part];
        if (max === undefined || part === 'firstName') return `Unknown address field ${part}`;
        if (typeof partValue !== 'string') return `${part} must be text`;
        if (partValue.length > max) return `${part} is longer than ${max} characters`;
      }
      const country = value.country;
      if (typeof country === 'string' && country !== '' && !/^[A-Z]{2}$/.test(country))
        return 'country must be a two-letter ISO code such as AU';
      continue;
    }
    if (typeof value !== 'string') return `${key} must be text`;
    if (value.length > (LIMITS[key] ?? 200)) return `${key} is longer than ${LIMITS[key] ?? 200} characters`;
  }
  for (const required of kind === 'Contact' ? ['firstName', 'lastName'] : ['name'])
    if (typeof body[required] === 'string' && (body[required] as string).trim() === '')
      return `${required} is required`;
  return body as EditForm;
}

function editCard(card: KarbonBusinessCard, form: EditForm, newKey: () => string): KarbonBusinessCard {
  const next = { ...card };
  if (form.email !== undefined) {
    const rest = card.EmailAddresses.slice(1);
    next.EmailAddresses = form.email.trim() === '' ? rest : [form.email.trim(), ...rest];
  }
  if (form.phone !== undefined) {
    const [first, ...rest] = card.PhoneNumbers;
    next.PhoneNumbers =
      form.phone.trim() === ''
        ? rest
        : [
            {
              PhoneNumberKey: first?.PhoneNumberKey ?? newKey(),
              Number: form.phone.trim(),
              CountryCode: first?.CountryCode ?? '',
              Label: first?.Label ?? 'Work',
            },
            ...rest,
          ];
  }
  if (form.address !== undefined) {
    const [first, ...rest] = card.Addresses;
    const a = form.address;
    const address: KarbonAddress = {
      AddressKey: first?.AddressKey ?? newKey(),
      AddressLines: a.lines ?? first?.AddressLines ?? '',
      City: a.city ?? first?.City ?? '',
      StateProvinceCounty: a.state ?? first?.StateProvinceCounty ?? '',
      ZipCode: a.zip ?? first?.ZipCode ?? '',
      CountryCode: a.country ?? first?.CountryCode ?? '',
      Label: first?.Label ?? 'Physical',
    };
    const empty = !address.AddressLines && !address.City && !address.StateProvinceCounty && !address.ZipCode;
    next.Addresses = empty ? rest : [address, ...rest];
  }
  return next;
}

/** Edits go to the primary card, where the list row's email, phone and address come from (reference B4). */
function editCards(
  existing: KarbonBusinessCard[],
  owner: { type: KarbonEntityType; key: string },
  form: EditForm,
  newKey: () => string,
): KarbonBusinessCard[] {
  // Every entity has a primary card in Karbon's UI; a dataset record may come without one.
  const cards = existing.length > 0 ? existing : [toCard({ IsPrimaryCard: true }, owner, newKey)];
  const index = Math.max(
    0,
    cards.findIndex((c) => c.IsPrimaryCard),
  );
  return cards.map((card, i) => (i === index ? editCard(card, form, newKey) : card));
}

export function editContact(store: KarbonStore, c: KarbonContact, form: EditForm): KarbonContact {
  return store.saveContact({
    ...c,
    FirstName: form.firstName?.trim() ?? c.FirstName,
    LastName: form.lastName?.trim() ?? c.LastName,
    BusinessCards: editCards(c.BusinessCards, { type: 'Contact', key: c.ContactKey }, form, store.newKey),
  });
}

export function editOrganization(store: KarbonStore, o: KarbonOrganization, form: EditForm): KarbonOrganization {
  return store.saveOrganization({
    ...o,
    FullName: form.name?.trim() ?? o.FullName,
    BusinessCards: editCards(o.BusinessCards, { type: 'Organization', key: o.OrganizationKey }, form, store.newKey),
  });
}
