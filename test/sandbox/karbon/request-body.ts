// Reads and checks Karbon request bodies against the documented request schemas (specs/KarbonAPI.json
// CreateContact, CreateOrganization, UpdateOrganization, BusinessCardRequest), answering Karbon's error shapes.
import type { SandboxRequest, SandboxResponse } from '../core/types';
import { checkAccountingDetail } from './accounting-detail';
import { errors } from './errors';
import { isObject } from './normalize';

type Json = Record<string, unknown>;
type Result = Json | SandboxResponse;

/** Bodies larger than this are refused before parsing; Karbon documents no size, IIS's default is 30 MB. */
export const MAX_BODY_BYTES = 1_000_000;

export function isResponse(value: unknown): value is SandboxResponse {
  return isObject(value) && typeof value.status === 'number';
}

/** Parses a JSON body; a missing or malformed one reads as null, which Karbon answers with code 4005. */
export function readJson(req: SandboxRequest, what: string): Result {
  const type = String(req.headers['content-type'] ?? '');
  if (req.body.length > 0 && !/^application\/(?:[\w.+-]+\+)?json\b/i.test(type))
    return errors.unsupportedMediaType(type.split(';')[0] || 'application/octet-stream');
  if (req.body.length > MAX_BODY_BYTES)
    return { status: 413, headers: { 'content-type': 'text/plain' }, body: 'Request Entity Too Large' };
  try {
    const parsed: unknown = JSON.parse(req.body.toString('utf8'));
    return isObject(parsed) ? parsed : errors.missingData(what);
  } catch {
    return errors.missingData(what);
  }
}

const unknownProperty = (name: string, dto: string) =>
  errors.badRequest(
    `The property '${name}' does not exist on type 'KarbonService.${dto}'. Make sure to only use property names that are defined by the type.`,
  );
const wrongType = (name: string, type: string) =>
  errors.badRequest(`Cannot convert the literal value of '${name}' to the expected type '${type}'.`);
const tooLong = (name: string, max: number) =>
  errors.badRequest(`The field ${name} must be a string with a maximum length of ${max}.`);

const CARD_KEYS = [
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
];
const ADDRESS_LIMITS: Record<string, number> = {
  AddressKey: 100,
  AddressLines: 200,
  City: 100,
  StateProvinceCounty: 100,
  ZipCode: 20,
  CountryCode: 2,
  Label: 20,
};
const PHONE_LIMITS: Record<string, number> = { PhoneNumberKey: 100, Number: 20, CountryCode: 2, Label: 20 };
const ADDRESS_LABELS = ['Physical', 'Mailing', 'Legal', 'Home'];
const PHONE_LABELS = ['Work', 'Mobile', 'Office', 'Fax', 'Home', 'Other'];

function checkStrings(body: Json, names: readonly string[]): SandboxResponse | undefined {
  for (const name of names) {
    const value = body[name];
    if (value !== undefined && value !== null && typeof value !== 'string') return wrongType(name, 'Edm.String');
  }
  return undefined;
}

function checkParts(
  parts: unknown,
  name: string,
  limits: Record<string, number>,
  labels: string[],
): SandboxResponse | undefined {
  if (parts === undefined || parts === null) return undefined;
  if (!Array.isArray(parts)) return wrongType(name, 'Collection');
  for (const part of parts) {
    if (!isObject(part)) return wrongType(name, 'Collection');
    for (const [key, value] of Object.entries(part)) {
      const max = limits[key];
      if (max === undefined) return unknownProperty(key, name === 'Addresses' ? 'AddressDTO' : 'PhoneNumberDTO');
      if (value === null) continue;
      if (typeof value !== 'string') return wrongType(key, 'Edm.String');
      if (value.length > max) return tooLong(key, max);
    }
    if (typeof part.Label === 'string' && !labels.includes(part.Label))
      return errors.badRequest(
        `The value '${part.Label}' is not a valid ${name === 'Addresses' ? 'address' : 'phone'} label.`,
      );
    if (typeof part.CountryCode === 'string' && part.CountryCode !== '' && !/^[A-Z]{2}$/.test(part.CountryCode))
      return errors.badRequest(`The CountryCode '${part.CountryCode}' is not a valid ISO 3166-1 alpha-2 code.`);
  }
  return undefined;
}

/** Checks one BusinessCardRequest. */
export function checkCard(card: unknown): SandboxResponse | undefined {
  if (!isObject(card)) return wrongType('BusinessCards', 'KarbonService.BusinessCardDTO');
  for (const key of Object.keys(card))
    if (!CARD_KEYS.includes(key) && !key.startsWith('@odata.')) return unknownProperty(key, 'BusinessCardDTO');
  const stringError = checkStrings(card, [
    'BusinessCardKey',
    'EntityType',
    'EntityKey',
    'OrganizationKey',
    'RoleOrTitle',
    'FacebookLink',
    'LinkedInLink',
    'TwitterLink',
    'SkypeLink',
  ]);
  if (stringError) return stringError;
  if (
    card.EntityType !== undefined &&
    card.EntityType !== null &&
    !['Contact', 'Organization', 'ClientGroup'].includes(card.EntityType as string)
  )
    return errors.badRequest(`The value '${String(card.EntityType)}' is not a valid EntityType.`);
  if (card.IsPrimaryCard !== undefined && typeof card.IsPrimaryCard !== 'boolean')
    return wrongType('IsPrimaryCard', 'Edm.Boolean');
  for (const list of ['WebSites', 'EmailAddresses']) {
    const value = card[list];
    if (value !== undefined && value !== null && (!Array.isArray(value) || value.some((v) => typeof v !== 'string')))
      return wrongType(list, 'Collection(Edm.String)');
  }
  return (
    checkParts(card.Addresses, 'Addresses', ADDRESS_LIMITS, ADDRESS_LABELS) ??
    checkParts(card.PhoneNumbers, 'PhoneNumbers', PHONE_LIMITS, PHONE_LABELS)
  );
}

export interface EntityRules {
  dto: 'ContactDTO' | 'OrganizationDTO';
  /** Writable properties (the request schema). */
  writable: readonly string[];
  /** Properties of the read shape a client may echo back; accepted and ignored. */
  readOnly: readonly string[];
  required: readonly string[];
  strings: readonly string[];
}

export const CONTACT_RULES: EntityRules = {
  dto: 'ContactDTO',
  writable: [
    'FirstName',
    'MiddleName',
    'LastName',
    'PreferredName',
    'Salutation',
    'Suffix',
    'RestrictionLevel',
    'ClientOwner',
    'ClientManager',
    'ContactType',
    'UserDefinedIdentifier',
    'BusinessCards',
    'EntityDescription',
    'AccountingDetail',
    'ClientTeam',
  ],
  readOnly: ['ContactKey', 'AvatarUrl', 'LastModifiedDateTime', 'ClientAccess'],
  required: ['FirstName', 'LastName'],
  strings: [
    'FirstName',
    'MiddleName',
    'LastName',
    'PreferredName',
    'Salutation',
    'Suffix',
    'RestrictionLevel',
    'ClientOwner',
    'ClientManager',
    'ContactType',
    'UserDefinedIdentifier',
  ],
};

export const ORGANIZATION_RULES: EntityRules = {
  dto: 'OrganizationDTO',
  writable: [
    'FullName',
    'ClientOwner',
    'ClientManager',
    'ContactType',
    'UserDefinedIdentifier',
    'RestrictionLevel',
    'BusinessCards',
    'EntityDescription',
    'AccountingDetail',
    'ClientTeam',
  ],
  readOnly: ['OrganizationKey', 'LastModifiedDateTime', 'Contacts'],
  required: ['FullName'],
  strings: ['FullName', 'ClientOwner', 'ClientManager', 'ContactType', 'UserDefinedIdentifier', 'RestrictionLevel'],
};

/** Checks a POST/PUT body for a Contact or Organization. */
export function checkEntityBody(body: Json, rules: EntityRules): SandboxResponse | undefined {
  for (const key of Object.keys(body))
    if (!rules.writable.includes(key) && !rules.readOnly.includes(key) && !key.startsWith('@odata.'))
      return unknownProperty(key, rules.dto);
  const stringError = checkStrings(body, rules.strings);
  if (stringError) return stringError;
  for (const name of rules.required) {
    const value = body[name];
    if (typeof value !== 'string' || value.trim() === '') return errors.missingData(name);
  }
  if (body.RestrictionLevel !== undefined && body.RestrictionLevel !== null) {
    if (!['Public', 'Private', 'Hidden'].includes(body.RestrictionLevel as string))
      return errors.badRequest(`The value '${String(body.RestrictionLevel)}' is not a valid RestrictionLevel.`);
  }
  if (body.EntityDescription !== undefined && body.EntityDescription !== null) {
    if (
      !isObject(body.EntityDescription) ||
      (body.EntityDescription.Text !== undefined && typeof body.EntityDescription.Text !== 'string')
    )
      return wrongType('EntityDescription', 'KarbonService.EntityDescriptionDTO');
  }
  if (body.AccountingDetail !== undefined && body.AccountingDetail !== null) {
    if (!isObject(body.AccountingDetail)) return wrongType('AccountingDetail', 'KarbonService.AccountingDetailDTO');
    const accountingError = checkAccountingDetail(body.AccountingDetail);
    if (accountingError) return accountingError;
  }
  if (
    body.ClientTeam !== undefined &&
    body.ClientTeam !== null &&
    (!Array.isArray(body.ClientTeam) || !body.ClientTeam.every(isObject))
  )
    return wrongType('ClientTeam', 'Collection(KarbonService.ClientTeamDTO)');
  if (body.BusinessCards !== undefined && body.BusinessCards !== null) {
    if (!Array.isArray(body.BusinessCards))
      return wrongType('BusinessCards', 'Collection(KarbonService.BusinessCardDTO)');
    for (const card of body.BusinessCards) {
      const cardError = checkCard(card);
      if (cardError) return cardError;
    }
  }
  return undefined;
}
