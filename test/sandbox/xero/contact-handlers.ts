import { json, xeroProblem } from '../core/responses';
import type { ContactStore, StoredContact } from './contact-store';
import { envelope } from './envelope';
import { noDataProcessed, notFound, postDataInvalid, validationException } from './errors';
import { createIdempotencyCache, MAX_IDEMPOTENCY_KEY } from './idempotency';
import { createSortCache, listContacts } from './list-contacts';
import { DeserializeError, isGuid, parseContactsBody } from './parse-contact';
import { serializeContact } from './serialize-contact';
import { writeContacts, type WriteMode } from './write-contacts';
import type { SandboxRequest, SandboxResponse } from '../core/types';

const header = (req: SandboxRequest, name: string) => {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
};

export function createContactHandlers(store: ContactStore, now: () => number, newId: () => string) {
  const sorted = createSortCache(store);
  const idempotency = createIdempotencyCache();

  const find = (idOrNumber: string): StoredContact | undefined =>
    isGuid(idOrNumber) ? store.getById(idOrNumber) : store.getByNumber(idOrNumber);

  function list(req: SandboxRequest): SandboxResponse {
    const result = listContacts(sorted, {
      params: req.url.searchParams,
      ifModifiedSince: header(req, 'if-modified-since'),
    });
    if (!result.ok) return result.response === 'ids-too-long' ? notFound() : result.response;
    return json(
      200,
      envelope(now(), { ...(result.pagination ? { pagination: result.pagination } : {}), Contacts: result.contacts }),
    );
  }

  function get(req: SandboxRequest): SandboxResponse {
    const c = find(req.params.id ?? '');
    return c ? json(200, envelope(now(), { Contacts: [serializeContact(c, 'full')] })) : notFound();
  }

  function write(req: SandboxRequest, mode: WriteMode): SandboxResponse {
    const type = header(req, 'content-type');
    if (type && !/json/i.test(type))
      return xeroProblem(
        415,
        'Unsupported Media Type',
        `Content-Type '${type}' is not supported; send application/json.`,
      );
    const key = header(req, 'idempotency-key');
    if (key !== undefined && key.length > MAX_IDEMPOTENCY_KEY)
      return xeroProblem(400, 'Bad Request', `Idempotency-Key must be ${MAX_IDEMPOTENCY_KEY} characters or fewer.`);
    const tenant = req.tenantId ?? '';
    const replay = key ? idempotency.get(tenant, key) : undefined;
    if (replay) return replay;
    const response = applyWrite(req, mode);
    // Only answered writes are remembered; a rejected body can be corrected and retried under the same key.
    if (key && response.status === 200) idempotency.set(tenant, key, response);
    return response;
  }

  function applyWrite(req: SandboxRequest, mode: WriteMode): SandboxResponse {
    let items;
    try {
      items = parseContactsBody(req.body);
    } catch (error) {
      if (error instanceof DeserializeError) return postDataInvalid(error.message);
      throw error;
    }
    if (!items) return noDataProcessed();
    let target: StoredContact | undefined;
    if (mode === 'update-one') {
      target = find(req.params.id ?? '');
      if (!target) return notFound();
      items = items.slice(0, 1);
    }
    const results = writeContacts(store, newId, items, mode, target);
    const summarize = mode === 'update-one' || req.url.searchParams.get('summarizeErrors')?.toLowerCase() !== 'false';
    if (summarize) {
      const failed = results.flatMap((r) => (r.ok ? [] : [r.echo]));
      if (failed.length > 0) return validationException(failed);
      return json(
        200,
        envelope(now(), { Contacts: results.map((r) => (r.ok ? serializeContact(r.record, 'full') : r.echo)) }),
      );
    }
    // summarizeErrors=false: 200 with every element and its own status (xero_accounting.yaml summarizeErrors).
    const contacts = results.map((r) =>
      r.ok
        ? { ...serializeContact(r.record, 'full'), StatusAttributeString: 'OK' }
        : { ...r.echo, StatusAttributeString: 'ERROR' },
    );
    return json(200, envelope(now(), { Contacts: contacts }));
  }

  return {
    list,
    get,
    create: (req: SandboxRequest) => write(req, 'create'),
    updateOrCreate: (req: SandboxRequest) => write(req, 'update-or-create'),
    updateOne: (req: SandboxRequest) => write(req, 'update-one'),
    clearIdempotency: () => idempotency.clear(),
  };
}
