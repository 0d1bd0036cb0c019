// client.api list, paged-list, search, get, add, update, archive and delete (reference A2).
import type { Route, SandboxRequest, SandboxResponse } from '../core/types';
import { readClient, readEntity, type ClientInput } from './input';
import { yesNo, type XpmClient } from './records';
import { baseClient, detailedClient, webUrl } from './serialize';
import type { XpmStore } from './store';
import { publicUrl } from '../karbon/public-url';
import { xpmError, xpmOk } from './xml';
import { pageLinks, readPage } from './paging';

export const XPM_PREFIX = '/xero/practicemanager/3.1/client.api';

type Json = Record<string, unknown>;

/** `modifiedsince=yyyy-MM-ddTHH:mm:ss`, UTC (reference A2); the spec spells it modifiedSince, both are read. */
function readModifiedSince(url: URL): number | undefined | 'invalid' {
  const raw = url.searchParams.get('modifiedsince') ?? url.searchParams.get('modifiedSince');
  if (raw === null || raw === '') return undefined;
  if (!/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/.test(raw)) return 'invalid';
  const ms = Date.parse(raw.length === 10 ? `${raw}T00:00:00Z` : `${raw}Z`);
  return Number.isNaN(ms) ? 'invalid' : ms;
}

function isDetailed(url: URL): boolean {
  return url.searchParams.get('detailed')?.toLowerCase() === 'true';
}

function applyClient(store: XpmStore, client: XpmClient, input: ClientInput): string | undefined {
  for (const [name, value] of Object.entries(input.fields)) client.fields[name as keyof XpmClient['fields']] = value;
  if (input.BillingClientUUID !== undefined) {
    if (input.BillingClientUUID === '') client.BillingClient = undefined;
    else {
      const billing = store.findClientByUuid(input.BillingClientUUID);
      if (!billing) return `Billing client ${input.BillingClientUUID} not found`;
      client.BillingClient = { UUID: billing.UUID, Name: billing.fields.Name ?? '' };
    }
  }
  // Staff are not modelled: a manager UUID is kept with an empty name.
  if (input.AccountManagerUUID !== undefined)
    client.AccountManager = input.AccountManagerUUID ? { UUID: input.AccountManagerUUID, Name: '' } : undefined;
  if (input.JobManagerUUID !== undefined)
    client.JobManager = input.JobManagerUUID ? { UUID: input.JobManagerUUID, Name: '' } : undefined;
  store.touch(client);
  return undefined;
}

/** One client.api route; its call-count label names the path with `{uuid}` for its parameters. */
export function xpmRoute(method: Route['method'], path: string, handler: Route['handler']): Route {
  return {
    method,
    pattern: `${XPM_PREFIX}/${path}`,
    service: 'xpm',
    endpoint: `${method} client.api/${path.replace(/:\w+/g, '{uuid}')}`,
    handler,
  };
}

export function clientRoutes(store: XpmStore): Route[] {
  const clientsElement = (clients: XpmClient[], detailed: boolean): Json => ({
    Clients:
      clients.length > 0 ? { Client: clients.map((c) => (detailed ? detailedClient(store, c) : baseClient(c))) } : '',
  });

  const list = (req: SandboxRequest): SandboxResponse => {
    const since = readModifiedSince(req.url);
    if (since === 'invalid') return xpmError('Invalid modifiedsince value: use the format yyyy-MM-ddTHH:mm:ss');
    // No paging, and archived and deleted clients are included (reference A2, third-party live report).
    const clients = [...store.clients.values()].filter((c) => since === undefined || c.modified >= since);
    return xpmOk('List', clientsElement(clients, isDetailed(req.url)), clients.length);
  };

  const pagedList = (req: SandboxRequest): SandboxResponse => {
    const page = readPage(req.url);
    if (!page.ok) return xpmError(page.error);
    const live = [...store.clients.values()].filter(
      (c) => c.fields.IsArchived !== 'Yes' && c.fields.IsDeleted !== 'Yes',
    );
    const slice = live.slice(page.offset, page.offset + page.size);
    return xpmOk('List', { ...clientsElement(slice, false), ...pageLinks(publicUrl(req), page, live.length) });
  };

  const search = (req: SandboxRequest): SandboxResponse => {
    const query = req.url.searchParams.get('query')?.toLowerCase() ?? '';
    if (query === '') return xpmError('The query parameter is required');
    const found = [...store.clients.values()].filter((c) =>
      [c.fields.Name, c.fields.Email, c.fields.FirstName, c.fields.LastName].some((v) =>
        v?.toLowerCase().includes(query),
      ),
    );
    return xpmOk('Search', clientsElement(found, isDetailed(req.url)), found.length);
  };

  const get = (req: SandboxRequest): SandboxResponse => {
    const client = store.findClientByUuid(req.params.uuid ?? '');
    if (!client) return xpmError('Client not found');
    return xpmOk('Get', { WebUrl: webUrl(client), Client: detailedClient(store, client) });
  };

  const add = (req: SandboxRequest): SandboxResponse => {
    const body = readEntity(req, 'Client');
    if (!body.ok) return xpmError(body.error);
    const input = readClient(body.value, true);
    if (!input.ok) return xpmError(input.error);
    if (!input.value.fields.Name?.trim()) return xpmError('Name is required');
    const client = store.newClient();
    const problem = applyClient(store, client, input.value);
    if (problem) return xpmError(problem);
    client.fields.IsArchived ??= 'No';
    client.fields.IsDeleted ??= 'No';
    store.clients.set(client.UUID, client);
    for (const contact of input.value.contacts) {
      const uuid = store.newUuid();
      store.contacts.set(uuid, { UUID: uuid, fields: contact.fields, IsDeleted: false });
      store.link(client.UUID, uuid, contact.Position ?? '', contact.IsPrimary ?? false);
    }
    return xpmOk('Add', { Client: detailedClient(store, client) });
  };

  const update = (req: SandboxRequest): SandboxResponse => {
    const body = readEntity(req, 'Client');
    if (!body.ok) return xpmError(body.error);
    const input = readClient(body.value, false);
    if (!input.ok) return xpmError(input.error);
    if (!input.value.UUID) return xpmError('UUID is required');
    const client = store.findClientByUuid(input.value.UUID);
    if (!client) return xpmError('Client not found');
    if (input.value.fields.Name !== undefined && input.value.fields.Name.trim() === '')
      return xpmError('Name is required');
    // Omitted elements are left as they are (reference A2 leaves this open; the sandbox chooses the safer reading).
    const problem = applyClient(store, client, input.value);
    if (problem) return xpmError(problem);
    return xpmOk('Update', { Client: detailedClient(store, client) });
  };

  const flag =
    (field: 'IsArchived' | 'IsDeleted', method: string) =>
    (req: SandboxRequest): SandboxResponse => {
      const body = readEntity(req, 'Client');
      if (!body.ok) return xpmError(body.error);
      const input = readClient(body.value, false);
      if (!input.ok) return xpmError(input.error);
      if (!input.value.UUID) return xpmError('UUID is required');
      const client = store.findClientByUuid(input.value.UUID);
      if (!client) return xpmError('Client not found');
      client.fields[field] = yesNo(true);
      store.touch(client);
      return xpmOk(method);
    };

  return [
    xpmRoute('GET', 'list', list),
    xpmRoute('GET', 'paged-list', pagedList),
    xpmRoute('GET', 'search', search),
    xpmRoute('GET', 'get/:uuid', get),
    xpmRoute('POST', 'add', add),
    xpmRoute('PUT', 'update', update),
    xpmRoute('PUT', 'archive', flag('IsArchived', 'Archive')),
    xpmRoute('POST', 'delete', flag('IsDeleted', 'Delete')),
  ];
}
