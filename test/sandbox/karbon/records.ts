// Karbon record shapes as stored by the sandbox: the API's detail shape (fixtures/karbon/contact-get-expanded.json).

export interface KarbonAddress {
  AddressKey: string;
  AddressLines: string;
  City: string;
  StateProvinceCounty: string;
  ZipCode: string;
  CountryCode: string;
  Label: string;
}

export interface KarbonPhoneNumber {
  PhoneNumberKey: string;
  Number: string;
  CountryCode: string;
  Label: string;
}

export type KarbonEntityType = 'Contact' | 'Organization';

export interface KarbonBusinessCard {
  BusinessCardKey: string;
  EntityType: KarbonEntityType;
  EntityKey: string;
  IsPrimaryCard: boolean;
  WebSites: string[];
  EmailAddresses: string[];
  /** Links a person to an Organization; always null on an Organization's own card (reference B4). */
  OrganizationKey: string | null;
  RoleOrTitle: string | null;
  FacebookLink: string | null;
  LinkedInLink: string | null;
  TwitterLink: string | null;
  SkypeLink: string | null;
  Addresses: KarbonAddress[];
  PhoneNumbers: KarbonPhoneNumber[];
}

/** Fields both entity kinds share. */
export interface KarbonEntityBase {
  ClientOwner: string | null;
  ClientManager: string | null;
  ContactType: string | null;
  /** Unique per firm, compared case-insensitively; '' when unset. */
  UserDefinedIdentifier: string;
  RestrictionLevel: 'Public' | 'Private' | 'Hidden';
  LastModifiedDateTime: string;
  EntityDescription: { Text: string } | null;
  AccountingDetail: Record<string, unknown> | null;
  BusinessCards: KarbonBusinessCard[];
  ClientTeam: Record<string, unknown>[];
  /** Filterable with `$filter=ExternalKey eq '…'` but never served (reference B2). */
  ExternalKey: string | null;
}

export interface KarbonContact extends KarbonEntityBase {
  ContactKey: string;
  FirstName: string;
  MiddleName: string | null;
  LastName: string;
  PreferredName: string | null;
  Salutation: string | null;
  Suffix: string | null;
  AvatarUrl: string | null;
  ClientAccess: Record<string, unknown>[];
}

export interface KarbonOrganization extends KarbonEntityBase {
  OrganizationKey: string;
  FullName: string;
}

export interface ContactTypeSetting {
  Name: string;
  ContactTypeKey: string;
}

/** A Contact's list-row name: the detail shape has no FullName (fixtures/karbon/README.md). */
export function contactFullName(c: Pick<KarbonContact, 'FirstName' | 'MiddleName' | 'LastName'>): string {
  return [c.FirstName, c.MiddleName, c.LastName].filter((part) => part !== null && part.trim() !== '').join(' ');
}

export function primaryCard(cards: KarbonBusinessCard[]): KarbonBusinessCard | undefined {
  return cards.find((card) => card.IsPrimaryCard) ?? cards[0];
}
