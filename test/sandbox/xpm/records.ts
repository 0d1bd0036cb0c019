// XPM 3.1 client and contact records, keyed by their XML element names (reference A3).

/** A client's scalar elements in the order XPM writes them (fixtures/xpm/docs/client-get-response.xml). */
export const CLIENT_TEXT_FIELDS = [
  'Name',
  'Title',
  'Gender',
  'FirstName',
  'LastName',
  'OtherName',
  'Email',
  'DateOfBirth',
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
  'Website',
  'ReferralSource',
  'ExportCode',
  'IsProspect',
  'IsArchived',
  'IsDeleted',
] as const;

/** Practice Manager module fields, written after the relations (same fixture). */
export const CLIENT_PRACTICE_FIELDS = [
  'TaxNumber',
  'CompanyNumber',
  'BusinessNumber',
  'BusinessStructure',
  'BalanceMonth',
  'PrepareGST',
  'GSTRegistered',
  'GSTPeriod',
  'GSTBasis',
  'ProvisionalTaxBasis',
  'ProvisionalTaxRatio',
  'SignedTaxAuthority',
  'TaxAgent',
  'AgencyStatus',
  'ReturnType',
  'PrepareActivityStatement',
  'PrepareTaxReturn',
] as const;

export type ClientField = (typeof CLIENT_TEXT_FIELDS)[number] | (typeof CLIENT_PRACTICE_FIELDS)[number];

export const CONTACT_FIELDS = ['Name', 'Salutation', 'Addressee', 'Mobile', 'Email', 'Phone'] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

export interface XpmRef {
  UUID: string;
  Name: string;
}

export interface XpmClient {
  UUID: string;
  fields: Partial<Record<ClientField, string>>;
  AccountManager?: XpmRef;
  JobManager?: XpmRef;
  BillingClient?: XpmRef;
  /** Relations kept as given (Type, Notes, Groups, Relationships), already in XML-element JSON form. */
  extras: Record<string, unknown>;
  /** Sandbox time of the last change, for `modifiedsince`. */
  modified: number;
  /** Integer id behind `<WebUrl>` (reference A2: built on an integer internal id). */
  webId: number;
}

/** A practice-wide contact; Position and IsPrimary live on each link to a client (reference A2). */
export interface XpmContact {
  UUID: string;
  fields: Partial<Record<ContactField, string>>;
  IsDeleted: boolean;
}

export interface XpmLink {
  clientUuid: string;
  contactUuid: string;
  Position: string;
  IsPrimary: boolean;
}

/** Yes/No flags are strings in XPM (reference A3). */
export const yesNo = (value: boolean): 'Yes' | 'No' => (value ? 'Yes' : 'No');
