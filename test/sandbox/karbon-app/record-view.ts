// The web app's own JSON for a record (what a logged-in Karbon page reads), built from the Karbon store.
import { contactFullName, primaryCard, type KarbonContact, type KarbonOrganization } from '../karbon/records';
import type { KarbonStore } from '../karbon/store';

export interface AddressView {
  lines: string;
  city: string;
  state: string;
  zip: string;
  country: string;
  label: string;
}

export interface RecordView {
  kind: 'Contact' | 'Organization';
  key: string;
  name: string;
  firstName?: string;
  middleName?: string;
  lastName?: string;
  preferredName?: string;
  contactType: string;
  clientIdentifier: string;
  description: string;
  clientOwner: string;
  clientManager: string;
  restriction: string;
  lastModified: string;
  email: string;
  emails: string[];
  phone: string;
  address: AddressView | null;
  role: string;
  website: string;
  /** The organization a person is linked to through a card. */
  organization: { key: string; name: string } | null;
  /** People linked to an organization ("Other contacts involved", karbon-ui §4). */
  people: { key: string; name: string; role: string }[];
}

export interface ListRow {
  kind: 'Contact' | 'Organization';
  key: string;
  name: string;
  email: string;
  phone: string;
  contactType: string;
  related: string;
  restriction: string;
}

function cardFields(cards: KarbonContact['BusinessCards']) {
  const card = primaryCard(cards);
  const a = card?.Addresses[0];
  return {
    email: card?.EmailAddresses[0] ?? '',
    emails: card?.EmailAddresses ?? [],
    phone: card?.PhoneNumbers[0]?.Number ?? '',
    address: a
      ? {
          lines: a.AddressLines,
          city: a.City,
          state: a.StateProvinceCounty,
          zip: a.ZipCode,
          country: a.CountryCode,
          label: a.Label,
        }
      : null,
    role: card?.RoleOrTitle ?? '',
    website: card?.WebSites[0] ?? '',
  };
}

export function contactView(store: KarbonStore, c: KarbonContact): RecordView {
  const orgKey = c.BusinessCards.find((card) => card.OrganizationKey)?.OrganizationKey ?? null;
  const org = orgKey ? store.organizations.get(orgKey) : undefined;
  return {
    kind: 'Contact',
    key: c.ContactKey,
    name: contactFullName(c),
    firstName: c.FirstName,
    middleName: c.MiddleName ?? '',
    lastName: c.LastName,
    preferredName: c.PreferredName ?? '',
    contactType: c.ContactType ?? '',
    clientIdentifier: c.UserDefinedIdentifier,
    description: c.EntityDescription?.Text ?? '',
    clientOwner: c.ClientOwner ?? '',
    clientManager: c.ClientManager ?? '',
    restriction: c.RestrictionLevel,
    lastModified: c.LastModifiedDateTime,
    ...cardFields(c.BusinessCards),
    organization: org ? { key: org.OrganizationKey, name: org.FullName } : null,
    people: [],
  };
}

export function organizationView(store: KarbonStore, o: KarbonOrganization): RecordView {
  const people = [...store.contacts.values()]
    .filter((c) => c.BusinessCards.some((card) => card.OrganizationKey === o.OrganizationKey))
    .map((c) => ({
      key: c.ContactKey,
      name: contactFullName(c),
      role: c.BusinessCards.find((card) => card.OrganizationKey === o.OrganizationKey)?.RoleOrTitle ?? '',
    }));
  return {
    kind: 'Organization',
    key: o.OrganizationKey,
    name: o.FullName,
    contactType: o.ContactType ?? '',
    clientIdentifier: o.UserDefinedIdentifier,
    description: o.EntityDescription?.Text ?? '',
    clientOwner: o.ClientOwner ?? '',
    clientManager: o.ClientManager ?? '',
    restriction: o.RestrictionLevel,
    lastModified: o.LastModifiedDateTime,
    ...cardFields(o.BusinessCards),
    organization: null,
    people,
  };
}

/** Rows for the Contacts list: people and organizations together, by name (karbon-ui §2). */
export function listRows(store: KarbonStore): ListRow[] {
  const orgNames = new Map([...store.organizations.values()].map((o) => [o.OrganizationKey, o.FullName]));
  const people: ListRow[] = [...store.contacts.values()].map((c) => {
    const card = primaryCard(c.BusinessCards);
    const orgKey = c.BusinessCards.find((b) => b.OrganizationKey)?.OrganizationKey;
    return {
      kind: 'Contact',
      key: c.ContactKey,
      name: contactFullName(c),
      email: card?.EmailAddresses[0] ?? '',
      phone: card?.PhoneNumbers[0]?.Number ?? '',
      contactType: c.ContactType ?? '',
      related: (orgKey && orgNames.get(orgKey)) || '',
      restriction: c.RestrictionLevel,
    };
  });
  const orgs: ListRow[] = [...store.organizations.values()].map((o) => {
    const card = primaryCard(o.BusinessCards);
    return {
      kind: 'Organization',
      key: o.OrganizationKey,
      name: o.FullName,
      email: card?.EmailAddresses[0] ?? '',
      phone: card?.PhoneNumbers[0]?.Number ?? '',
      contactType: o.ContactType ?? '',
      related: '',
      restriction: o.RestrictionLevel,
    };
  });
  const byName = (row: ListRow) => row.name.toLowerCase();
  return [...people, ...orgs].sort((a, b) => (byName(a) < byName(b) ? -1 : byName(a) > byName(b) ? 1 : 0));
}
