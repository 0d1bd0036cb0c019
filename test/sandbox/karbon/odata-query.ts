// List query options for Contacts and Organizations: $filter, $orderby, $top (max 100), $skip (reference B2).
import type { SandboxResponse } from '../core/types';
import { errors } from './errors';
import { parseFilter, type FilterRules, type FilterTerm } from './odata-filter';

/** Karbon serves at most 100 rows per page (KarbonAPI.json, GET /v3/Contacts notes). */
export const KARBON_PAGE_SIZE = 100;

export interface OrderBy {
  property: 'FullName' | 'LastModifiedDateTime';
  descending: boolean;
}

export interface ListQuery {
  filter: FilterTerm[];
  orderBy: OrderBy[];
  /** Client-requested $top; when set, the result is capped and no nextLink is served (OData client-driven paging). */
  top: number | undefined;
  skip: number;
}

const ALLOWED_OPTIONS = ['$filter', '$orderby', '$top', '$skip', '$count'];
const ORDERABLE = ['FullName', 'LastModifiedDateTime'] as const;

function nonNegativeInteger(option: string, raw: string): number | SandboxResponse {
  if (!/^\d+$/.test(raw.trim()))
    return errors.badRequest(
      `Invalid value '${raw}' for ${option} query option found. The ${option} query option requires a non-negative integer value.`,
    );
  return Number(raw.trim());
}

function parseOrderBy(raw: string): OrderBy[] | SandboxResponse {
  const clauses: OrderBy[] = [];
  for (const clause of raw.split(',')) {
    const [property = '', direction, ...rest] = clause.trim().split(/\s+/);
    if (rest.length > 0 || (direction !== undefined && !['asc', 'desc'].includes(direction.toLowerCase())))
      return errors.badRequest(`Syntax error at position ${raw.indexOf(clause) + 1} in '${raw}'.`);
    const orderable = ORDERABLE.find((name) => name === property);
    if (!orderable) return errors.orderbyProperty(property);
    clauses.push({ property: orderable, descending: direction?.toLowerCase() === 'desc' });
  }
  return clauses;
}

export function parseListQuery(url: URL, rules: FilterRules): ListQuery | SandboxResponse {
  for (const name of url.searchParams.keys())
    if (name.startsWith('$') && !ALLOWED_OPTIONS.includes(name)) return errors.queryOption(name);

  const query: ListQuery = { filter: [], orderBy: [], top: undefined, skip: 0 };
  const filter = url.searchParams.get('$filter');
  if (filter !== null && filter.trim() !== '') {
    const parsed = parseFilter(filter, rules);
    if (!Array.isArray(parsed)) return parsed;
    query.filter = parsed;
  }
  const orderBy = url.searchParams.get('$orderby');
  if (orderBy !== null && orderBy.trim() !== '') {
    const parsed = parseOrderBy(orderBy);
    if (!Array.isArray(parsed)) return parsed;
    query.orderBy = parsed;
  }
  const top = url.searchParams.get('$top');
  if (top !== null) {
    const parsed = nonNegativeInteger('$top', top);
    if (typeof parsed !== 'number') return parsed;
    // The spec's example answers 400 above 100; the guide says it is capped. We follow the spec (reference B2).
    if (parsed > KARBON_PAGE_SIZE) return errors.topExceeded(top.trim());
    query.top = parsed;
  }
  const skip = url.searchParams.get('$skip');
  if (skip !== null) {
    const parsed = nonNegativeInteger('$skip', skip);
    if (typeof parsed !== 'number') return parsed;
    query.skip = parsed;
  }
  const count = url.searchParams.get('$count');
  if (count !== null && !['true', 'false'].includes(count))
    return errors.badRequest(`'${count}' is not a valid count option.`);
  return query;
}
