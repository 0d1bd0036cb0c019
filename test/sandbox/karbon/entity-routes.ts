// GET list, GET by key, POST, PUT and PATCH for /v3/Contacts and /v3/Organizations.
import type { Route, SandboxRequest, SandboxResponse } from '../core/types';
import type { EntityKind } from './entity-kinds';
import { errors, karbonJson } from './errors';
import { runList } from './list';
import { publicUrl } from './public-url';
import { isObject } from './normalize';
import { parseListQuery } from './odata-query';
import type { KarbonEntityBase } from './records';
import { checkEntityBody, isResponse, readJson } from './request-body';
import { patchResponse, type Expansion } from './serialize';
import type { KarbonStore } from './store';
import { checkWrite, isStale, type KarbonAppPermissions } from './write-rules';

type Json = Record<string, unknown>;

export const KARBON_API_PREFIX = '/karbon-api/v3';

/** The `…/v3` base the OData annotations are built on, on the sandbox's own origin. */
export function apiBase(req: SandboxRequest): string {
  return `${publicUrl(req).origin}${KARBON_API_PREFIX}`;
}

/** The router has already URL-decoded path parameters. */
function pathKey(req: SandboxRequest): string {
  return req.params.key ?? '';
}

function parseExpand<R extends KarbonEntityBase>(
  kind: EntityKind<R>,
  url: URL,
): ReadonlySet<Expansion> | SandboxResponse {
  for (const name of url.searchParams.keys())
    if (name.startsWith('$') && name !== '$expand') return errors.queryOption(name);
  const raw = url.searchParams.get('$expand');
  const expand = new Set<Expansion>();
  if (raw === null || raw.trim() === '') return expand;
  for (const part of raw.split(',').map((p) => p.trim())) {
    const known = kind.expansions.find((e) => e === part);
    if (!known)
      return errors.badRequest(
        `Property '${part}' on type 'KarbonService.${kind.body.dto}' is not a navigation property or complex property. Only navigation properties can be expanded.`,
      );
    expand.add(known);
  }
  return expand;
}

/** Writes take `$expand` (PUT documents it for cards) and no other query option (example Unsupported_option). */
function writeOptionError(url: URL): SandboxResponse | undefined {
  for (const name of url.searchParams.keys())
    if (name.startsWith('$') && name !== '$expand') return errors.queryOption(name);
  return undefined;
}

/** Drops card keys the entity does not own, so a PUT cannot steal another entity's card; they become new cards. */
function ownCardsOnly(store: KarbonStore, body: Json, key: string | undefined): Json {
  if (!Array.isArray(body.BusinessCards)) return body;
  const cards = body.BusinessCards.map((card: unknown) => {
    if (!isObject(card) || typeof card.BusinessCardKey !== 'string') return card;
    const found = store.findCard(card.BusinessCardKey);
    if (found && key !== undefined && found.owner.record === store.get(key)?.record) return card;
    const { BusinessCardKey: _dropped, ...rest } = card;
    return rest;
  });
  return { ...body, BusinessCards: cards };
}

export function entityRoutes<R extends KarbonEntityBase>(
  kind: EntityKind<R>,
  store: KarbonStore,
  permissions: KarbonAppPermissions,
): Route[] {
  const records = () => kind.records(store);
  const listSource = {
    entitySet: kind.set,
    records: () => records().values(),
    version: () => store.version,
    key: kind.key,
    fullName: kind.fullName,
    summary: kind.summary,
  };
  const base = `${KARBON_API_PREFIX}/${kind.set}`;
  const route = (method: Route['method'], pattern: string, endpoint: string, handler: Route['handler']): Route => ({
    method,
    pattern,
    service: 'karbon',
    endpoint,
    handler,
  });

  const list = (req: SandboxRequest): SandboxResponse => {
    const query = parseListQuery(req.url, kind.filter);
    if (isResponse(query)) return query;
    return karbonJson(200, runList(listSource, query, publicUrl(req)));
  };

  const get = (req: SandboxRequest): SandboxResponse => {
    const key = pathKey(req);
    const expand = parseExpand(kind, req.url);
    if (isResponse(expand)) return expand;
    const udi = kind.udiFunction.exec(key)?.[1]?.replace(/''/g, "'");
    if (udi !== undefined) {
      const wanted = udi.toLowerCase();
      const found = [...records().values()].find(
        (r) => r.UserDefinedIdentifier.toLowerCase() === wanted && wanted !== '',
      );
      return found ? karbonJson(200, kind.detail(store, found, apiBase(req), expand)) : kind.udiNotFound();
    }
    const record = records().get(key);
    if (!record) return kind.notFound.get(key);
    return karbonJson(200, kind.detail(store, record, apiBase(req), expand));
  };

  const create = (req: SandboxRequest): SandboxResponse => {
    const optionError = writeOptionError(req.url);
    if (optionError) return optionError;
    const body = readJson(req, kind.kind);
    if (isResponse(body)) return body;
    const invalid = checkEntityBody(body, kind.body) ?? checkWrite(store, body, '', undefined, permissions);
    if (invalid) return invalid;
    const record = kind.fromBody(ownCardsOnly(store, body, undefined), undefined, store.newKey, store.timestamp());
    const saved = kind.save(store, record);
    return karbonJson(201, kind.detail(store, saved, apiBase(req), new Set<Expansion>(['BusinessCards'])));
  };

  const put = (req: SandboxRequest): SandboxResponse => {
    const key = pathKey(req);
    const current = records().get(key);
    if (!current) return kind.notFound.put(req);
    const optionError = writeOptionError(req.url);
    if (optionError) return optionError;
    const body = readJson(req, 'update');
    if (isResponse(body)) return body;
    const invalid = checkEntityBody(body, kind.body);
    if (invalid) return invalid;
    if (isStale(req, body, current)) return errors.stale();
    const refused = checkWrite(store, body, key, current, permissions);
    if (refused) return refused;
    kind.save(store, kind.fromBody(ownCardsOnly(store, body, key), key, store.newKey, store.timestamp(), current));
    return { status: 204 };
  };

  const patch = (req: SandboxRequest): SandboxResponse => {
    const key = pathKey(req);
    const current = records().get(key);
    if (!current) return kind.notFound.patch();
    const optionError = writeOptionError(req.url);
    if (optionError) return optionError;
    const body = readJson(req, 'update');
    if (isResponse(body)) return body;
    const changes = Object.entries(body).filter(([name]) => name !== 'LastModifiedDateTime');
    if (changes.length === 0) return errors.missingData('update');
    if (changes.some(([name]) => !kind.patchable.includes(name))) return kind.patchRejected();
    for (const [name, value] of changes) {
      if (typeof value !== 'string')
        return errors.badRequest(`Cannot convert the literal value of '${name}' to the expected type 'Edm.String'.`);
      if (kind.body.required.includes(name) && value.trim() === '') return errors.missingData(name);
    }
    if (
      body.RestrictionLevel !== undefined &&
      !['Public', 'Private', 'Hidden'].includes(body.RestrictionLevel as string)
    )
      return errors.badRequest(`The value '${String(body.RestrictionLevel)}' is not a valid RestrictionLevel.`);
    if (isStale(req, body, current)) return errors.stale();
    const refused = checkWrite(store, body, key, current, permissions);
    if (refused) return refused;
    const saved = kind.save(store, { ...current, ...Object.fromEntries(changes) });
    return karbonJson(200, patchResponse(kind.detail(store, saved, apiBase(req), new Set())));
  };

  return [
    route('GET', base, `GET ${kind.set}`, list),
    route('POST', base, `POST ${kind.set}`, create),
    route('GET', `${base}/:key`, `GET ${kind.set}/{key}`, get),
    route('PUT', `${base}/:key`, `PUT ${kind.set}/{key}`, put),
    route('PATCH', `${base}/:key`, `PATCH ${kind.set}/{key}`, patch),
  ];
}
