// Runs a parsed list query over one entity set and builds Karbon's OData envelope with nextLink paging.
import type { FilterTerm } from './odata-filter';
import { KARBON_PAGE_SIZE, type ListQuery, type OrderBy } from './odata-query';
import type { KarbonEntityBase } from './records';

type Json = Record<string, unknown>;

export interface ListSource<R extends KarbonEntityBase> {
  entitySet: 'Contacts' | 'Organizations';
  records: () => Iterable<R>;
  version: () => number;
  key: (record: R) => string;
  fullName: (record: R) => string;
  summary: (record: R) => Json;
}

function fieldValues(record: KarbonEntityBase, property: string, fullName: string): (string | null)[] {
  switch (property) {
    case 'FullName':
      return [fullName];
    case 'EmailAddress':
      return record.BusinessCards.flatMap((card) => card.EmailAddresses);
    case 'PhoneNumber':
      return record.BusinessCards.flatMap((card) => card.PhoneNumbers.map((p) => p.Number));
    case 'ContactType':
      return [record.ContactType];
    case 'ExternalKey':
      return [record.ExternalKey];
    default:
      return [];
  }
}

/** FullName and EmailAddress filters are case-insensitive (reference B2); the others are treated the same way. */
function matches(record: KarbonEntityBase, fullName: string, term: FilterTerm): boolean {
  const values = fieldValues(record, term.property, fullName);
  if (term.value === null) return values.every((v) => v === null || v === '');
  const wanted = term.value.toLowerCase();
  return values.some((v) => {
    if (v === null) return false;
    const have = v.toLowerCase();
    return term.op === 'eq' ? have === wanted : have.includes(wanted);
  });
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorted views per source and order, dropped when the store's version moves (paging re-reads them per page). */
const sortCache = new WeakMap<object, { version: number; byOrder: Map<string, unknown[]> }>();

function sorted<R extends KarbonEntityBase>(source: ListSource<R>, orderBy: OrderBy[]): R[] {
  const order = orderBy.map((o) => `${o.property} ${o.descending}`).join(',');
  let cached = sortCache.get(source);
  if (!cached || cached.version !== source.version()) {
    cached = { version: source.version(), byOrder: new Map() };
    sortCache.set(source, cached);
  }
  const hit = cached.byOrder.get(order);
  if (hit) return hit as R[];
  const rows = [...source.records()];
  const keyed = rows.map((r) => ({
    r,
    key: source.key(r),
    name: source.fullName(r).toLowerCase(),
    modified: Date.parse(r.LastModifiedDateTime) || 0,
    modifiedText: r.LastModifiedDateTime,
  }));
  keyed.sort((a, b) => {
    for (const clause of orderBy) {
      const diff =
        clause.property === 'FullName'
          ? compareText(a.name, b.name)
          : a.modified - b.modified || compareText(a.modifiedText, b.modifiedText);
      if (diff !== 0) return clause.descending ? -diff : diff;
    }
    // Without $orderby (and as a tie-break) Karbon orders by the entity key (KarbonAPI.json `$orderby` default).
    return compareText(a.key, b.key);
  });
  const result = keyed.map((k) => k.r);
  cached.byOrder.set(order, result);
  return result;
}

export function runList<R extends KarbonEntityBase>(source: ListSource<R>, query: ListQuery, url: URL): Json {
  let rows = sorted(source, query.orderBy);
  if (query.filter.length > 0)
    rows = rows.filter((r) => {
      const name = source.fullName(r);
      return query.filter.every((term) => matches(r, name, term));
    });
  const pageSize = Math.min(KARBON_PAGE_SIZE, query.top ?? KARBON_PAGE_SIZE);
  const page = rows.slice(query.skip, query.skip + pageSize);
  const base = `${url.origin}${url.pathname.replace(/\/[^/]+$/, '')}`;
  // @odata.count is the number of matching records before $skip/$top (OData $count semantics).
  const body: Json = { '@odata.context': `${base}/$metadata#${source.entitySet}`, '@odata.count': rows.length };
  if (query.top === undefined && query.skip + page.length < rows.length) {
    const next = new URL(url.href);
    next.searchParams.set('$skip', String(query.skip + page.length));
    body['@odata.nextLink'] = next.href;
  }
  body.value = page.map(source.summary);
  return body;
}
