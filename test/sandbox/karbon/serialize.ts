// Karbon's response shapes (specs/KarbonAPI.json), built from stored records. Nulls are left out where the schema
// types a field as a plain string, so every body validates against the spec.
import {
  contactFullName,
  primaryCard,
  type KarbonBusinessCard,
  type KarbonContact,
  type KarbonEntityBase,
  type KarbonOrganization,
} from './records';

type Json = Record<string, unknown>;

/** Copies `source` without null/undefined values, except the keys the schema declares nullable. */
function compact(source: Json, nullable: readonly string[] = []): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(source)) {
    if (value === undefined) continue;
    if (value === null && !nullable.includes(key)) continue;
    out[key] = value;
  }
  return out;
}

/** An unknown country is left out: the schema's CountryCode format (ISO 3166-1 alpha-2) has no empty value. */
function servedCard(card: KarbonBusinessCard): Json {
  const Addresses = card.Addresses.map(({ CountryCode, ...rest }) =>
    CountryCode === '' ? rest : { ...rest, CountryCode },
  );
  return { ...card, Addresses };
}

export function cardInEntity(card: KarbonBusinessCard): Json {
  // BusinessCardRequest (used inside entities) declares OrganizationKey and RoleOrTitle nullable.
  return compact(servedCard(card), ['OrganizationKey', 'RoleOrTitle']);
}

export function standaloneCard(card: KarbonBusinessCard, origin: string): Json {
  return { '@odata.context': `${origin}/$metadata#BusinessCards/$entity`, ...compact(servedCard(card)) };
}

function formatAddress(card: KarbonBusinessCard | undefined): string | null {
  const a = card?.Addresses[0];
  if (!a) return null;
  const locality = [a.City, a.StateProvinceCounty, a.ZipCode].filter(Boolean).join(' ');
  return [a.AddressLines, locality, a.CountryCode].filter(Boolean).join(', ');
}

/** The list row's contact fields come from the primary card (reference B4). */
/** The fields a person's list row and linked-contact row share, read from one of its cards. */
function personRow(c: KarbonContact, card: ReturnType<typeof primaryCard>): Json {
  return {
    ContactKey: c.ContactKey,
    FullName: contactFullName(c),
    PreferredName: c.PreferredName,
    Salutation: c.Salutation,
    ClientOwner: c.ClientOwner,
    ClientManager: c.ClientManager,
    Address: formatAddress(card),
    EmailAddress: card?.EmailAddresses[0] ?? null,
    PhoneNumber: card?.PhoneNumbers[0]?.Number ?? null,
    RoleOrTitle: card?.RoleOrTitle ?? null,
    UserDefinedIdentifier: c.UserDefinedIdentifier || null,
    LastModifiedDateTime: c.LastModifiedDateTime,
  };
}

export function contactSummary(c: KarbonContact): Json {
  return compact(
    {
      '@odata.type': '#KarbonService.ContactSummaryDTO',
      ...personRow(c, primaryCard(c.BusinessCards)),
      ContactType: c.ContactType,
    },
    ['Address', 'PhoneNumber'],
  );
}

export function organizationSummary(o: KarbonOrganization): Json {
  const card = primaryCard(o.BusinessCards);
  return compact(
    {
      '@odata.type': '#KarbonService.OrganizationSummaryDTO',
      OrganizationKey: o.OrganizationKey,
      FullName: o.FullName,
      PhoneNumber: card?.PhoneNumbers[0]?.Number ?? null,
      EmailAddress: card?.EmailAddresses[0] ?? null,
      Website: card?.WebSites[0] ?? null,
      ContactType: o.ContactType,
      LastModifiedDateTime: o.LastModifiedDateTime,
      UserDefinedIdentifier: o.UserDefinedIdentifier || null,
    },
    ['PhoneNumber', 'UserDefinedIdentifier'],
  );
}

/** A person linked to an organization through a card, as in `$expand=Contacts` (ContactsCardOrganization). */
export function linkedContactRow(c: KarbonContact, organizationKey: string): Json {
  const card = c.BusinessCards.find((b) => b.OrganizationKey === organizationKey) ?? primaryCard(c.BusinessCards);
  return compact(personRow(c, card), ['ClientOwner', 'ClientManager', 'Address', 'PhoneNumber']);
}

export type Expansion = 'BusinessCards' | 'ClientTeam' | 'ClientAccess' | 'Contacts';

function common(r: KarbonEntityBase): Json {
  return {
    ClientOwner: r.ClientOwner,
    ClientManager: r.ClientManager,
    ContactType: r.ContactType,
    UserDefinedIdentifier: r.UserDefinedIdentifier,
    RestrictionLevel: r.RestrictionLevel,
  };
}

export function contactDetail(c: KarbonContact, origin: string, expand: ReadonlySet<Expansion>): Json {
  return compact({
    '@odata.context': `${origin}/$metadata#Contacts/KarbonService.ContactDTO/$entity`,
    '@odata.type': '#KarbonService.ContactDTO',
    ContactKey: c.ContactKey,
    FirstName: c.FirstName,
    MiddleName: c.MiddleName,
    LastName: c.LastName,
    PreferredName: c.PreferredName,
    Salutation: c.Salutation,
    Suffix: c.Suffix,
    ...common(c),
    AvatarUrl: c.AvatarUrl,
    LastModifiedDateTime: c.LastModifiedDateTime,
    EntityDescription: c.EntityDescription,
    AccountingDetail: c.AccountingDetail,
    BusinessCards: expand.has('BusinessCards') ? c.BusinessCards.map(cardInEntity) : undefined,
    ClientTeam: expand.has('ClientTeam') ? c.ClientTeam : undefined,
    ClientAccess: expand.has('ClientAccess') ? c.ClientAccess : undefined,
  });
}

export function organizationDetail(
  o: KarbonOrganization,
  origin: string,
  expand: ReadonlySet<Expansion>,
  linked: () => KarbonContact[],
): Json {
  return compact({
    '@odata.context': `${origin}/$metadata#Organizations/KarbonService.OrganizationDTO/$entity`,
    '@odata.type': '#KarbonService.OrganizationDTO',
    OrganizationKey: o.OrganizationKey,
    FullName: o.FullName,
    ...common(o),
    LastModifiedDateTime: o.LastModifiedDateTime,
    EntityDescription: o.EntityDescription,
    AccountingDetail: o.AccountingDetail,
    BusinessCards: expand.has('BusinessCards') ? o.BusinessCards.map(cardInEntity) : undefined,
    Contacts: expand.has('Contacts') ? linked().map((c) => linkedContactRow(c, o.OrganizationKey)) : undefined,
    ClientTeam: expand.has('ClientTeam') ? o.ClientTeam : undefined,
  });
}

/** PATCH answers the entity with `AccountingDetail: null` (fixtures/karbon/contact-patch-response.json). */
export function patchResponse(detail: Json): Json {
  return { ...detail, AccountingDetail: null };
}

/** The dataset (`GET /__sandbox/state`) shape: the detail shape with every expansion, no OData annotations. */
export function contactForDataset(c: KarbonContact): Json {
  const { ExternalKey, ...rest } = c;
  return ExternalKey === null ? rest : { ...rest, ExternalKey };
}

export function organizationForDataset(o: KarbonOrganization): Json {
  const { ExternalKey, ...rest } = o;
  return ExternalKey === null ? rest : { ...rest, ExternalKey };
}
