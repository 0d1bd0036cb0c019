// Turns wire-shape Karbon JSON (dataset records or validated API bodies) into stored records, generating missing keys.
import type {
  KarbonAddress,
  KarbonBusinessCard,
  KarbonContact,
  KarbonEntityType,
  KarbonOrganization,
  KarbonPhoneNumber,
} from './records';

export type NewKey = () => string;
type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function objects(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

function address(raw: Json, newKey: NewKey): KarbonAddress {
  return {
    AddressKey: str(raw.AddressKey) ?? newKey(),
    AddressLines: str(raw.AddressLines) ?? '',
    City: str(raw.City) ?? '',
    StateProvinceCounty: str(raw.StateProvinceCounty) ?? '',
    ZipCode: str(raw.ZipCode) ?? '',
    CountryCode: str(raw.CountryCode) ?? '',
    Label: str(raw.Label) ?? 'Physical',
  };
}

function phone(raw: Json, newKey: NewKey): KarbonPhoneNumber {
  return {
    PhoneNumberKey: str(raw.PhoneNumberKey) ?? newKey(),
    Number: str(raw.Number) ?? '',
    CountryCode: str(raw.CountryCode) ?? '',
    Label: str(raw.Label) ?? 'Work',
  };
}

/** One card; its owner is always the entity it is stored on, whatever the input claims. */
export function toCard(raw: Json, owner: { type: KarbonEntityType; key: string }, newKey: NewKey): KarbonBusinessCard {
  return {
    BusinessCardKey: str(raw.BusinessCardKey) || newKey(),
    EntityType: owner.type,
    EntityKey: owner.key,
    IsPrimaryCard: raw.IsPrimaryCard === true,
    WebSites: strings(raw.WebSites),
    EmailAddresses: strings(raw.EmailAddresses),
    // An Organization's own card never links to an organization (reference B4).
    OrganizationKey: owner.type === 'Organization' ? null : str(raw.OrganizationKey),
    RoleOrTitle: str(raw.RoleOrTitle),
    FacebookLink: str(raw.FacebookLink),
    LinkedInLink: str(raw.LinkedInLink),
    TwitterLink: str(raw.TwitterLink),
    SkypeLink: str(raw.SkypeLink),
    Addresses: objects(raw.Addresses).map((a) => address(a, newKey)),
    PhoneNumbers: objects(raw.PhoneNumbers).map((p) => phone(p, newKey)),
  };
}

/** Cards for an entity; exactly one is primary, as every Karbon entity starts with one primary card (karbon-ui §4). */
export function toCards(raw: unknown, owner: { type: KarbonEntityType; key: string }, newKey: NewKey) {
  const cards = objects(raw).map((card) => toCard(card, owner, newKey));
  const primary = cards.findIndex((card) => card.IsPrimaryCard);
  return cards.map((card, i) => ({ ...card, IsPrimaryCard: i === (primary === -1 ? 0 : primary) }));
}

function restriction(value: unknown): KarbonContact['RestrictionLevel'] {
  return value === 'Private' || value === 'Hidden' ? value : 'Public';
}

function base(raw: Json, owner: { type: KarbonEntityType; key: string }, newKey: NewKey, now: string) {
  return {
    ClientOwner: str(raw.ClientOwner),
    ClientManager: str(raw.ClientManager),
    ContactType: str(raw.ContactType),
    UserDefinedIdentifier: str(raw.UserDefinedIdentifier) ?? '',
    RestrictionLevel: restriction(raw.RestrictionLevel),
    LastModifiedDateTime: str(raw.LastModifiedDateTime) ?? now,
    EntityDescription: isObject(raw.EntityDescription) ? { Text: str(raw.EntityDescription.Text) ?? '' } : null,
    AccountingDetail: isObject(raw.AccountingDetail) ? { ...raw.AccountingDetail } : null,
    BusinessCards: toCards(raw.BusinessCards, owner, newKey),
    ClientTeam: objects(raw.ClientTeam),
    ExternalKey: str(raw.ExternalKey),
  };
}

export function toContact(raw: Json, newKey: NewKey, now: string): KarbonContact {
  const key = str(raw.ContactKey) || newKey();
  return {
    ContactKey: key,
    FirstName: str(raw.FirstName) ?? '',
    MiddleName: str(raw.MiddleName),
    LastName: str(raw.LastName) ?? '',
    PreferredName: str(raw.PreferredName),
    Salutation: str(raw.Salutation),
    Suffix: str(raw.Suffix),
    AvatarUrl: str(raw.AvatarUrl),
    ClientAccess: objects(raw.ClientAccess),
    ...base(raw, { type: 'Contact', key }, newKey, now),
  };
}

export function toOrganization(raw: Json, newKey: NewKey, now: string): KarbonOrganization {
  const key = str(raw.OrganizationKey) || newKey();
  return {
    OrganizationKey: key,
    FullName: str(raw.FullName) ?? '',
    ...base(raw, { type: 'Organization', key }, newKey, now),
  };
}
