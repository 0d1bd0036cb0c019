import { ApiError, isApiError } from './api-error';
import { systemClock, type Clock } from './clock';
import { buildUrl, createHttpCore, parseJson, type CoreResponse, type FetchLike } from './http-core';
import { KARBON_RATE_POLICY, createRateLimiter, type RateLimiter } from './rate-limiter';
import { DEFAULT_TIMEOUT_MS } from './retry-policy';
import { parseRecords, type ParsedRecords } from './schemas/parse-records';
import {
  KARBON_CARD_WRITABLE,
  KARBON_CONTACT_WRITABLE,
  KARBON_ORGANIZATION_WRITABLE,
  KarbonBusinessCardSchema,
  KarbonContactSchema,
  KarbonContactSummarySchema,
  KarbonCustomFieldSchema,
  KarbonListSchema,
  KarbonOrganizationSchema,
  KarbonOrganizationSummarySchema,
  KarbonTenantSettingsSchema,
  type KarbonBusinessCard,
  type KarbonBusinessCardInput,
  type KarbonContact,
  type KarbonContactInput,
  type KarbonContactSummary,
  type KarbonCustomField,
  type KarbonCustomFieldInput,
  type KarbonOrganization,
  type KarbonOrganizationInput,
  type KarbonOrganizationSummary,
  type KarbonTenantSettings,
} from './schemas/karbon';
import { karbonError } from './karbon-errors';
import type { z } from 'zod';

/** Read-modify-write attempts when Karbon answers 409 (someone else saved in between; reference B1). */
export const KARBON_CONFLICT_ATTEMPTS = 3;

/** The API application's key pair, entered in Options. */
export interface KarbonCredentials {
  /** Application token, sent as `Authorization: Bearer`. */
  bearer: string;
  /** Tenant key (a JWT), sent as `AccessKey`. */
  accessKey: string;
}

export interface KarbonClientOptions {
  fetch: FetchLike;
  /** Karbon root, `endpoints.karbonApi`. */
  baseUrl: string;
  /** The key pair (read on every request, so a change in Options applies at once). */
  getCredentials: () => Promise<KarbonCredentials> | KarbonCredentials;
  limiter?: RateLimiter;
  clock?: Clock;
  timeoutMs?: number;
}

export interface KarbonListOptions {
  /** OData `$filter`, e.g. `EmailAddress eq 'a@b.com'` (use `odataString` for values). */
  filter?: string;
  /** OData `$orderby` (FullName or LastModifiedDateTime, optionally ` desc`). */
  orderBy?: string;
  /** Incremental read: orders by LastModifiedDateTime desc and stops at the first record not newer than this. */
  modifiedSince?: Date;
  /**
   * Resume a list at a saved `@odata.nextLink` (a page's `next`) instead of its first page; the link must point at
   * this list on the configured Karbon host, so saved state cannot send the key pair elsewhere. `filter` and
   * `orderBy` are then the link's own.
   */
  startAt?: string;
}

/** One page of a list; the server decides the page size (at most 100) and `@odata.nextLink` continues it. */
export interface KarbonPage<T> extends ParsedRecords<T> {
  count?: number;
  /** The checked `@odata.nextLink` (absolute) to pass as `startAt` when a read stops after this page. */
  next?: string;
}

/** A create that may have found its record already there (keyed by UserDefinedIdentifier). */
export interface KarbonCreated<T> {
  record: T;
  /** True when a record with the same UserDefinedIdentifier already existed (e.g. our own earlier attempt). */
  existed: boolean;
}

/** Quotes a value for an OData string literal (single quotes doubled). */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** The writable fields that hold a value; null and '' are left out (an empty UserDefinedIdentifier would collide). */
function pickDefined(source: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const value = source[field];
    if (value !== undefined && value !== null && value !== '') out[field] = value;
  }
  return out;
}

/** Creates the Karbon API v3 client for one firm (one API application key pair). */
export function createKarbonClient(options: KarbonClientOptions) {
  const clock = options.clock ?? systemClock;
  const http = createHttpCore({
    service: 'karbon',
    fetch: options.fetch,
    clock,
    limiter: options.limiter ?? createRateLimiter(KARBON_RATE_POLICY, clock),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    refreshOn401: false,
    authHeaders: async () => {
      const { bearer, accessKey } = await options.getCredentials();
      return { authorization: `Bearer ${bearer}`, accesskey: accessKey, accept: 'application/json' };
    },
    toError: (response) => karbonError(response, clock.now()),
  });
  const root = new URL(options.baseUrl);
  const url = (path: string, query?: Record<string, string | undefined>) => buildUrl(options.baseUrl, path, query);

  const rootPath = root.pathname.endsWith('/') ? root.pathname : `${root.pathname}/`;

  function nextUrl(link: string, entity: 'Contacts' | 'Organizations'): string {
    const next = new URL(link, options.baseUrl);
    // The credentials go with every request: never follow a nextLink off the configured host or onto another list.
    const path = next.pathname.slice(rootPath.length);
    if (next.origin !== root.origin || !next.pathname.startsWith(rootPath) || path !== entity) {
      throw new ApiError({
        service: 'karbon',
        kind: 'bad-response',
        message: `nextLink leaves ${root.origin}/${entity}`,
      });
    }
    return next.href;
  }

  function one<S extends z.ZodType>(schema: S, label: string, keys: { id: string; name: string }) {
    return (response: CoreResponse): z.output<S> | undefined => {
      if (response.status === 404) return undefined;
      const parsed = parseRecords([parseJson('karbon', response)], schema, keys, label);
      const record = parsed.records[0];
      if (record === undefined) {
        throw new ApiError({ service: 'karbon', kind: 'invalid-record', message: parsed.rejected[0]?.error ?? label });
      }
      return record;
    };
  }

  const contactOf: (r: CoreResponse) => KarbonContact | undefined = one(KarbonContactSchema, 'Karbon contact', {
    id: 'ContactKey',
    name: 'LastName',
  });
  const organizationOf: (r: CoreResponse) => KarbonOrganization | undefined = one(
    KarbonOrganizationSchema,
    'Karbon organization',
    {
      id: 'OrganizationKey',
      name: 'FullName',
    },
  );
  const cardOf: (r: CoreResponse) => KarbonBusinessCard | undefined = one(
    KarbonBusinessCardSchema,
    'Karbon business card',
    { id: 'BusinessCardKey', name: 'EntityKey' },
  );

  async function get<T>(
    path: string,
    parse: (r: CoreResponse) => T | undefined,
    query?: Record<string, string | undefined>,
  ) {
    return http.send({ method: 'GET', url: url(path, query), retrySafe: true, accept: [404] }, parse);
  }

  function listPages<S extends z.ZodType>(
    entity: 'Contacts' | 'Organizations',
    schema: S,
    keys: { id: string; name: string },
    label: string,
  ) {
    return async function* pages(listOptions: KarbonListOptions = {}): AsyncGenerator<KarbonPage<z.output<S>>> {
      const since = listOptions.modifiedSince?.getTime();
      const orderBy = since === undefined ? listOptions.orderBy : 'LastModifiedDateTime desc';
      let next: string | undefined =
        listOptions.startAt === undefined
          ? url(entity, { $filter: listOptions.filter, $orderby: orderBy })
          : nextUrl(listOptions.startAt, entity);
      while (next !== undefined) {
        const body: z.output<typeof KarbonListSchema> = await http.send(
          { method: 'GET', url: next, retrySafe: true },
          (response) => {
            const parsed = KarbonListSchema.safeParse(parseJson('karbon', response));
            if (!parsed.success) throw new ApiError({ service: 'karbon', kind: 'bad-response', message: 'No value[]' });
            return parsed.data;
          },
        );
        const page: ParsedRecords<z.output<S>> = parseRecords(body.value, schema, keys, label);
        let reachedCursor = false;
        if (since !== undefined) {
          const fresh = page.records.filter((record: z.output<S>) => {
            const modified = Date.parse(String((record as { LastModifiedDateTime?: string }).LastModifiedDateTime));
            return Number.isNaN(modified) || modified > since;
          });
          reachedCursor = fresh.length < page.records.length;
          page.records = fresh;
        }
        // Newest first: once a record at or before the cursor shows up, every later page is older (reference B2).
        const link = body['@odata.nextLink'];
        next = reachedCursor || link === undefined ? undefined : nextUrl(link, entity);
        yield {
          ...page,
          ...(body['@odata.count'] === undefined ? {} : { count: body['@odata.count'] }),
          ...(next === undefined ? {} : { next }),
        };
      }
    };
  }

  async function collect<T>(pages: AsyncGenerator<KarbonPage<T>>): Promise<ParsedRecords<T>> {
    const all: ParsedRecords<T> = { records: [], rejected: [] };
    for await (const page of pages) {
      all.records.push(...page.records);
      all.rejected.push(...page.rejected);
    }
    return all;
  }

  async function create<T>(
    path: 'Contacts' | 'Organizations',
    body: KarbonContactInput | KarbonOrganizationInput,
    parse: (r: CoreResponse) => T | undefined,
    byUdi: (udi: string) => Promise<T | undefined>,
  ): Promise<KarbonCreated<T>> {
    const udi = body.UserDefinedIdentifier;
    try {
      const record = await http.send(
        {
          method: 'POST',
          url: url(path),
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
          // A UserDefinedIdentifier is unique (reference B4), so a repeat cannot duplicate: safe to resend.
          retrySafe: udi !== undefined && udi !== '',
          retryOn5xx: false,
        },
        parse,
      );
      if (record === undefined)
        throw new ApiError({ service: 'karbon', kind: 'bad-response', message: 'Empty create' });
      return { record, existed: false };
    } catch (error) {
      if (!isApiError(error, 'duplicate') || !udi) throw error;
      const existing = await byUdi(udi);
      if (existing === undefined) throw error;
      return { record: existing, existed: true };
    }
  }

  async function readModifyWrite<C, B>(
    read: () => Promise<C | undefined>,
    write: (body: B, current: C) => Promise<void>,
    toBody: (current: C) => B,
    mutate: (body: B, current: C) => B,
    what: string,
    known?: C,
  ): Promise<B> {
    for (let attempt = 1; ; attempt++) {
      // A caller that has just read the record (e.g. inside its detail) saves the first read.
      const current = attempt === 1 && known !== undefined ? known : await read();
      if (current === undefined)
        throw new ApiError({ service: 'karbon', kind: 'not-found', message: `${what} not found` });
      try {
        const body = mutate(toBody(current), current);
        await write(body, current);
        return body;
      } catch (error) {
        // 409: another writer saved first. Re-read and re-apply our change on top of theirs.
        if (!isApiError(error, 'conflict') || attempt >= KARBON_CONFLICT_ATTEMPTS) throw error;
      }
    }
  }

  // Karbon documents the 409 but not its version token; If-Match with the LastModifiedDateTime we read lets a server
  // that honours it refuse a lost update, and is ignored otherwise.
  const put =
    (path: string) =>
    (body: unknown, current?: { LastModifiedDateTime?: string }): Promise<void> =>
      http.send(
        {
          method: 'PUT',
          url: url(path),
          headers: {
            'content-type': 'application/json',
            ...(current?.LastModifiedDateTime ? { 'if-match': `"${current.LastModifiedDateTime}"` } : {}),
          },
          body: JSON.stringify(body),
          retrySafe: true,
        },
        () => undefined,
      );

  const patch = <T>(path: string, body: unknown, parse: (r: CoreResponse) => T | undefined) =>
    http.send(
      {
        method: 'PATCH',
        url: url(path),
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        retrySafe: true,
      },
      parse,
    );

  const key = (value: string) => encodeURIComponent(value);
  const udiPath = (entity: 'Contacts' | 'Organizations', fn: string, udi: string) =>
    `${entity}/${fn}(UserDefinedIdentifier=${encodeURIComponent(odataString(udi))})`;

  const getContact = (contactKey: string, expand: string[] = ['BusinessCards']) =>
    get(`Contacts/${key(contactKey)}`, contactOf, { $expand: expand.length > 0 ? expand.join(',') : undefined });
  const getOrganization = (organizationKey: string, expand: string[] = ['BusinessCards']) =>
    get(`Organizations/${key(organizationKey)}`, organizationOf, {
      $expand: expand.length > 0 ? expand.join(',') : undefined,
    });
  const getContactByUdi = (udi: string) =>
    get(udiPath('Contacts', 'GetContactByUserDefinedIdentifier', udi), contactOf, { $expand: 'BusinessCards' });
  const getOrganizationByUdi = (udi: string) =>
    get(udiPath('Organizations', 'GetOrganizationByUserDefinedIdentifier', udi), organizationOf, {
      $expand: 'BusinessCards',
    });
  const getBusinessCard = (cardKey: string) => get(`BusinessCards/${key(cardKey)}`, cardOf);

  const listContactPages: (o?: KarbonListOptions) => AsyncGenerator<KarbonPage<KarbonContactSummary>> = listPages(
    'Contacts',
    KarbonContactSummarySchema,
    { id: 'ContactKey', name: 'FullName' },
    'Karbon contact',
  );
  const listOrganizationPages: (o?: KarbonListOptions) => AsyncGenerator<KarbonPage<KarbonOrganizationSummary>> =
    listPages(
      'Organizations',
      KarbonOrganizationSummarySchema,
      { id: 'OrganizationKey', name: 'FullName' },
      'Karbon organization',
    );

  return {
    /** Pages of people, following `@odata.nextLink` verbatim. */
    listContactPages,
    /** Every person matching the options. */
    listContacts: (o?: KarbonListOptions): Promise<ParsedRecords<KarbonContactSummary>> => collect(listContactPages(o)),
    /** Pages of organizations, following `@odata.nextLink` verbatim. */
    listOrganizationPages,
    /** Every organization matching the options. */
    listOrganizations: (o?: KarbonListOptions): Promise<ParsedRecords<KarbonOrganizationSummary>> =>
      collect(listOrganizationPages(o)),

    /** A person with its business cards (by default); undefined on 404. */
    getContact,
    /** An organization with its business cards (by default); undefined on 404. */
    getOrganization,
    /** A person by UserDefinedIdentifier (case-insensitive); undefined on 404. */
    getContactByUdi,
    /** An organization by UserDefinedIdentifier; undefined on 404. */
    getOrganizationByUdi,

    /** Creates a person; with a UserDefinedIdentifier the create is keyed and returns an existing match instead. */
    createContact: (body: KarbonContactInput): Promise<KarbonCreated<KarbonContact>> =>
      create('Contacts', body, contactOf, getContactByUdi),
    /** Creates an organization; keyed by UserDefinedIdentifier like createContact. */
    createOrganization: (body: KarbonOrganizationInput): Promise<KarbonCreated<KarbonOrganization>> =>
      create('Organizations', body, organizationOf, getOrganizationByUdi),

    /** Changes a person by read-modify-write PUT (cards untouched unless `mutate` sets BusinessCards); re-applies on 409. */
    updateContact: (
      contactKey: string,
      mutate: (body: KarbonContactInput, current: KarbonContact) => KarbonContactInput,
    ) =>
      readModifyWrite(
        () => getContact(contactKey, []),
        put(`Contacts/${key(contactKey)}`),
        (current) => pickDefined(current, KARBON_CONTACT_WRITABLE) as unknown as KarbonContactInput,
        mutate,
        `Karbon contact ${contactKey}`,
      ),
    /** Changes an organization by read-modify-write PUT; re-applies on 409. */
    updateOrganization: (
      organizationKey: string,
      mutate: (body: KarbonOrganizationInput, current: KarbonOrganization) => KarbonOrganizationInput,
    ) =>
      readModifyWrite(
        () => getOrganization(organizationKey, []),
        put(`Organizations/${key(organizationKey)}`),
        (current) => pickDefined(current, KARBON_ORGANIZATION_WRITABLE) as unknown as KarbonOrganizationInput,
        mutate,
        `Karbon organization ${organizationKey}`,
      ),

    /** PATCHes a person's names (PATCH accepts only names and RestrictionLevel, reference B3). */
    patchContact: (
      contactKey: string,
      body: Partial<
        Pick<KarbonContactInput, 'FirstName' | 'MiddleName' | 'LastName' | 'PreferredName' | 'Salutation' | 'Suffix'>
      >,
    ) => patch(`Contacts/${key(contactKey)}`, body, contactOf),
    /** PATCHes an organization's FullName. */
    patchOrganization: (organizationKey: string, body: { FullName: string }) =>
      patch(`Organizations/${key(organizationKey)}`, body, organizationOf),

    /** One business card; undefined on 404. */
    getBusinessCard,
    /**
     * Changes a card: PUT replaces the whole card, so read it (unless `known` is the card as just read within its
     * record), apply `mutate`, send it all back; re-reads and re-applies on 409. Returns the body written.
     */
    updateBusinessCard: (
      cardKey: string,
      mutate: (card: KarbonBusinessCardInput, current: KarbonBusinessCard) => KarbonBusinessCardInput,
      known?: KarbonBusinessCard,
    ) =>
      readModifyWrite(
        () => getBusinessCard(cardKey),
        (body) => put(`BusinessCards/${key(cardKey)}`)(body),
        (current) => pickDefined(current, KARBON_CARD_WRITABLE) as KarbonBusinessCardInput,
        mutate,
        `Karbon business card ${cardKey}`,
        known,
      ),

    /** The firm's custom field definitions (rows that do not parse are reported in `rejected`). */
    listCustomFields: (): Promise<ParsedRecords<KarbonCustomField>> =>
      http.send({ method: 'GET', url: url('CustomFields'), retrySafe: true }, (response) => {
        const parsed = KarbonListSchema.safeParse(parseJson('karbon', response));
        if (!parsed.success) throw new ApiError({ service: 'karbon', kind: 'bad-response', message: 'CustomFields' });
        return parseRecords(parsed.data.value, KarbonCustomFieldSchema, { id: 'Key', name: 'Name' }, 'custom field');
      }),
    /** Defines a custom field; answers the definition with its Key. */
    createCustomField: (body: KarbonCustomFieldInput): Promise<KarbonCustomField> =>
      http.send(
        {
          method: 'POST',
          url: url('CustomFields'),
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
          retrySafe: false,
        },
        one(KarbonCustomFieldSchema, 'custom field', { id: 'Key', name: 'Name' }) as (
          r: CoreResponse,
        ) => KarbonCustomField,
      ),
    /** Deletes a custom field definition; false when it was already gone. */
    deleteCustomField: (definitionKey: string): Promise<boolean> =>
      http.send(
        { method: 'DELETE', url: url(`CustomFields/${key(definitionKey)}`), retrySafe: true, accept: [404] },
        (response) => response.status !== 404,
      ),

    /** The firm's settings; ContactTypes as `{ Name, ContactTypeKey? }`. */
    getTenantSettings: (): Promise<KarbonTenantSettings> =>
      http.send({ method: 'GET', url: url('TenantSettings'), retrySafe: true }, (response) => {
        const parsed = KarbonTenantSettingsSchema.safeParse(parseJson('karbon', response));
        if (!parsed.success) throw new ApiError({ service: 'karbon', kind: 'bad-response', message: 'TenantSettings' });
        return parsed.data;
      }),
  };
}

export type KarbonClient = ReturnType<typeof createKarbonClient>;
