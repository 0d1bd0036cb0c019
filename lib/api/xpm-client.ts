import { ApiError } from './api-error';
import { buildUrl, type CoreResponse } from './http-core';
import { parseRecords, type ParsedRecords, type RejectedRecord } from './schemas/parse-records';
import {
  XPM_CLIENT_FIELDS,
  XPM_CONTACT_FIELDS,
  XpmClientSchema,
  XpmContactSchema,
  type XpmClient,
  type XpmClientInput,
  type XpmContact,
  type XpmContactInput,
} from './schemas/xpm-client';
import { xpmError, xpmStatusError } from './xpm-errors';
import { buildXpmXml, listItems, parseXpmXml } from './xpm-xml';
import { createXeroTenantHttp, type XeroTenantClientOptions } from './xero-tenant-http';

/** An XPM client's options: `baseUrl` is `endpoints.xpm`, `tenantId` the practice (tenantType PRACTICEMANAGER). */
export type XpmClientOptions = XeroTenantClientOptions;

export interface XpmListOptions {
  /** Only clients modified after this instant (`modifiedsince`, UTC `yyyy-MM-ddTHH:mm:ss`). */
  modifiedSince?: Date;
  /** Include contacts, notes and groups (`detailed=true`). */
  detailed?: boolean;
}

/** Formats `modifiedsince`: UTC without zone or fraction, as the docs write it (reference A2). */
export function formatModifiedSince(date: Date): string {
  return date.toISOString().slice(0, 19);
}

function ordered(fields: readonly string[], input: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) if (input[field] !== undefined) out[field] = input[field];
  return out;
}

function clientBody(input: XpmClientInput): Record<string, unknown> {
  const body = ordered(XPM_CLIENT_FIELDS, input);
  if (input.Contacts && input.Contacts.length > 0) {
    body.Contacts = { Contact: input.Contacts.map((contact) => ordered(XPM_CONTACT_FIELDS, contact)) };
  }
  return body;
}

/** Creates the XPM 3.1 client.api client for one practice. */
export function createXpmClient(options: XpmClientOptions) {
  const { http } = createXeroTenantHttp(options, 'xpm', 'application/xml', xpmError);
  const url = (path: string, query?: Record<string, string | boolean | undefined>) =>
    buildUrl(options.baseUrl, path, query);

  /** The `<Response>` content of an OK answer; ERROR (even with HTTP 200) and unreadable bodies throw. */
  function okResponse(response: CoreResponse): Record<string, unknown> {
    let root: unknown;
    try {
      root = parseXpmXml(response.text).Response;
    } catch (error) {
      throw new ApiError({ service: 'xpm', kind: 'bad-response', message: 'The XML is malformed', cause: error });
    }
    if (typeof root !== 'object' || root === null) {
      throw new ApiError({ service: 'xpm', kind: 'bad-response', message: 'No <Response> element' });
    }
    const body = root as Record<string, unknown>;
    if (body.Status === 'ERROR') throw xpmStatusError(String(body.ErrorDescription ?? ''), response.status);
    if (body.Status !== 'OK') throw new ApiError({ service: 'xpm', kind: 'bad-response', message: 'No <Status>' });
    return body;
  }

  function parseContacts(items: readonly unknown[], owner?: string): ParsedRecords<XpmContact> {
    const label = owner ? `XPM contact of "${owner}"` : 'XPM contact';
    return parseRecords(items, XpmContactSchema, { id: 'UUID', name: 'Name' }, label);
  }

  /** Validates clients one by one; a bad contact is dropped from its client and reported, the client kept. */
  function parseClients(items: readonly unknown[]): ParsedRecords<XpmClient> {
    const rejected: RejectedRecord[] = [];
    const flattened = items.map((item) => {
      if (typeof item !== 'object' || item === null) return item;
      const raw = item as Record<string, unknown>;
      const contacts = parseContacts(listItems(raw.Contacts, 'Contact'), typeof raw.Name === 'string' ? raw.Name : '');
      rejected.push(...contacts.rejected);
      return { ...raw, Contacts: contacts.records };
    });
    const clients = parseRecords(flattened, XpmClientSchema, { id: 'UUID', name: 'Name' }, 'XPM client');
    return { records: clients.records, rejected: [...clients.rejected, ...rejected] };
  }

  function oneClient(body: Record<string, unknown>): XpmClient {
    const parsed = parseClients(listItems(body, 'Client').slice(0, 1));
    const client = parsed.records[0];
    if (!client) {
      throw new ApiError({ service: 'xpm', kind: 'invalid-record', message: parsed.rejected[0]?.error ?? 'No client' });
    }
    return client;
  }

  function oneContact(body: Record<string, unknown>, fallback: XpmContactInput): XpmContact {
    // The docs answer a contact write with the contact; some 3.0-era answers carry only its <ID>.
    const raw =
      listItems(body, 'Contact')[0] ?? (typeof body.ID === 'string' ? { ...fallback, UUID: body.ID } : undefined);
    const parsed = parseContacts(raw === undefined ? [] : [raw]);
    const contact = parsed.records[0];
    if (!contact) {
      throw new ApiError({
        service: 'xpm',
        kind: 'invalid-record',
        message: parsed.rejected[0]?.error ?? 'No contact',
      });
    }
    return contact;
  }

  const xmlHeaders = { 'content-type': 'application/xml' };

  async function getOrUndefined<T>(
    path: string,
    query: Record<string, string | undefined>,
    pick: (b: Record<string, unknown>) => T,
  ) {
    return http
      .send({ method: 'GET', url: url(path, query), retrySafe: true, accept: [404] }, (response) =>
        response.status === 404 ? undefined : pick(okResponse(response)),
      )
      .catch((error: unknown) => {
        if (error instanceof ApiError && error.kind === 'not-found') return undefined;
        throw error;
      });
  }

  return {
    /** The tenant's remaining daily / minute quota from the last response (read it before a big run). */
    rateLimits: http.rateLimits,

    /** All clients changed since `modifiedSince` (client.api/list has no paging, reference A2). */
    listClients: (listOptions: XpmListOptions = {}): Promise<ParsedRecords<XpmClient>> =>
      http.send(
        {
          method: 'GET',
          url: url('client.api/list', {
            detailed: listOptions.detailed ? 'true' : undefined,
            modifiedsince: listOptions.modifiedSince ? formatModifiedSince(listOptions.modifiedSince) : undefined,
          }),
          retrySafe: true,
        },
        (response) => parseClients(listItems(okResponse(response).Clients, 'Client')),
      ),

    /** Clients whose name (or other fields) contain `query` (client.api/search, detailed). */
    searchClients: (query: string): Promise<ParsedRecords<XpmClient>> =>
      http.send(
        { method: 'GET', url: url('client.api/search', { query, detailed: 'true' }), retrySafe: true },
        (response) => parseClients(listItems(okResponse(response).Clients, 'Client')),
      ),

    /** One client with its contacts (and its `WebUrl`, XPM's page for it); undefined when XPM has no such client. */
    getClient: (uuid: string): Promise<XpmClient | undefined> =>
      getOrUndefined(`client.api/get/${encodeURIComponent(uuid)}`, {}, (body) => ({
        ...oneClient(body),
        // The answer carries the client's page beside it (built on an integer id only XPM knows, reference A2).
        ...(typeof body.WebUrl === 'string' ? { WebUrl: body.WebUrl } : {}),
      })),

    /** Adds a client (contacts may be inline); never retried blindly, since a repeat would create a duplicate. */
    addClient: (input: XpmClientInput): Promise<XpmClient> =>
      http.send(
        {
          method: 'POST',
          url: url('client.api/add'),
          headers: xmlHeaders,
          body: buildXpmXml('Client', clientBody(input)),
          retrySafe: false,
        },
        (response) => oneClient(okResponse(response)),
      ),

    /** Updates a client by UUID (a repeat writes the same values, so it is retried). */
    async updateClient(input: XpmClientInput & { UUID: string }): Promise<XpmClient> {
      const { Contacts: _contacts, ...fields } = input;
      return http.send(
        {
          method: 'PUT',
          url: url('client.api/update'),
          headers: xmlHeaders,
          body: buildXpmXml('Client', clientBody(fields)),
          retrySafe: true,
        },
        (response) => oneClient(okResponse(response)),
      );
    },

    /** Archives a client (the sync never deletes, MISSION P8). */
    archiveClient: (uuid: string): Promise<void> =>
      http.send(
        {
          method: 'PUT',
          url: url('client.api/archive'),
          headers: xmlHeaders,
          body: buildXpmXml('Client', { UUID: uuid }),
          retrySafe: true,
        },
        (response) => {
          okResponse(response);
        },
      ),

    /** One contact; pass its client so Position and IsPrimary come back (reference A2). */
    getContact: (uuid: string, clientUuid?: string): Promise<XpmContact | undefined> =>
      getOrUndefined(`client.api/contact/${encodeURIComponent(uuid)}`, { clientUuid }, (body) => oneContact(body, {})),

    /** Creates a contact linked to `clientUuid`; never retried blindly. */
    addContact: (clientUuid: string, input: XpmContactInput): Promise<XpmContact> =>
      http.send(
        {
          method: 'POST',
          url: url('client.api/contact'),
          headers: xmlHeaders,
          body: buildXpmXml('Contact', { Client: { UUID: clientUuid }, ...ordered(XPM_CONTACT_FIELDS, input) }),
          retrySafe: false,
        },
        (response) => oneContact(okResponse(response), input),
      ),

    /** Updates a contact; with `clientUuid`, Position and IsPrimary apply to that link. */
    updateContact: (uuid: string, input: XpmContactInput, clientUuid?: string): Promise<XpmContact> =>
      http.send(
        {
          method: 'PUT',
          url: url(`client.api/contact/${encodeURIComponent(uuid)}`),
          headers: xmlHeaders,
          body: buildXpmXml('Contact', {
            ...ordered(XPM_CONTACT_FIELDS, { ...input, UUID: undefined }),
            ...(clientUuid ? { Client: { UUID: clientUuid } } : {}),
          }),
          retrySafe: true,
        },
        (response) => oneContact(okResponse(response), { ...input, UUID: uuid }),
      ),
  };
}

export type XpmApiClient = ReturnType<typeof createXpmClient>;
