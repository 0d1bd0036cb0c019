// The slices of each API's wire shapes that the mapping reads and writes. Structural on purpose: the zod-parsed
// types of lib/api are assignable to these, and extra fields the APIs send pass through untouched.

/** Xero `Phone` (reference/xero-accounting.md §3). */
export interface XeroPhoneWire {
  PhoneType: string;
  PhoneNumber?: string | null;
  PhoneAreaCode?: string | null;
  PhoneCountryCode?: string | null;
}

/** Xero `Address`. */
export interface XeroAddressWire {
  AddressType: string;
  AddressLine1?: string | null;
  AddressLine2?: string | null;
  AddressLine3?: string | null;
  AddressLine4?: string | null;
  City?: string | null;
  Region?: string | null;
  PostalCode?: string | null;
  Country?: string | null;
  AttentionTo?: string | null;
}

/** Xero `Contact` (the fields the sync uses). */
export interface XeroContactWire {
  ContactID?: string;
  ContactNumber?: string | null;
  ContactStatus?: string | null;
  Name?: string | null;
  FirstName?: string | null;
  LastName?: string | null;
  EmailAddress?: string | null;
  Addresses?: XeroAddressWire[] | null;
  Phones?: XeroPhoneWire[] | null;
  UpdatedDateUTC?: string | null;
  MergedToContactID?: string | null;
  ContactPersons?: unknown[] | null;
  /** Read only by the person/organization classifier (G5). */
  Website?: string | null;
  TaxNumber?: string | null;
  CompanyNumber?: string | null;
}

/** Karbon `BusinessCard` address entry. */
export interface KarbonAddressWire {
  AddressKey?: string | null;
  AddressLines?: string | null;
  City?: string | null;
  StateProvinceCounty?: string | null;
  ZipCode?: string | null;
  CountryCode?: string | null;
  Label?: string | null;
}

/** Karbon `BusinessCard` phone entry. */
export interface KarbonPhoneWire {
  PhoneNumberKey?: string | null;
  Number?: string | null;
  CountryCode?: string | null;
  Label?: string | null;
}

/** Karbon `BusinessCard` (reference/xpm-and-karbon.md B4). */
export interface KarbonBusinessCardWire {
  BusinessCardKey?: string | null;
  EntityType?: string | null;
  EntityKey?: string | null;
  IsPrimaryCard?: boolean | null;
  EmailAddresses?: string[] | null;
  PhoneNumbers?: KarbonPhoneWire[] | null;
  Addresses?: KarbonAddressWire[] | null;
  OrganizationKey?: string | null;
  [extra: string]: unknown;
}

/** Karbon Contact (person) in the detail shape. */
export interface KarbonPersonWire {
  ContactKey?: string;
  FirstName?: string | null;
  MiddleName?: string | null;
  LastName?: string | null;
  LastModifiedDateTime?: string | null;
  /** Client Identifier (unique per firm, case-insensitive). */
  UserDefinedIdentifier?: string | null;
  BusinessCards?: KarbonBusinessCardWire[] | null;
}

/** Karbon Organization in the detail shape. */
export interface KarbonOrganizationWire {
  OrganizationKey?: string;
  FullName?: string | null;
  LastModifiedDateTime?: string | null;
  /** Client Identifier (unique per firm, case-insensitive). */
  UserDefinedIdentifier?: string | null;
  BusinessCards?: KarbonBusinessCardWire[] | null;
}

/** XPM client (JSON keyed by XML element names, reference/xpm-and-karbon.md A3). */
export interface XpmClientWire {
  UUID?: string;
  Name?: string | null;
  /** XPM's page for the client (only a single-client read carries it, reference A2). */
  WebUrl?: string | null;
  Email?: string | null;
  Phone?: string | null;
  Address?: string | null;
  City?: string | null;
  Region?: string | null;
  PostCode?: string | null;
  Country?: string | null;
  PostalAddress?: string | null;
  PostalCity?: string | null;
  PostalRegion?: string | null;
  PostalPostCode?: string | null;
  PostalCountry?: string | null;
  BusinessStructure?: string | null;
  IsArchived?: string | null;
  IsDeleted?: string | null;
  FirstName?: string | null;
  LastName?: string | null;
  /** Holds the Karbon key on clients the extension created (P5, lib/sync/adapters/xpm-remote.ts). */
  ExportCode?: string | null;
}

/** XPM client contact. */
export interface XpmContactWire {
  UUID?: string;
  Name?: string | null;
  Email?: string | null;
  Phone?: string | null;
  Mobile?: string | null;
  Position?: string | null;
  IsPrimary?: string | null;
  IsDeleted?: string | null;
}
