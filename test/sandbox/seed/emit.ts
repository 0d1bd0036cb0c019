import { COUNTRY_NAMES, DIAL_CODES } from './pools';
import type { Party } from './party';

/** Karbon writes dates with 7 fractional digits (fixtures/karbon README). */
export const karbonDate = (ms: number) => `${new Date(ms).toISOString().slice(0, 23)}0000Z`;

export interface XeroOptions {
  id: string;
  updatedMs: number;
  status?: 'ACTIVE' | 'ARCHIVED';
  name?: string;
  email?: string;
  contactNumber?: string;
  accountNumber?: string;
}

/** A Xero Accounting contact (POBOX = billing address, DEFAULT phone), as GET /Contacts returns it. */
export function xeroContact(p: Party, o: XeroOptions): Record<string, unknown> {
  const place = p.place;
  return {
    ContactID: o.id,
    ...(o.contactNumber ? { ContactNumber: o.contactNumber } : {}),
    ...(o.accountNumber ? { AccountNumber: o.accountNumber } : {}),
    ContactStatus: o.status ?? 'ACTIVE',
    Name: o.name ?? p.name,
    ...(p.kind === 'person' ? { FirstName: p.first, LastName: p.last } : {}),
    EmailAddress: o.email ?? p.email,
    Addresses: [
      {
        AddressType: 'POBOX',
        AddressLine1: p.street,
        City: place.city,
        Region: place.region,
        PostalCode: place.postcode,
        Country: COUNTRY_NAMES[place.country],
      },
      {
        AddressType: 'STREET',
        AddressLine1: p.street,
        City: place.city,
        Region: place.region,
        PostalCode: place.postcode,
        Country: COUNTRY_NAMES[place.country],
      },
    ],
    Phones: [
      {
        PhoneType: 'DEFAULT',
        PhoneCountryCode: DIAL_CODES[place.country],
        PhoneAreaCode: `0${place.area}`,
        PhoneNumber: p.phone,
      },
      ...(p.kind === 'person'
        ? [
            {
              PhoneType: 'MOBILE',
              PhoneCountryCode: DIAL_CODES[place.country],
              PhoneAreaCode: '',
              PhoneNumber: p.mobile,
            },
          ]
        : []),
    ],
    UpdatedDateUTC: `/Date(${o.updatedMs}+0000)/`,
  };
}

export interface KarbonOptions {
  key: string;
  cardKey: string;
  modifiedMs: number;
  contactType?: string;
  name?: string;
  email?: string;
  /** For a person: the organization they work for (their card's OrganizationKey) and role. */
  organizationKey?: string;
  role?: string;
}

function card(p: Party, o: KarbonOptions, entityType: 'Contact' | 'Organization'): Record<string, unknown> {
  const place = p.place;
  return {
    BusinessCardKey: o.cardKey,
    EntityType: entityType,
    EntityKey: o.key,
    IsPrimaryCard: true,
    WebSites: [],
    EmailAddresses: [o.email ?? p.email],
    OrganizationKey: o.organizationKey ?? null,
    RoleOrTitle: o.role ?? null,
    Addresses: [
      {
        AddressLines: p.street,
        City: place.city,
        StateProvinceCounty: place.region,
        ZipCode: place.postcode,
        CountryCode: place.country,
        Label: 'Mailing',
      },
    ],
    PhoneNumbers: [
      {
        Number: `+${DIAL_CODES[place.country]} ${place.area} ${p.phone}`,
        CountryCode: place.country,
        Label: entityType === 'Organization' ? 'Office' : 'Work',
      },
      ...(p.kind === 'person'
        ? [
            {
              Number: `+${DIAL_CODES[place.country]} ${p.mobile.replace(/^0/, '')}`,
              CountryCode: place.country,
              Label: 'Mobile',
            },
          ]
        : []),
    ],
  };
}

const ENTITY_TYPES: Record<string, string> = {
  Company: 'Corporation',
  Trust: 'Estate or Trust',
  Partnership: 'Partnership',
};

/** A Karbon Organization in the detail shape with its BusinessCards. */
export function karbonOrganization(p: Party, o: KarbonOptions): Record<string, unknown> {
  return {
    OrganizationKey: o.key,
    FullName: o.name ?? p.name,
    ContactType: o.contactType ?? 'Client',
    LastModifiedDateTime: karbonDate(o.modifiedMs),
    AccountingDetail: { EntityType: ENTITY_TYPES[p.structure] ?? 'Other/None' },
    BusinessCards: [card(p, o, 'Organization')],
  };
}

/** A Karbon Contact (person) in the detail shape with its BusinessCards. */
export function karbonPerson(p: Party, o: KarbonOptions): Record<string, unknown> {
  const [first = '', ...rest] = (o.name ?? p.name).split(' ');
  return {
    ContactKey: o.key,
    FirstName: o.name ? first : p.first,
    LastName: o.name ? rest.join(' ') : p.last,
    ContactType: o.contactType ?? 'Client',
    LastModifiedDateTime: karbonDate(o.modifiedMs),
    BusinessCards: [card(p, o, 'Contact')],
  };
}

export interface XpmContactSeed {
  party: Party;
  uuid: string;
  position: string;
  primary: boolean;
}

/** An XPM client as JSON keyed by its XML element names, contacts nested (issue 3, POST dataset). */
export function xpmClient(
  p: Party,
  o: { uuid: string; name?: string; email?: string; archived?: boolean; contacts: XpmContactSeed[] },
): Record<string, unknown> {
  const place = p.place;
  const individual = p.structure === 'Individual' || p.structure === 'Sole Trader';
  return {
    UUID: o.uuid,
    Name: o.name ?? p.name,
    ...(individual && p.first ? { FirstName: p.first, LastName: p.last } : {}),
    Email: o.email ?? p.email,
    Address: p.street,
    City: place.city,
    Region: place.region,
    PostCode: place.postcode,
    Country: COUNTRY_NAMES[place.country],
    PostalAddress: p.street,
    PostalCity: place.city,
    PostalRegion: place.region,
    PostalPostCode: place.postcode,
    PostalCountry: COUNTRY_NAMES[place.country],
    Phone: `0${place.area} ${p.phone}`,
    IsProspect: 'No',
    IsArchived: o.archived ? 'Yes' : 'No',
    BusinessStructure: p.structure,
    Contacts: o.contacts.map((c) => ({
      UUID: c.uuid,
      Name: c.party.name,
      Email: c.party.email,
      Mobile: c.party.mobile,
      Phone: `0${c.party.place.area} ${c.party.phone}`,
      Position: c.position,
      IsPrimary: c.primary ? 'Yes' : 'No',
    })),
  };
}
