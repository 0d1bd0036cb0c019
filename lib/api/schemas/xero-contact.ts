// Written from xero_accounting.yaml (Contact, Address, Phone, Contacts, Pagination, Error) at e952d0bd; the spec marks
// no field required, so only what the sync cannot work without (ContactID, Name) is required here.
import { z } from 'zod';
import { optional } from './parse-records';

const str = optional(z.string());
const bool = optional(z.boolean());

const ValidationErrorSchema = z.looseObject({ Message: z.string() });
const validationErrors = optional(z.array(ValidationErrorSchema));

export const XeroAddressSchema = z.looseObject({
  AddressType: z.string(),
  AddressLine1: str,
  AddressLine2: str,
  AddressLine3: str,
  AddressLine4: str,
  City: str,
  Region: str,
  PostalCode: str,
  Country: str,
  AttentionTo: str,
  ValidationErrors: validationErrors,
});

export const XeroPhoneSchema = z.looseObject({
  PhoneType: z.string(),
  PhoneNumber: str,
  PhoneAreaCode: str,
  PhoneCountryCode: str,
  ValidationErrors: validationErrors,
});

export const XeroContactPersonSchema = z.looseObject({
  FirstName: str,
  LastName: str,
  EmailAddress: str,
  IncludeInEmails: bool,
});

/** A contact as Xero returns it (unknown fields kept). */
export const XeroContactSchema = z.looseObject({
  ContactID: z.string().min(1),
  Name: z.string(),
  ContactNumber: str,
  AccountNumber: str,
  ContactStatus: str,
  FirstName: str,
  LastName: str,
  CompanyNumber: str,
  EmailAddress: str,
  ContactPersons: optional(z.array(XeroContactPersonSchema)),
  Addresses: optional(z.array(XeroAddressSchema)),
  Phones: optional(z.array(XeroPhoneSchema)),
  IsSupplier: bool,
  IsCustomer: bool,
  MergedToContactID: str,
  /** `/Date(ms+0000)/`; read it with `parseXeroDate`. */
  UpdatedDateUTC: str,
  HasValidationErrors: bool,
  ValidationErrors: validationErrors,
  StatusAttributeString: str,
});

export type XeroContact = z.output<typeof XeroContactSchema>;
export type XeroAddress = z.output<typeof XeroAddressSchema>;
export type XeroPhone = z.output<typeof XeroPhoneSchema>;

/** The writable fields of a contact (PUT/POST bodies); `ContactID` selects the contact to update. */
export interface XeroContactInput {
  ContactID?: string;
  ContactNumber?: string;
  AccountNumber?: string;
  ContactStatus?: 'ACTIVE' | 'ARCHIVED';
  Name?: string;
  FirstName?: string;
  LastName?: string;
  CompanyNumber?: string;
  EmailAddress?: string;
  TaxNumber?: string;
  Addresses?: Array<{
    AddressType: 'POBOX' | 'STREET';
    AddressLine1?: string;
    AddressLine2?: string;
    AddressLine3?: string;
    AddressLine4?: string;
    City?: string;
    Region?: string;
    PostalCode?: string;
    Country?: string;
    AttentionTo?: string;
  }>;
  Phones?: Array<{
    PhoneType: 'DEFAULT' | 'DDI' | 'MOBILE' | 'FAX' | 'OFFICE';
    PhoneNumber?: string;
    PhoneAreaCode?: string;
    PhoneCountryCode?: string;
  }>;
}

export const XeroPaginationSchema = z.looseObject({
  page: z.number(),
  pageSize: z.number(),
  pageCount: z.number(),
  itemCount: z.number(),
});

/** The list envelope; contacts stay unknown here and are validated one by one. */
export const XeroContactsEnvelopeSchema = z.looseObject({
  Contacts: z.array(z.unknown()),
  pagination: optional(XeroPaginationSchema),
});

/** Xero's 400 body (ValidationException and friends). */
export const XeroErrorSchema = z.looseObject({
  ErrorNumber: optional(z.number()),
  Type: str,
  Message: str,
  Elements: optional(z.array(z.unknown())),
});

/** The problem-style body of 401/403 (`{Type, Title, Status, Detail}`), not in the spec (reference §6). */
export const XeroProblemSchema = z.looseObject({ Title: str, Detail: str, Status: optional(z.number()) });
