// The web app's internal JSON endpoints under /karbon-app/<firm>/session/…, read and written like a logged-in page.
import type { Route, SandboxRequest, SandboxResponse } from '../core/types';
import type { KarbonStore } from '../karbon/store';
import { createRecord, readCreateForm } from './record-create';
import { editContact, editOrganization, readEditForm } from './record-edit';
import { contactView, listRows, organizationView, type ListRow } from './record-view';

/** Rows per list request; the page asks again as the user searches. */
export const LIST_LIMIT = 200;

const json = (status: number, body: unknown): SandboxResponse => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  body: JSON.stringify(body),
});

/** The page posts its forms as JSON. */
function readForm(req: SandboxRequest): { value: unknown; error?: undefined } | { error: SandboxResponse } {
  if (!/^application\/json\b/i.test(String(req.headers['content-type'] ?? '')))
    return { error: json(415, { error: 'Send the form as application/json' }) };
  try {
    return { value: JSON.parse(req.body.toString('utf8')) as unknown };
  } catch {
    return { error: json(400, { error: 'The form is not valid JSON' }) };
  }
}

export function sessionRoutes(store: KarbonStore, firmPath: string, isFirm: (req: SandboxRequest) => boolean): Route[] {
  let cache: { version: number; rows: ListRow[] } | undefined;
  const rows = () => {
    if (!cache || cache.version !== store.version) cache = { version: store.version, rows: listRows(store) };
    return cache.rows;
  };

  const guard =
    (handler: (req: SandboxRequest) => SandboxResponse) =>
    (req: SandboxRequest): SandboxResponse =>
      isFirm(req) ? handler(req) : json(404, { error: 'No such firm' });

  const list = guard((req) => {
    const q = req.url.searchParams.get('q')?.trim().toLowerCase() ?? '';
    const kind = req.url.searchParams.get('kind');
    const matching = rows().filter(
      (r) =>
        (kind === null || kind === 'all' || r.kind === kind) &&
        (q === '' || r.name.toLowerCase().includes(q) || r.email.toLowerCase().includes(q)),
    );
    return json(200, { total: matching.length, rows: matching.slice(0, LIST_LIMIT) });
  });

  const read = (kind: 'Contact' | 'Organization') =>
    guard((req) => {
      const key = req.params.key ?? '';
      if (kind === 'Contact') {
        const c = store.contacts.get(key);
        return c ? json(200, contactView(store, c)) : json(404, { error: `No person with key ${key}` });
      }
      const o = store.organizations.get(key);
      return o ? json(200, organizationView(store, o)) : json(404, { error: `No organization with key ${key}` });
    });

  const write = (kind: 'Contact' | 'Organization') =>
    guard((req) => {
      const key = req.params.key ?? '';
      const body = readForm(req);
      if (body.error) return body.error;
      const form = readEditForm(body.value, kind);
      if (typeof form === 'string') return json(400, { error: form });
      if (kind === 'Contact') {
        const c = store.contacts.get(key);
        if (!c) return json(404, { error: `No person with key ${key}` });
        return json(200, contactView(store, editContact(store, c, form)));
      }
      const o = store.organizations.get(key);
      if (!o) return json(404, { error: `No organization with key ${key}` });
      return json(200, organizationView(store, editOrganization(store, o, form)));
    });

  const create = guard((req) => {
    const body = readForm(req);
    if (body.error) return body.error;
    const form = readCreateForm(body.value);
    if (typeof form === 'string') return json(400, { error: form });
    return json(201, createRecord(store, form));
  });

  const route = (method: Route['method'], path: string, endpoint: string, handler: Route['handler']): Route => ({
    method,
    pattern: `${firmPath}/session/${path}`,
    service: 'karbon-app',
    endpoint,
    handler,
  });
  return [
    route('GET', 'contacts', 'GET session/contacts', list),
    route('POST', 'contacts', 'POST session/contacts', create),
    route('GET', 'contacts/:key', 'GET session/contacts/{key}', read('Contact')),
    route('PUT', 'contacts/:key', 'PUT session/contacts/{key}', write('Contact')),
    route('GET', 'organizations/:key', 'GET session/organizations/{key}', read('Organization')),
    route('PUT', 'organizations/:key', 'PUT session/organizations/{key}', write('Organization')),
  ];
}
