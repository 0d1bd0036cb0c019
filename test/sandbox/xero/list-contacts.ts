import { parseIsoUtc } from './dates';
import { queryParse } from './errors';
import { serializeContact, type Detail } from './serialize-contact';
import { evaluateWhere, parseWhere, WhereParseError, type FieldReader } from './where-filter';
import type { ContactStore, StoredContact } from './contact-store';

/** Xero's default page size and the maximum since July 2024 (reference §4 "Paging"). */
export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 1000;
/** Longer `IDs` lists overflow Xero's gateway and come back 404 (Xero-Java#328). */
export const MAX_IDS = 52;

const FIELDS: Record<string, (c: StoredContact) => string | number | boolean | null> = {
  ContactID: (c) => c.id,
  Name: (c) => str(c.fields.Name),
  FirstName: (c) => str(c.fields.FirstName),
  LastName: (c) => str(c.fields.LastName),
  EmailAddress: (c) => str(c.fields.EmailAddress),
  ContactNumber: (c) => str(c.fields.ContactNumber),
  AccountNumber: (c) => str(c.fields.AccountNumber),
  CompanyNumber: (c) => str(c.fields.CompanyNumber),
  TaxNumber: (c) => str(c.fields.TaxNumber),
  ContactStatus: (c) => str(c.fields.ContactStatus),
  UpdatedDateUTC: (c) => c.updatedMs,
  IsSupplier: () => false,
  IsCustomer: () => false,
};
const fieldName = (f: string) => Object.keys(FIELDS).find((k) => k.toLowerCase() === f.toLowerCase());
function str(v: unknown): string | null {
  return typeof v === 'string' && v !== '' ? v : null;
}

export interface ListQuery {
  params: URLSearchParams;
  ifModifiedSince?: string;
}

export type ListResult =
  | {
      ok: true;
      contacts: Record<string, unknown>[];
      pagination?: { page: number; pageSize: number; pageCount: number; itemCount: number };
    }
  | { ok: false; response: ReturnType<typeof queryParse> | 'ids-too-long' };

function comparator(order: string): (a: StoredContact, b: StoredContact) => number {
  const keys = order.split(',').map((part) => {
    const [field = '', dir = 'ASC'] = part.trim().split(/\s+/);
    const name = fieldName(field);
    if (!name || !['ASC', 'DESC'].includes(dir.toUpperCase()))
      throw new WhereParseError(`Invalid order '${part.trim()}'`);
    return {
      get: FIELDS[name] as (c: StoredContact) => string | number | boolean | null,
      sign: dir.toUpperCase() === 'DESC' ? -1 : 1,
    };
  });
  return (a, b) => {
    for (const k of keys) {
      const x = k.get(a) ?? '';
      const y = k.get(b) ?? '';
      const c =
        typeof x === 'string' && typeof y === 'string'
          ? x.toLowerCase().localeCompare(y.toLowerCase())
          : x < y
            ? -1
            : x > y
              ? 1
              : 0;
      if (c !== 0) return c * k.sign;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}

/** Sorted views reused across page requests until the store changes (paging 100k contacts stays fast). */
export function createSortCache(store: ContactStore) {
  const cache = new Map<string, StoredContact[]>();
  let version = -1;
  return (order: string, activeOnly: boolean): StoredContact[] => {
    if (version !== store.version) {
      cache.clear();
      version = store.version;
    }
    const key = `${order}\n${activeOnly}`;
    let sorted = cache.get(key);
    if (!sorted) {
      sorted = [...store.all()].sort(comparator(order));
      if (activeOnly) sorted = sorted.filter((c) => c.fields.ContactStatus === 'ACTIVE');
      cache.set(key, sorted);
    }
    return sorted;
  };
}

const flag = (v: string | null) => v?.toLowerCase() === 'true';

/** GET /Contacts: where, IDs, searchTerm, includeArchived, If-Modified-Since, order, page/pageSize, summaryOnly. */
export function listContacts(
  sorted: (order: string, activeOnly: boolean) => StoredContact[],
  q: ListQuery,
): ListResult {
  const p = new URLSearchParams([...q.params].map(([k, v]) => [k.toLowerCase(), v]));
  try {
    const order = p.get('order')?.trim() || 'Name ASC';
    comparator(order);
    const where = p.get('where')?.trim();
    const node = where ? parseWhere(where, (f) => fieldName(f) !== undefined) : undefined;
    const ids = p
      .get('ids')
      ?.split(',')
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean);
    if (ids && ids.length > MAX_IDS) return { ok: false, response: 'ids-too-long' };
    const idSet = ids ? new Set(ids) : undefined;
    const term = p.get('searchterm')?.trim().toLowerCase();
    const since = q.ifModifiedSince ? parseIsoUtc(q.ifModifiedSince) : undefined;
    // A where on ContactStatus chooses statuses itself; otherwise archived ones need includeArchived=true.
    const statusInWhere = where ? /\bContactStatus\b/i.test(where) : false;
    const includeArchived = flag(p.get('includearchived')) || statusInWhere;
    const base = sorted(order, !includeArchived);
    // Paging a large unfiltered list must not copy it per page (the sandbox's own benchmark path).
    const unfiltered = !idSet && !term && since === undefined && !node;
    const matches = unfiltered
      ? base
      : base.filter((c) => {
          if (idSet && !idSet.has(c.id)) return false;
          if (since !== undefined && c.updatedMs < since) return false;
          if (
            term &&
            !['Name', 'FirstName', 'LastName', 'ContactNumber', 'EmailAddress'].some((f) =>
              (FIELDS[f]?.(c) as string | null)?.toLowerCase().includes(term),
            )
          )
            return false;
          if (node) {
            const read: FieldReader = (f) => {
              const name = fieldName(f);
              return name ? FIELDS[name]?.(c) : undefined;
            };
            if (!evaluateWhere(node, read)) return false;
          }
          return true;
        });
    const summary = flag(p.get('summaryonly'));
    const pageParam = p.get('page');
    if (pageParam === null) {
      const detail: Detail = summary ? 'summary' : 'list';
      return { ok: true, contacts: matches.map((c) => serializeContact(c, detail)) };
    }
    const page = Math.max(1, Number.parseInt(pageParam, 10) || 1);
    const requested = Number.parseInt(p.get('pagesize') ?? '', 10);
    const pageSize =
      Number.isFinite(requested) && requested > 0 ? Math.min(requested, MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
    const slice = matches.slice((page - 1) * pageSize, page * pageSize);
    return {
      ok: true,
      contacts: slice.map((c) => serializeContact(c, summary ? 'summary' : 'full')),
      pagination: { page, pageSize, pageCount: Math.ceil(matches.length / pageSize), itemCount: matches.length },
    };
  } catch (error) {
    if (error instanceof WhereParseError) return { ok: false, response: queryParse(error.message) };
    throw error;
  }
}
