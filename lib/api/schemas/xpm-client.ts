// Written from the XPM 3.1 client.api docs (reference A3) and xero-practicemanager-v3-1.yaml ClientDto /
// ClientContactDto; values are XML text, so every field is a string ('' for an empty element, Yes/No for flags).
import { z } from 'zod';
import { optional } from './parse-records';

const str = optional(z.string());

/** A contact of an XPM client. */
export const XpmContactSchema = z.looseObject({
  UUID: z.string().min(1),
  Name: z.string(),
  Salutation: str,
  Addressee: str,
  Mobile: str,
  Email: str,
  Phone: str,
  Position: str,
  IsPrimary: str,
  IsDeleted: str,
});

/** An XPM client; `Contacts` holds the contacts that passed XpmContactSchema. */
export const XpmClientSchema = z.looseObject({
  UUID: z.string().min(1),
  Name: z.string(),
  Title: str,
  FirstName: str,
  LastName: str,
  OtherName: str,
  Email: str,
  Phone: str,
  Fax: str,
  Website: str,
  Address: str,
  City: str,
  Region: str,
  PostCode: str,
  Country: str,
  PostalAddress: str,
  PostalCity: str,
  PostalRegion: str,
  PostalPostCode: str,
  PostalCountry: str,
  BusinessStructure: str,
  IsProspect: str,
  IsArchived: str,
  IsDeleted: str,
  Contacts: z.array(XpmContactSchema).default([]),
});

export type XpmClient = z.output<typeof XpmClientSchema>;
export type XpmContact = z.output<typeof XpmContactSchema>;

/** Writable client fields, in the element order of the docs' add/update examples. */
export const XPM_CLIENT_FIELDS = [
  'UUID',
  'Name',
  'Email',
  'Address',
  'City',
  'Region',
  'PostCode',
  'Country',
  'PostalAddress',
  'PostalCity',
  'PostalRegion',
  'PostalPostCode',
  'PostalCountry',
  'Phone',
  'Fax',
  'WebSite',
  'ReferralSource',
  'ExportCode',
  'AccountManagerUUID',
  'BillingClientUUID',
  'FirstName',
  'LastName',
  'OtherName',
  'DateOfBirth',
  'JobManagerUUID',
  'TaxNumber',
  'CompanyNumber',
  'BusinessNumber',
  'BusinessStructure',
] as const;

/** Writable contact fields, in the docs' order. */
export const XPM_CONTACT_FIELDS = [
  'UUID',
  'Name',
  'Salutation',
  'Addressee',
  'Mobile',
  'Email',
  'Phone',
  'Position',
  'IsPrimary',
] as const;

/** A contact to create or update (`IsPrimary` is 'Yes' or 'No'). */
export type XpmContactInput = Partial<Record<(typeof XPM_CONTACT_FIELDS)[number], string>>;

/** A client to add (Name required) or update (UUID required); inline contacts only on add. */
export type XpmClientInput = Partial<Record<(typeof XPM_CLIENT_FIELDS)[number], string>> & {
  Contacts?: XpmContactInput[];
};
