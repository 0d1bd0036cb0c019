import { ADDRESS_TYPES, HEAVY_FIELDS } from './contact-fields';
import { msDate } from './dates';
import type { StoredContact } from './contact-store';

export type Detail = 'list' | 'full' | 'summary';

const ORDER = [
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
];
const AFTER = [
  'SalesDefaultLineAmountType',
  'PurchasesDefaultLineAmountType',
  'DefaultCurrency',
  'XeroNetworkKey',
  'SalesDefaultAccountCode',
  'PurchasesDefaultAccountCode',
  'SalesTrackingCategories',
  'PurchasesTrackingCategories',
  'TrackingCategoryName',
  'TrackingCategoryOption',
  'BrandingTheme',
  'BatchPayments',
  'PaymentTerms',
  'ContactPersons',
];
const EMPTY_ADDRESS = { City: '', Region: '', PostalCode: '', Country: '' };
const EMPTY_PHONE = { PhoneNumber: '', PhoneAreaCode: '', PhoneCountryCode: '' };
const LISTED_PHONES = ['DDI', 'DEFAULT', 'FAX', 'MOBILE'];

type Entry = Record<string, unknown>;
const entries = (v: unknown): Entry[] => (Array.isArray(v) ? (v as Entry[]) : []);

/** Xero always lists both address types and the four phone types, empty or not (reference §3 "List responses"). */
export function fullAddresses(v: unknown): Entry[] {
  const list = entries(v);
  return ADDRESS_TYPES.map((type) => ({
    AddressType: type,
    ...EMPTY_ADDRESS,
    ...(list.find((a) => a.AddressType === type) ?? {}),
  }));
}

export function fullPhones(v: unknown): Entry[] {
  const list = entries(v);
  const out = LISTED_PHONES.map((type) => ({
    PhoneType: type,
    ...EMPTY_PHONE,
    ...(list.find((p) => p.PhoneType === type) ?? {}),
  }));
  const office = list.find((p) => p.PhoneType === 'OFFICE');
  return office ? [...out, { PhoneType: 'OFFICE', ...EMPTY_PHONE, ...office }] : out;
}

const present = (v: unknown) => v !== undefined && v !== null && v !== '';

/** The wire shape of a stored contact; `list` leaves out the fields Xero returns only when paging or getting one. */
export function serializeContact(c: StoredContact, detail: Detail): Record<string, unknown> {
  const f = c.fields;
  const out: Record<string, unknown> = { ContactID: c.id };
  for (const k of ORDER.slice(1)) if (present(f[k]) && !(detail === 'list' && k === 'MergedToContactID')) out[k] = f[k];
  if (out.BankAccountDetails === undefined) out.BankAccountDetails = '';
  out.Addresses = fullAddresses(f.Addresses);
  out.Phones = fullPhones(f.Phones);
  out.UpdatedDateUTC = msDate(c.updatedMs);
  out.ContactGroups = [];
  out.IsSupplier = false;
  out.IsCustomer = false;
  const heavy = new Set<string>(HEAVY_FIELDS);
  for (const k of AFTER) {
    if (detail === 'list' && heavy.has(k)) continue;
    if (present(f[k])) out[k] = f[k];
  }
  if (detail !== 'list' && out.ContactPersons === undefined) out.ContactPersons = [];
  if (detail !== 'summary')
    out.Balances = {
      AccountsReceivable: { Outstanding: 0, Overdue: 0 },
      AccountsPayable: { Outstanding: 0, Overdue: 0 },
    };
  out.HasAttachments = false;
  out.HasValidationErrors = false;
  return out;
}
