// GET/POST /v3/CustomFields and DELETE /v3/CustomFields/{key}: the firm's custom field definitions (KarbonAPI.json
// CustomFieldDefinition: Name up to 100, Type from the enum, ListOptions strings up to 256). Values are not emulated.
import type { Route, SandboxRequest, SandboxResponse } from '../core/types';
import { apiBase, KARBON_API_PREFIX } from './entity-routes';
import { errors, karbonJson, resourceNotFound } from './errors';
import { isResponse, readJson } from './request-body';

const TYPES = ['Text', 'Number', 'Date', 'Boolean', 'Colleague', 'ListSingleSelect', 'ListMultipleSelect'];

export interface CustomFieldDefinition {
  Key: string;
  Name: string;
  Type: string;
  IsVisibleToContacts: boolean;
  IsVisibleToOrganizations: boolean;
  ListOptions: string[];
}

/** The definitions of one firm, in creation order. */
export class CustomFieldStore {
  readonly definitions = new Map<string, CustomFieldDefinition>();
  constructor(readonly newKey: () => string) {}
  reset(): void {
    this.definitions.clear();
  }
}

function parseDefinition(body: Record<string, unknown>): Omit<CustomFieldDefinition, 'Key'> | SandboxResponse {
  const { Name, Type, IsVisibleToContacts, IsVisibleToOrganizations, ListOptions } = body;
  if (typeof Name !== 'string' || Name.trim() === '') return errors.missingData('Name');
  if (Name.length > 100) return errors.badRequest('The field Name must be a string with a maximum length of 100.');
  if (typeof Type !== 'string' || !TYPES.includes(Type))
    return errors.badRequest(`Unsupported Type '${String(Type)}'.`);
  const options = ListOptions ?? [];
  if (!Array.isArray(options) || options.some((o) => typeof o !== 'string' || o.length > 256))
    return errors.badRequest('ListOptions must be strings of at most 256 characters.');
  for (const [name, value] of Object.entries({ IsVisibleToContacts, IsVisibleToOrganizations }))
    if (value !== undefined && typeof value !== 'boolean') return errors.badRequest(`${name} must be a boolean.`);
  return {
    Name,
    Type,
    IsVisibleToContacts: IsVisibleToContacts === true,
    IsVisibleToOrganizations: IsVisibleToOrganizations === true,
    ListOptions: options as string[],
  };
}

export function customFieldRoutes(store: CustomFieldStore): Route[] {
  const list = (req: SandboxRequest): SandboxResponse => {
    const value = [...store.definitions.values()];
    return karbonJson(200, {
      '@odata.context': `${apiBase(req)}/$metadata#CustomFields`,
      '@odata.count': value.length,
      value,
    });
  };
  const create = (req: SandboxRequest): SandboxResponse => {
    const body = readJson(req, 'custom field');
    if (isResponse(body)) return body;
    const parsed = parseDefinition(body);
    if (isResponse(parsed)) return parsed;
    const definition: CustomFieldDefinition = { Key: store.newKey(), ...parsed };
    store.definitions.set(definition.Key, definition);
    return karbonJson(201, definition, { Location: `${apiBase(req)}/CustomFields/${definition.Key}` });
  };
  const remove = (req: SandboxRequest): SandboxResponse => {
    const key = req.params.key ?? '';
    return store.definitions.delete(key) ? { status: 204 } : resourceNotFound();
  };
  const path = `${KARBON_API_PREFIX}/CustomFields`;
  return [
    { method: 'GET', pattern: path, service: 'karbon', endpoint: 'GET CustomFields', handler: list },
    { method: 'POST', pattern: path, service: 'karbon', endpoint: 'POST CustomFields', handler: create },
    {
      method: 'DELETE',
      pattern: `${path}/:key`,
      service: 'karbon',
      endpoint: 'DELETE CustomFields/{key}',
      handler: remove,
    },
  ];
}
