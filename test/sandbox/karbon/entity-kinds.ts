// What differs between Karbon's two client entity sets (Contacts = UI "People", and Organizations).
import type { SandboxRequest, SandboxResponse } from '../core/types';
import { errors, karbonError, resourceNotFound } from './errors';
import type { FilterRules } from './odata-filter';
import { toCards, toContact, toOrganization, type NewKey } from './normalize';
import { contactFullName, type KarbonContact, type KarbonEntityBase, type KarbonOrganization } from './records';
import { CONTACT_RULES, ORGANIZATION_RULES, type EntityRules } from './request-body';
import { contactDetail, contactSummary, organizationDetail, organizationSummary, type Expansion } from './serialize';
import type { KarbonStore } from './store';
import { mergeAccountingDetail } from './write-rules';
import { publicUrl } from './public-url';

type Json = Record<string, unknown>;

export interface EntityKind<R extends KarbonEntityBase> {
  kind: 'Contact' | 'Organization';
  set: 'Contacts' | 'Organizations';
  body: EntityRules;
  filter: FilterRules;
  expansions: readonly Expansion[];
  records: (store: KarbonStore) => Map<string, R>;
  key: (record: R) => string;
  fullName: (record: R) => string;
  summary: (record: R) => Json;
  detail: (store: KarbonStore, record: R, base: string, expand: ReadonlySet<Expansion>) => Json;
  /** Builds the stored record from a checked POST/PUT body; `current` is set for PUT. */
  fromBody: (body: Json, key: string | undefined, newKey: NewKey, now: string, current?: R) => R;
  save: (store: KarbonStore, record: R) => R;
  patchable: readonly string[];
  patchRejected: () => SandboxResponse;
  notFound: {
    get: (key: string) => SandboxResponse;
    put: (req: SandboxRequest) => SandboxResponse;
    patch: () => SandboxResponse;
  };
  udiFunction: RegExp;
  udiNotFound: () => SandboxResponse;
}

/** PUT replaces the documented fields, except that omitted RestrictionLevel, BusinessCards and AccountingDetail are kept. */
function putBody<R extends KarbonEntityBase>(body: Json, current: R | undefined): Json {
  if (!current) return body;
  return {
    ...body,
    RestrictionLevel: body.RestrictionLevel ?? current.RestrictionLevel,
    BusinessCards: body.BusinessCards ?? current.BusinessCards,
    AccountingDetail: mergeAccountingDetail(current.AccountingDetail, body.AccountingDetail),
    ClientTeam: body.ClientTeam ?? current.ClientTeam,
  };
}

/** A new entity starts with one empty primary card, as in Karbon's UI (karbon-ui §4). */
function withCards(raw: Json, type: 'Contact' | 'Organization', key: string, newKey: NewKey) {
  const cards = toCards(raw.BusinessCards, { type, key }, newKey);
  return cards.length > 0 ? cards : toCards([{ IsPrimaryCard: true }], { type, key }, newKey);
}

export const CONTACTS: EntityKind<KarbonContact> = {
  kind: 'Contact',
  set: 'Contacts',
  body: CONTACT_RULES,
  filter: {
    dto: 'ContactSummaryDTO',
    eq: ['FullName', 'EmailAddress', 'PhoneNumber', 'ContactType', 'ExternalKey'],
    contains: ['FullName', 'EmailAddress', 'PhoneNumber', 'ContactType'],
    known: [
      'ContactKey',
      'PreferredName',
      'Salutation',
      'ClientOwner',
      'ClientManager',
      'Address',
      'RoleOrTitle',
      'UserDefinedIdentifier',
      'LastModifiedDateTime',
    ],
  },
  expansions: ['BusinessCards', 'ClientTeam', 'ClientAccess'],
  records: (store) => store.contacts,
  key: (c) => c.ContactKey,
  fullName: contactFullName,
  summary: contactSummary,
  detail: (_store, c, base, expand) => contactDetail(c, base, expand),
  fromBody: (body, key, newKey, now, current) => {
    const merged = putBody(body, current);
    const record = toContact({ ...merged, ContactKey: key, BusinessCards: [] }, newKey, now);
    return {
      ...record,
      BusinessCards: withCards(merged, 'Contact', record.ContactKey, newKey),
      AvatarUrl: current?.AvatarUrl ?? null,
      ClientAccess: current?.ClientAccess ?? [],
      ExternalKey: current?.ExternalKey ?? null,
    };
  },
  save: (store, c) => store.saveContact(c),
  patchable: ['FirstName', 'MiddleName', 'LastName', 'PreferredName', 'Salutation', 'Suffix', 'RestrictionLevel'],
  patchRejected: () =>
    errors.patchProperty('FirstName, MiddleName, LastName, PreferredName, Salutation, Suffix, RestrictionLevel'),
  notFound: { get: () => errors.contactNotFound(), put: () => resourceNotFound(), patch: () => resourceNotFound() },
  udiFunction: /^GetContactByUserDefinedIdentifier\(UserDefinedIdentifier='(.*)'\)$/,
  udiNotFound: () => errors.udiNotFound('Contact'),
};

export const ORGANIZATIONS: EntityKind<KarbonOrganization> = {
  kind: 'Organization',
  set: 'Organizations',
  body: ORGANIZATION_RULES,
  filter: {
    dto: 'OrganizationSummaryDTO',
    eq: ['FullName', 'EmailAddress', 'ContactType', 'ExternalKey'],
    // Organizations allow only `eq` and `and` (KarbonAPI.json GET /v3/Organizations notes).
    contains: [],
    known: ['OrganizationKey', 'PhoneNumber', 'Website', 'UserDefinedIdentifier', 'LastModifiedDateTime'],
  },
  expansions: ['BusinessCards', 'ClientTeam', 'Contacts'],
  records: (store) => store.organizations,
  key: (o) => o.OrganizationKey,
  fullName: (o) => o.FullName,
  summary: organizationSummary,
  detail: (store, o, base, expand) =>
    organizationDetail(o, base, expand, () =>
      [...store.contacts.values()].filter((c) => c.BusinessCards.some((b) => b.OrganizationKey === o.OrganizationKey)),
    ),
  fromBody: (body, key, newKey, now, current) => {
    const merged = putBody(body, current);
    const record = toOrganization({ ...merged, OrganizationKey: key, BusinessCards: [] }, newKey, now);
    return {
      ...record,
      BusinessCards: withCards(merged, 'Organization', record.OrganizationKey, newKey),
      ExternalKey: current?.ExternalKey ?? null,
    };
  },
  save: (store, o) => store.saveOrganization(o),
  patchable: ['FullName', 'RestrictionLevel'],
  // Karbon's own example text for this case (example Update_Unsupported_Property).
  patchRejected: () => karbonError(400, '4002', 'Invalid property to update. Only FullName can be patched'),
  notFound: {
    get: (key) => errors.organizationNotFound(key),
    put: (req) => errors.noHttpResource(publicUrl(req).href),
    patch: () => resourceNotFound(),
  },
  udiFunction: /^GetOrganizationByUserDefinedIdentifier\(UserDefinedIdentifier='(.*)'\)$/,
  udiNotFound: () => errors.udiNotFound('Organization'),
};
