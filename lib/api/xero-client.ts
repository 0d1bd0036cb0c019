import { ApiError } from './api-error';
import { buildUrl, parseJson, type CoreResponse } from './http-core';
import { parseRecords, type ParsedRecords, type RejectedRecord } from './schemas/parse-records';
import {
  XeroContactSchema,
  XeroContactsEnvelopeSchema,
  XeroErrorSchema,
  type XeroContact,
  type XeroContactInput,
} from './schemas/xero-contact';
import { validationMessages, xeroError } from './xero-errors';
import { formatIfModifiedSince } from './xero-date';
import { createXeroTenantHttp, type XeroTenantClientOptions } from './xero-tenant-http';

/** Largest page Xero serves for GET /Contacts since July 2024 (reference §4). */
export const XERO_MAX_PAGE_SIZE = 1000;

/** Contacts per PUT/POST: Xero recommends about 50 elements per request (reference §5). */
export const XERO_WRITE_BATCH_SIZE = 50;

/** Xero caps `Idempotency-Key` at 128 characters (spec, parameter idempotencyKey). */
export const XERO_IDEMPOTENCY_KEY_MAX = 128;

/** Default list order: oldest change first, so a checkpoint after each page is a valid high-water mark. */
export const XERO_DEFAULT_ORDER = 'UpdatedDateUTC ASC';

export interface XeroClientOptions extends XeroTenantClientOptions {
  /** Source of idempotency keys when the caller gives none (defaults to crypto.randomUUID). */
  newIdempotencyKey?: () => string;
}

export interface XeroListOptions {
  /** Only contacts changed after this instant (`If-Modified-Since`). */
  modifiedSince?: Date;
  /** Include ARCHIVED contacts (default true, so archivals arrive as updates). */
  includeArchived?: boolean;
  /** `order` parameter (default `UpdatedDateUTC ASC`). */
  order?: string;
  /** Page size (default and maximum 1000). */
  pageSize?: number;
  /** First page to read (resume from a checkpoint; default 1). */
  startPage?: number;
  /** Extra `where` filter. */
  where?: string;
}

/** One page of contacts; `page` is what to store as a checkpoint. */
export interface XeroContactPage extends ParsedRecords<XeroContact> {
  page: number;
  pageCount?: number;
  itemCount?: number;
}

/** The outcome of one element of a batched write, in input order. */
export type XeroWriteResult =
  | { ok: true; index: number; contact: XeroContact }
  | { ok: false; index: number; input: XeroContactInput; errors: string[] };

export interface XeroWriteOptions {
  /** Base key; batch i is sent with `${idempotencyKey}:${i}` so a retried write runs once. */
  idempotencyKey?: string;
}

/** Escapes a value for a double-quoted string in a Xero `where` expression. */
export function whereString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Creates the Xero Accounting client for one organisation (contacts only). */
export function createXeroClient(options: XeroClientOptions) {
  const { clock, http } = createXeroTenantHttp(options, 'xero', 'application/json', xeroError);
  const newKey = options.newIdempotencyKey ?? (() => crypto.randomUUID());
  const url = (path: string, query?: Record<string, string | number | boolean | undefined>) =>
    buildUrl(options.baseUrl, path, query);

  function envelope(response: CoreResponse) {
    const parsed = XeroContactsEnvelopeSchema.safeParse(parseJson('xero', response));
    if (!parsed.success) {
      throw new ApiError({ service: 'xero', kind: 'bad-response', message: 'The Contacts envelope is missing' });
    }
    return parsed.data;
  }

  const parseContacts = (items: readonly unknown[]) =>
    parseRecords(items, XeroContactSchema, { id: 'ContactID', name: 'Name' }, 'Xero contact');

  function single(response: CoreResponse): XeroContact | undefined {
    if (response.status === 404) return undefined;
    const { records, rejected } = parseContacts(envelope(response).Contacts.slice(0, 1));
    const bad: RejectedRecord | undefined = rejected[0];
    if (bad) throw new ApiError({ service: 'xero', kind: 'invalid-record', message: bad.error });
    return records[0];
  }

  async function getSingle(idOrNumber: string): Promise<XeroContact | undefined> {
    return http.send(
      { method: 'GET', url: url(`Contacts/${encodeURIComponent(idOrNumber)}`), retrySafe: true, accept: [404] },
      single,
    );
  }

  async function find(where: string, includeArchived: boolean): Promise<ParsedRecords<XeroContact>> {
    return http.send(
      {
        method: 'GET',
        url: url('Contacts', { where, includeArchived: includeArchived || undefined, page: 1 }),
        retrySafe: true,
      },
      (response) => parseContacts(envelope(response).Contacts),
    );
  }

  function writeResults(inputs: readonly XeroContactInput[], offset: number, elements: readonly unknown[]) {
    return inputs.map((input, i): XeroWriteResult => {
      const index = offset + i;
      const element = elements[i];
      const errors = validationMessages(element);
      const flagged = (element as { HasValidationErrors?: unknown } | undefined)?.HasValidationErrors === true;
      if (element === undefined || flagged || errors.length > 0) {
        return { ok: false, index, input, errors: errors.length > 0 ? errors : ['Xero did not return this contact'] };
      }
      const parsed = parseContacts([element]);
      const contact = parsed.records[0];
      if (!contact) return { ok: false, index, input, errors: parsed.rejected.map((r) => r.error) };
      return { ok: true, index, contact };
    });
  }

  function parseWrite(inputs: readonly XeroContactInput[], offset: number) {
    return (response: CoreResponse): XeroWriteResult[] => {
      if (response.status === 400) {
        // With summarizeErrors=false Xero answers 200 per element; a 400 still lists the elements (spec Error schema).
        const error = XeroErrorSchema.safeParse(parseJson('xero', response));
        const elements = error.success ? error.data.Elements : undefined;
        if (!elements || elements.length !== inputs.length) throw xeroError(response, clock.now());
        return writeResults(inputs, offset, elements);
      }
      return writeResults(inputs, offset, envelope(response).Contacts);
    };
  }

  function batchKey(base: string | undefined, index: number): string {
    const key = base === undefined ? newKey() : `${base}:${index}`;
    if (key.length > XERO_IDEMPOTENCY_KEY_MAX) throw new RangeError(`Idempotency-Key longer than 128: ${key}`);
    return key;
  }

  async function writeBatches(
    method: 'PUT' | 'POST',
    inputs: readonly XeroContactInput[],
    writeOptions: XeroWriteOptions,
  ): Promise<XeroWriteResult[]> {
    const results: XeroWriteResult[] = [];
    const batches = chunk(inputs, XERO_WRITE_BATCH_SIZE);
    for (const [i, batch] of batches.entries()) {
      const part = await http.send(
        {
          method,
          url: url('Contacts', { summarizeErrors: false }),
          headers: { 'content-type': 'application/json', 'idempotency-key': batchKey(writeOptions.idempotencyKey, i) },
          body: JSON.stringify({ Contacts: batch }),
          // The Idempotency-Key makes a repeat a replay (reference §5), so retrying after a lost answer is safe.
          retrySafe: true,
          accept: [400],
        },
        parseWrite(batch, i * XERO_WRITE_BATCH_SIZE),
      );
      results.push(...part);
    }
    return results;
  }

  async function* listContactPages(listOptions: XeroListOptions = {}): AsyncGenerator<XeroContactPage> {
    const pageSize = Math.min(listOptions.pageSize ?? XERO_MAX_PAGE_SIZE, XERO_MAX_PAGE_SIZE);
    const headers: Record<string, string> = listOptions.modifiedSince
      ? { 'if-modified-since': formatIfModifiedSince(listOptions.modifiedSince) }
      : {};
    for (let page = listOptions.startPage ?? 1; ; page++) {
      const query = {
        page,
        pageSize,
        includeArchived: listOptions.includeArchived ?? true,
        order: listOptions.order ?? XERO_DEFAULT_ORDER,
        where: listOptions.where,
      };
      const result = await http.send(
        { method: 'GET', url: url('Contacts', query), headers, retrySafe: true, accept: [304] },
        (response) => {
          if (response.status === 304) return { raw: 0, page: { page, records: [], rejected: [] } };
          const body = envelope(response);
          return {
            raw: body.Contacts.length,
            page: {
              page,
              ...parseContacts(body.Contacts),
              ...(body.pagination
                ? { pageCount: body.pagination.pageCount, itemCount: body.pagination.itemCount }
                : {}),
            },
          };
        },
      );
      yield result.page;
      const last = result.page.pageCount !== undefined ? page >= result.page.pageCount : result.raw < pageSize;
      if (last || result.raw === 0) return;
    }
  }

  /** Reads every page into one result (use listContactPages to checkpoint large imports). */
  async function listContacts(listOptions: XeroListOptions = {}): Promise<ParsedRecords<XeroContact>> {
    const all: ParsedRecords<XeroContact> = { records: [], rejected: [] };
    for await (const page of listContactPages(listOptions)) {
      all.records.push(...page.records);
      all.rejected.push(...page.rejected);
    }
    return all;
  }

  return {
    /** Pages through contacts (largest page size, oldest change first); checkpoint `page` after each one. */
    listContactPages,
    /** Reads every page into one result (use listContactPages to checkpoint large imports). */
    listContacts,

    /** The tenant's remaining daily / minute quota from the last response (read it before a big run). */
    rateLimits: http.rateLimits,

    /** One contact by ContactID; undefined when Xero has no such contact. */
    getContact: (contactId: string) => getSingle(contactId),

    /** One contact by ContactNumber (the same path takes either key, spec getContactByContactNumber). */
    getContactByNumber: (contactNumber: string) => getSingle(contactNumber),

    /** Contacts whose name equals `name` ignoring case: the rule Xero's unique-name check applies (reference §7). */
    findContactsByName: (name: string, findOptions: { includeArchived?: boolean } = {}) =>
      find(`Name.ToLower()==${whereString(name.toLowerCase())}`, findOptions.includeArchived ?? false),

    /** Contacts whose EmailAddress equals `email` ignoring case. */
    findContactsByEmail: (email: string, findOptions: { includeArchived?: boolean } = {}) =>
      find(`EmailAddress.ToLower()==${whereString(email.toLowerCase())}`, findOptions.includeArchived ?? false),

    /** Creates contacts, 50 per PUT with summarizeErrors=false; one result per input, in order. */
    createContacts: (inputs: readonly XeroContactInput[], writeOptions: XeroWriteOptions = {}) =>
      writeBatches('PUT', inputs, writeOptions),

    /** Updates contacts (each must carry ContactID), 50 per POST; one result per input, in order. */
    async updateContacts(inputs: readonly XeroContactInput[], writeOptions: XeroWriteOptions = {}) {
      const missing = inputs.findIndex((input) => !input.ContactID);
      // POST /Contacts creates elements without a ContactID; an update must never create.
      if (missing >= 0) throw new RangeError(`updateContacts: element ${missing} has no ContactID`);
      return writeBatches('POST', inputs, writeOptions);
    },

    /** Archives contacts (Xero has no delete; reference §5). */
    archiveContacts: (contactIds: readonly string[], writeOptions: XeroWriteOptions = {}) =>
      writeBatches(
        'POST',
        contactIds.map((ContactID) => ({ ContactID, ContactStatus: 'ARCHIVED' as const })),
        writeOptions,
      ),
  };
}

export type XeroClient = ReturnType<typeof createXeroClient>;
