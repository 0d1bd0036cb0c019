// The Contact schema's fields by JSON type (xero_accounting.yaml `Contact`), and which ones a write may set.

export const STRING_FIELDS = [
  'ContactID',
  'MergedToContactID',
  'ContactNumber',
  'AccountNumber',
  'ContactStatus',
  'Name',
  'FirstName',
  'LastName',
  'CompanyNumber',
  'EmailAddress',
  'BankAccountDetails',
  'TaxNumber',
  'TaxNumberType',
  'AccountsReceivableTaxType',
  'AccountsPayableTaxType',
  'SalesDefaultLineAmountType',
  'PurchasesDefaultLineAmountType',
  'DefaultCurrency',
  'XeroNetworkKey',
  'SalesDefaultAccountCode',
  'PurchasesDefaultAccountCode',
  'TrackingCategoryName',
  'TrackingCategoryOption',
  'UpdatedDateUTC',
  'Website',
  'StatusAttributeString',
] as const;
export const ARRAY_FIELDS = [
  'ContactPersons',
  'Addresses',
  'Phones',
  'SalesTrackingCategories',
  'PurchasesTrackingCategories',
  'ContactGroups',
  'Attachments',
  'ValidationErrors',
] as const;
export const OBJECT_FIELDS = ['PaymentTerms', 'BrandingTheme', 'BatchPayments', 'Balances'] as const;
export const BOOLEAN_FIELDS = ['IsSupplier', 'IsCustomer', 'HasAttachments', 'HasValidationErrors'] as const;
export const NUMBER_FIELDS = ['Discount'] as const;

/** Set by Xero, ignored on writes (spec readOnly, or "cannot be set via PUT or POST"). */
export const READ_ONLY_FIELDS = new Set<string>([
  'UpdatedDateUTC',
  'IsSupplier',
  'IsCustomer',
  'Balances',
  'HasValidationErrors',
  'ValidationErrors',
  'StatusAttributeString',
  'Website',
  'Discount',
  'HasAttachments',
  'Attachments',
  'MergedToContactID',
  'ContactGroups',
]);

/** Only returned when paging, or for a single contact (spec field notes; Xero-Java#245). */
export const HEAVY_FIELDS = [
  'ContactPersons',
  'PaymentTerms',
  'SalesTrackingCategories',
  'PurchasesTrackingCategories',
  'MergedToContactID',
  'SalesDefaultLineAmountType',
  'PurchasesDefaultLineAmountType',
] as const;

/** Spec maxLength of contact strings (xero-accounting.md §3). */
export const MAX_LENGTHS: Record<string, number> = {
  ContactNumber: 50,
  AccountNumber: 50,
  Name: 255,
  FirstName: 255,
  LastName: 255,
  CompanyNumber: 50,
  EmailAddress: 255,
  TaxNumber: 50,
};
export const ADDRESS_MAX: Record<string, number> = {
  AddressLine1: 500,
  AddressLine2: 500,
  AddressLine3: 500,
  AddressLine4: 500,
  City: 255,
  Region: 255,
  PostalCode: 50,
  Country: 50,
  AttentionTo: 255,
};
export const PHONE_MAX: Record<string, number> = { PhoneNumber: 50, PhoneAreaCode: 10, PhoneCountryCode: 20 };

export const ADDRESS_TYPES = ['STREET', 'POBOX'] as const;
export const PHONE_TYPES = ['DDI', 'DEFAULT', 'FAX', 'MOBILE', 'OFFICE'] as const;
