// Checks an AccountingDetail body against DetailsOfAccounting (KarbonAPI.json), so what is stored is always servable.
import type { SandboxResponse } from '../core/types';
import { errors } from './errors';
import { isObject } from './normalize';

type Kind = 'string' | 'date' | 'integer' | 'number' | 'boolean' | 'strings' | 'object';

const ENUMS: Record<string, readonly string[]> = {
  Salutation: ['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Prof', 'Rev'],
  Sex: ['M', 'F'],
  EntityType: [
    'Corporation',
    'Club or Society',
    'Estate or Trust',
    'Exempt Organization',
    'Partnership',
    'Private Foundation',
    'S Corporation',
    'Person',
    'Sole Proprietor',
    'Limited Liability',
    'Charitable Incorporated Organisation',
    'Company Limited by Guarantee',
    'Community Interest Company',
    'Limited Liability Partnership',
    'Local Authority',
    'Non Departmental Public Body',
    'Pension Scheme',
    'Royal Charter',
    'Unincorporated Association',
    'Other/None',
  ],
  TaxCountryCode: ['US', 'AU', 'UK', 'NZ', 'CA', 'ZA', 'HK', 'FR', 'SG', 'IE', 'SE', 'FI', 'DK', 'NO', 'IN', 'CH'],
  GstBasis: ['Cash', 'Accruals', 'None', 'Close'],
  SalesTaxBasis: ['Cash', 'Accruals', 'None', 'Close'],
  IncomeTaxInstallmentPeriod: ['Monthly', 'Quarterly', 'Yearly'],
  RevenueModel: [
    'Advertising',
    'Commission',
    'E-Commerce',
    'Fee for Service',
    'Licensing',
    'Markup',
    'Production',
    'Subscription',
  ],
  Sells: ['Services', 'Products', 'Products and Services', 'Other'],
};

const KINDS: Record<string, Kind> = {
  ContactPermaKey: 'string',
  OrganizationPermaKey: 'string',
  BirthDate: 'date',
  DeathDate: 'date',
  IncorporationDate: 'date',
  DateSignedEngagement: 'date',
  FinancialYearEndDay: 'integer',
  FinancialYearEndMonth: 'integer',
  AnnualRevenue: 'number',
  OrganizationValuation: 'number',
  IsVATRegistered: 'boolean',
  PaysTax: 'boolean',
  PrepareGST: 'boolean',
  LegalFirm: 'object',
  TaxProvider: 'object',
  ...Object.fromEntries(
    ['IncorporationState', 'LegalName', 'LineOfBusiness', 'TradingName', 'BaseCurrency', 'GstPeriod']
      .concat(['ProvisionalTaxBasic', 'ProvisionalTaxRatio', 'SalesTaxPeriod', ...Object.keys(ENUMS)])
      .map((name) => [name, 'string' as const]),
  ),
  ...Object.fromEntries(
    ['Bank', 'Payroll', 'BillPay', 'Benefits', 'Revenue', 'Expenses', 'FileManagement', 'Accounting'].map((name) => [
      name,
      'strings' as const,
    ]),
  ),
};

const REGISTRATION_TYPES = [
  'Australian Business Number (ABN)',
  'Australian Company Number (ACN)',
  'Tax File Number (TFN)',
  'Social Security Number (SSN)',
  'Tax ID',
  'VAT Number',
  'Company Registration Number',
  'PAYE Reference Number',
  'PAYE Accounts Office Reference',
  'CT Reference',
  'Unique Taxpayer Reference (UTR)',
  'NZ Business Number',
  'GST Number',
  'IRD Number',
  'Business Number',
  'Social Insurance Number (SIN)',
  'Registration Number',
  'Income Tax Number',
  'PAYE Number',
  'DOL UIF Number',
  'SDL Number',
  'DOL Workman Compensation',
  'Company Number',
  'Business Registration Number',
  'Charity Number',
  'MPF provider',
  'RCS',
  'SIRET',
  'UEN',
  'RCT Reference',
  'Companies Office Number',
  'KUND ID',
  'Organisation Number',
  'Finnish Business ID',
  'CVR Number',
  'GST Identification Number (GSTIN)',
  'Permanent Account Number (PAN)',
];
const NOTE_TYPES = ['Basic', 'Tax', 'System', 'Owner', 'Officer'];
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

const invalid = (name: string, value: unknown) =>
  errors.badRequest(`The value '${String(value)}' is not valid for AccountingDetail.${name}.`);

function checkValue(name: string, kind: Kind, value: unknown): boolean {
  if (value === null) return kind !== 'strings';
  switch (kind) {
    case 'string':
      return typeof value === 'string' && (!ENUMS[name] || ENUMS[name].includes(value));
    case 'date':
      return typeof value === 'string' && DATE_TIME.test(value);
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'strings':
      return Array.isArray(value) && value.every((v) => typeof v === 'string');
    case 'object':
      return isObject(value) && (value.Name === undefined || typeof value.Name === 'string');
  }
}

/** Unknown keys are tolerated (the update fixture sends ContactKey/OrganizationKey); known ones must match the schema. */
export function checkAccountingDetail(detail: Record<string, unknown>): SandboxResponse | undefined {
  for (const [name, value] of Object.entries(detail)) {
    const kind = KINDS[name];
    if (kind && !checkValue(name, kind, value)) return invalid(name, value);
  }
  const numbers = detail.RegistrationNumbers;
  if (numbers !== undefined) {
    if (!Array.isArray(numbers)) return invalid('RegistrationNumbers', numbers);
    for (const entry of numbers) {
      if (!isObject(entry) || !REGISTRATION_TYPES.includes(entry.Type as string))
        return invalid('RegistrationNumbers', JSON.stringify(entry));
      const number = entry.RegistrationNumber;
      if (number !== null && number !== undefined && (typeof number !== 'string' || number.length > 50))
        return invalid('RegistrationNumbers', JSON.stringify(entry));
    }
  }
  const notes = detail.Notes;
  if (notes !== undefined) {
    if (!Array.isArray(notes)) return invalid('Notes', notes);
    for (const note of notes)
      if (!isObject(note) || typeof note.Body !== 'string' || !NOTE_TYPES.includes(note.Type as string))
        return invalid('Notes', JSON.stringify(note));
  }
  return undefined;
}
