// Written from KarbonAPI.json (karbon-api-reference @ 26449237): GetContacts / GetOrganizations list rows,
// ContactDTO / Organization detail, BusinessCard, GetTenantSettings, and the three error envelopes.
import { z } from 'zod';
import { optional } from './parse-records';

const str = optional(z.string());
const strings = optional(z.array(z.string()));

/** A row of GET /v3/Contacts (required per spec: ContactKey, FullName, LastModifiedDateTime). */
export const KarbonContactSummarySchema = z.looseObject({
  ContactKey: z.string().min(1),
  FullName: z.string(),
  LastModifiedDateTime: z.string(),
  PreferredName: str,
  Salutation: str,
  ClientOwner: str,
  ClientManager: str,
  Address: str,
  EmailAddress: str,
  PhoneNumber: str,
  RoleOrTitle: str,
  ContactType: str,
  UserDefinedIdentifier: str,
});

/** A row of GET /v3/Organizations. */
export const KarbonOrganizationSummarySchema = z.looseObject({
  OrganizationKey: z.string().min(1),
  FullName: z.string(),
  LastModifiedDateTime: z.string(),
  PhoneNumber: str,
  EmailAddress: str,
  Website: str,
  ContactType: str,
  UserDefinedIdentifier: str,
});

export const KarbonAddressSchema = z.looseObject({
  AddressKey: str,
  AddressLines: str,
  City: str,
  StateProvinceCounty: str,
  ZipCode: str,
  CountryCode: str,
  Label: str,
});

export const KarbonPhoneSchema = z.looseObject({
  PhoneNumberKey: str,
  Number: str,
  CountryCode: str,
  Label: str,
});

/** Where a Karbon contact's email, phones and addresses live. */
export const KarbonBusinessCardSchema = z.looseObject({
  BusinessCardKey: str,
  EntityType: str,
  EntityKey: str,
  IsPrimaryCard: optional(z.boolean()),
  OrganizationKey: str,
  RoleOrTitle: str,
  WebSites: strings,
  EmailAddresses: strings,
  FacebookLink: str,
  LinkedInLink: str,
  TwitterLink: str,
  SkypeLink: str,
  Addresses: optional(z.array(KarbonAddressSchema)),
  PhoneNumbers: optional(z.array(KarbonPhoneSchema)),
});

/** What the person and organization details share (spec ContactDTO / Organization). */
const recordShape = {
  ClientOwner: str,
  ClientManager: str,
  ContactType: str,
  UserDefinedIdentifier: str,
  RestrictionLevel: str,
  LastModifiedDateTime: str,
  BusinessCards: optional(z.array(KarbonBusinessCardSchema)),
};

/** A person (GET /v3/Contacts/{key}); the detail shape has names but no FullName. */
export const KarbonContactSchema = z.looseObject({
  ContactKey: z.string().min(1),
  FirstName: z.string(),
  LastName: z.string(),
  MiddleName: str,
  PreferredName: str,
  Salutation: str,
  Suffix: str,
  ...recordShape,
});

/** An organization (GET /v3/Organizations/{key}). */
export const KarbonOrganizationSchema = z.looseObject({
  OrganizationKey: z.string().min(1),
  FullName: z.string(),
  ...recordShape,
});

/** The OData list envelope; rows are validated one by one. */
export const KarbonListSchema = z.looseObject({
  value: z.array(z.unknown()),
  '@odata.count': optional(z.number()),
  '@odata.nextLink': str,
});

/** TenantSettings; ContactTypes are objects per the spec but plain strings in one guide, so both are read. */
export const KarbonTenantSettingsSchema = z.looseObject({
  TenantKey: str,
  ContactTypes: z
    .array(
      z.union([z.string().transform((Name) => ({ Name })), z.looseObject({ Name: z.string(), ContactTypeKey: str })]),
    )
    .nullish()
    .transform((types) => types ?? []),
});

/** A custom field definition (GET/POST /v3/CustomFields; spec CustomFieldDefinition). */
export const KarbonCustomFieldSchema = z.looseObject({
  Key: z.string().min(1),
  Name: z.string(),
  Type: str,
  IsVisibleToContacts: optional(z.boolean()),
  IsVisibleToOrganizations: optional(z.boolean()),
  ListOptions: strings,
});

/** Body of POST /v3/CustomFields. */
export interface KarbonCustomFieldInput {
  Name: string;
  Type: 'Text' | 'Number' | 'Date' | 'Boolean' | 'Colleague' | 'ListSingleSelect' | 'ListMultipleSelect';
  IsVisibleToContacts: boolean;
  IsVisibleToOrganizations: boolean;
  ListOptions: string[];
}

/** The three error envelopes (reference B1; fixtures/karbon/errors). */
export const KarbonErrorSchema = z.looseObject({
  error: optional(z.looseObject({ code: str, statusCode: str, message: str })),
  statusCode: optional(z.union([z.string(), z.number()])),
  message: str,
});

export type KarbonContactSummary = z.output<typeof KarbonContactSummarySchema>;
export type KarbonOrganizationSummary = z.output<typeof KarbonOrganizationSummarySchema>;
export type KarbonContact = z.output<typeof KarbonContactSchema>;
export type KarbonOrganization = z.output<typeof KarbonOrganizationSchema>;
export type KarbonBusinessCard = z.output<typeof KarbonBusinessCardSchema>;
export type KarbonTenantSettings = z.output<typeof KarbonTenantSettingsSchema>;
export type KarbonCustomField = z.output<typeof KarbonCustomFieldSchema>;

/** A business card as written by PUT /v3/BusinessCards/{key} or inside a create body (spec BusinessCardRequest). */
export interface KarbonBusinessCardInput {
  BusinessCardKey?: string;
  EntityType?: 'Contact' | 'Organization' | 'ClientGroup';
  EntityKey?: string;
  IsPrimaryCard?: boolean;
  OrganizationKey?: string;
  RoleOrTitle?: string;
  WebSites?: string[];
  EmailAddresses?: string[];
  FacebookLink?: string;
  LinkedInLink?: string;
  TwitterLink?: string;
  SkypeLink?: string;
  Addresses?: Array<{
    AddressKey?: string;
    AddressLines?: string;
    City?: string;
    StateProvinceCounty?: string;
    ZipCode?: string;
    CountryCode?: string;
    Label?: string;
  }>;
  PhoneNumbers?: Array<{ PhoneNumberKey?: string; Number?: string; CountryCode?: string; Label?: string }>;
}

/** The writable fields a person and an organization share (spec CreateContact / CreateOrganization). */
interface KarbonRecordInput {
  ClientOwner?: string;
  ClientManager?: string;
  ContactType?: string;
  UserDefinedIdentifier?: string;
  RestrictionLevel?: string;
  EntityDescription?: { Text?: string };
  BusinessCards?: KarbonBusinessCardInput[];
}

/** Body of POST /v3/Contacts and PUT /v3/Contacts/{key} (spec CreateContact; FirstName and LastName required). */
export interface KarbonContactInput extends KarbonRecordInput {
  FirstName: string;
  LastName: string;
  MiddleName?: string;
  PreferredName?: string;
  Salutation?: string;
  Suffix?: string;
}

/** Body of POST /v3/Organizations and PUT /v3/Organizations/{key} (spec CreateOrganization / UpdateOrganization). */
export interface KarbonOrganizationInput extends KarbonRecordInput {
  FullName: string;
}

/** The writable fields a read-modify-write PUT copies from either kind of record (cards are written on their own). */
const RECORD_WRITABLE = [
  'RestrictionLevel',
  'ClientOwner',
  'ClientManager',
  'ContactType',
  'UserDefinedIdentifier',
  'EntityDescription',
] as const;

/** Writable fields of a contact (what a read-modify-write PUT copies from the current record). */
export const KARBON_CONTACT_WRITABLE = [
  'FirstName',
  'MiddleName',
  'LastName',
  'PreferredName',
  'Salutation',
  'Suffix',
  ...RECORD_WRITABLE,
] as const;

/** Writable fields of an organization. */
export const KARBON_ORGANIZATION_WRITABLE = ['FullName', ...RECORD_WRITABLE] as const;

/** Writable fields of a business card (PUT replaces the whole card, so all of them are sent back). */
export const KARBON_CARD_WRITABLE = [
  'BusinessCardKey',
  'EntityType',
  'EntityKey',
  'IsPrimaryCard',
  'OrganizationKey',
  'WebSites',
  'EmailAddresses',
  'RoleOrTitle',
  'FacebookLink',
  'LinkedInLink',
  'TwitterLink',
  'SkypeLink',
  'Addresses',
  'PhoneNumbers',
] as const;
