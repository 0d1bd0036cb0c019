import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api/api-error';
import { createXeroClient, whereString } from '../../../lib/api/xero-client';
import { createFakeClock } from './helpers/fake-clock';
import { createFakeFetch, dropped, json } from './helpers/fake-fetch';
import { fixtureJson } from './helpers/fixtures';

const BASE = 'https://api.xero.com/api.xro/2.0';
const TENANT = 'fe79f7dd-b6d4-4a92-ba7b-538af6289c58';

function setup(...replies: Parameters<typeof createFakeFetch>) {
  const fake = createFakeFetch(...replies);
  const time = createFakeClock();
  const tokens: Array<boolean | undefined> = [];
  const client = createXeroClient({
    fetch: fake.fetch,
    baseUrl: BASE,
    tenantId: TENANT,
    clock: time.clock,
    getToken: async (options) => {
      tokens.push(options?.forceRefresh);
      return options?.forceRefresh ? 'fresh-token' : 'token';
    },
    newIdempotencyKey: () => 'generated-key',
  });
  return { client, ...fake, ...time, tokens };
}

function contact(i: number) {
  return { ContactID: `00000000-0000-0000-0000-${String(i).padStart(12, '0')}`, Name: `Contact ${i}` };
}

describe('createXeroClient: reads', () => {
  it('parses the spec list example and sends tenant, token and paging parameters', async () => {
    const { client, seen } = setup(json(fixtureJson('xero-accounting/contacts-list.json')));
    const since = new Date(Date.UTC(2026, 0, 2, 3, 4, 5));
    const pages = [];
    for await (const page of client.listContactPages({ modifiedSince: since })) pages.push(page);
    expect(pages).toHaveLength(1);
    expect(pages[0]?.records.map((c) => c.Name)).toEqual(['Katherine Warren', 'Lisa Parker']);
    expect(pages[0]?.rejected).toEqual([]);
    const request = seen[0];
    expect(request?.headers.get('authorization')).toBe('Bearer token');
    expect(request?.headers.get('xero-tenant-id')).toBe(TENANT);
    expect(request?.headers.get('if-modified-since')).toBe('2026-01-02T03:04:05.000Z');
    expect(Object.fromEntries(request?.url.searchParams ?? [])).toEqual({
      page: '1',
      pageSize: '1000',
      includeArchived: 'true',
      order: 'UpdatedDateUTC ASC',
    });
  });

  it('follows pagination.pageCount and resumes from a checkpointed page', async () => {
    const page = (n: number) =>
      json({
        pagination: { page: n, pageSize: 2, pageCount: 3, itemCount: 6 },
        Contacts: [contact(n * 2), contact(n * 2 + 1)],
      });
    const { client, seen } = setup(page(2), page(3));
    const result = [];
    for await (const p of client.listContactPages({ startPage: 2, pageSize: 2 })) result.push(p.page);
    expect(result).toEqual([2, 3]);
    expect(seen.map((r) => r.url.searchParams.get('page'))).toEqual(['2', '3']);
  });

  it('stops on a short page when the pagination object is absent', async () => {
    const { client, seen } = setup(json({ Contacts: [contact(1), contact(2)] }), json({ Contacts: [contact(3)] }));
    const all = await client.listContacts({ pageSize: 2 });
    expect(all.records).toHaveLength(3);
    expect(seen).toHaveLength(2);
  });

  it('rejects a contact missing a required field by name and keeps the rest', async () => {
    const { client } = setup(json({ Contacts: [contact(1), { ContactID: 'abc', Name: 42 }, { Name: 'No Id Ltd' }] }));
    const all = await client.listContacts();
    expect(all.records.map((c) => c.ContactID)).toEqual([contact(1).ContactID]);
    expect(all.rejected).toHaveLength(2);
    expect(all.rejected[0]).toMatchObject({ id: 'abc' });
    expect(all.rejected[0]?.error).toMatch(/Xero contact \(abc\) skipped: Name/);
    expect(all.rejected[1]).toMatchObject({ name: 'No Id Ltd' });
    expect(all.rejected[1]?.error).toMatch(/"No Id Ltd".*ContactID/);
  });

  it('looks up by ContactID and ContactNumber, answering undefined on 404', async () => {
    const { client, seen } = setup(
      json(fixtureJson('xero-accounting/contact-by-id.json')),
      json({ Title: 'NotFound' }, 404),
    );
    const found = await client.getContact('bd2270c3-8706-4c11-9cfb-000b551c3f51');
    expect(found?.ContactNumber).toBeDefined();
    expect(await client.getContactByNumber('KARBON/ab c')).toBeUndefined();
    expect(seen[1]?.url.pathname).toBe('/api.xro/2.0/Contacts/KARBON%2Fab%20c');
  });

  it('finds by lower-cased name with a quoted where expression', async () => {
    const { client, seen } = setup(json({ Contacts: [contact(1)] }));
    await client.findContactsByName('Smith "Bros" Pty Ltd');
    expect(seen[0]?.url.searchParams.get('where')).toBe('Name.ToLower()=="smith \\"bros\\" pty ltd"');
    expect(whereString('a\\b')).toBe('"a\\\\b"');
  });
});

describe('createXeroClient: writes', () => {
  it('creates in batches of 50 with summarizeErrors=false and one Idempotency-Key per batch', async () => {
    const inputs = Array.from({ length: 120 }, (_, i) => ({ Name: `New ${i}` }));
    const echo = (request: { body: string }) => {
      const body = JSON.parse(request.body) as { Contacts: Array<{ Name: string }> };
      return json({ Contacts: body.Contacts.map((c, i) => ({ ...c, ContactID: `id-${c.Name}-${i}` })) });
    };
    const { client, seen } = setup(echo);
    const results = await client.createContacts(inputs, { idempotencyKey: 'push:run-1' });
    expect(seen.map((r) => r.method)).toEqual(['PUT', 'PUT', 'PUT']);
    expect(seen.map((r) => (JSON.parse(r.body) as { Contacts: unknown[] }).Contacts.length)).toEqual([50, 50, 20]);
    expect(seen.map((r) => r.headers.get('idempotency-key'))).toEqual(['push:run-1:0', 'push:run-1:1', 'push:run-1:2']);
    expect(seen.every((r) => r.url.searchParams.get('summarizeErrors') === 'false')).toBe(true);
    expect(results.map((r) => r.index)).toEqual(inputs.map((_, i) => i));
    expect(results.every((r) => r.ok)).toBe(true);
  });

  it('surfaces per-element validation errors, nested ones included', async () => {
    const error = fixtureJson<{ Elements: unknown[] }>('xero-accounting/contact-validation-error.json');
    const element = error.Elements[0] as Record<string, unknown>;
    const { client } = setup(
      json({
        Contacts: [
          { ...contact(1), HasValidationErrors: false },
          element,
          {
            ...contact(3),
            Phones: [{ PhoneType: 'DEFAULT', ValidationErrors: [{ Message: 'Phone number too long' }] }],
          },
        ],
      }),
    );
    const results = await client.createContacts([{ Name: 'A' }, { Name: 'Buzz Lightyear' }, { Name: 'C' }]);
    expect(results[0]).toMatchObject({ ok: true, index: 0 });
    expect(results[1]).toMatchObject({ ok: false, index: 1, input: { Name: 'Buzz Lightyear' } });
    expect(results[1]?.ok === false && results[1].errors[0]).toMatch(/already assigned to another contact/);
    expect(results[2]).toMatchObject({ ok: false, errors: ['Phone number too long'] });
  });

  it('maps a whole-request 400 ValidationException onto its elements', async () => {
    const { client } = setup(json(fixtureJson('xero-accounting/contact-validation-error.json'), 400));
    const [result] = await client.createContacts([{ Name: 'Buzz Lightyear' }]);
    expect(result).toMatchObject({ ok: false, index: 0 });
  });

  it('refuses an update without ContactID before sending anything', async () => {
    const { client, seen } = setup(json({ Contacts: [] }));
    await expect(client.updateContacts([{ Name: 'x' }])).rejects.toThrow(/no ContactID/);
    expect(seen).toHaveLength(0);
  });

  it('archives through ContactStatus with POST', async () => {
    const { client, seen } = setup(json({ Contacts: [{ ...contact(1), ContactStatus: 'ARCHIVED' }] }));
    const [result] = await client.archiveContacts([contact(1).ContactID]);
    expect(result?.ok).toBe(true);
    expect(seen[0]?.method).toBe('POST');
    expect(JSON.parse(seen[0]?.body ?? '')).toEqual({
      Contacts: [{ ContactID: contact(1).ContactID, ContactStatus: 'ARCHIVED' }],
    });
    expect(seen[0]?.headers.get('idempotency-key')).toBe('generated-key');
  });
});

describe('createXeroClient: failures', () => {
  it('retries a keyed write after a dropped connection with the same Idempotency-Key', async () => {
    const { client, seen, sleeps } = setup(dropped(), json({ Contacts: [contact(1)] }));
    const [result] = await client.createContacts([{ Name: 'Contact 1' }], { idempotencyKey: 'k' });
    expect(result?.ok).toBe(true);
    expect(seen.map((r) => r.headers.get('idempotency-key'))).toEqual(['k:0', 'k:0']);
    expect(sleeps).toEqual([1_000]);
  });

  it('retries reads on 5xx with backoff and then gives up with a server error', async () => {
    const { client, seen, sleeps } = setup(json({}, 503));
    const error = await client.getContact('x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ service: 'xero', kind: 'server', status: 503 });
    expect(seen).toHaveLength(4);
    expect(sleeps).toEqual([1_000, 4_000, 10_000]);
  });

  it('waits for Retry-After on 429, then succeeds', async () => {
    const { client, seen, clock } = setup(
      json({}, 429, { 'retry-after': '7', 'x-rate-limit-problem': 'minute' }),
      json({ Contacts: [contact(1)] }),
    );
    const t0 = clock.now();
    await client.getContact('x');
    expect(seen).toHaveLength(2);
    expect(clock.now() - t0).toBeGreaterThanOrEqual(7_000);
  });

  it('remembers the quota headers of the last response', async () => {
    const { client, clock } = setup(
      json({ Contacts: [contact(1)] }, 200, { 'x-daylimit-remaining': '4990', 'x-minlimit-remaining': '59' }),
      json({ Contacts: [contact(1)] }),
    );
    expect(client.rateLimits()).toBeUndefined();
    await client.getContact('x');
    const seen = { dayRemaining: 4990, minuteRemaining: 59, at: clock.now() };
    expect(client.rateLimits()).toEqual(seen);
    await client.getContact('x');
    expect(client.rateLimits()).toEqual(seen);
  });

  it('surfaces a daily-limit 429 instead of sleeping for hours, and does not hold later calls', async () => {
    const { client, seen, sleeps } = setup(
      json({}, 429, { 'retry-after': '66975', 'x-rate-limit-problem': 'Daily' }),
      json({ Contacts: [contact(1)] }),
    );
    await expect(client.getContact('x')).rejects.toMatchObject({
      kind: 'rate-limited',
      limitProblem: 'daily',
      retryAfterMs: 66_975_000,
    });
    expect(seen).toHaveLength(1);
    expect((await client.getContact('x'))?.Name).toBe('Contact 1');
    expect(sleeps).toEqual([]);
  });

  it('refreshes the token once on 401 and repeats the request', async () => {
    const { client, seen, tokens } = setup(
      json({ Type: null, Title: 'Unauthorized', Status: 401, Detail: 'TokenExpired: token expired' }, 401),
      json({ Contacts: [contact(1)] }),
    );
    await client.getContact('x');
    expect(tokens).toEqual([false, true]);
    expect(seen[1]?.headers.get('authorization')).toBe('Bearer fresh-token');
  });

  it('throws unauthorized when a fresh token is refused too', async () => {
    const { client, seen } = setup(json({ Title: 'Unauthorized', Detail: 'TokenExpired' }, 401));
    await expect(client.getContact('x')).rejects.toMatchObject({ kind: 'unauthorized', message: 'TokenExpired' });
    expect(seen).toHaveLength(2);
  });

  it('retries a malformed read body and maps a 403 to forbidden', async () => {
    const { client, seen } = setup(new Response('{"Contacts": [', { status: 200 }), json({ Contacts: [contact(1)] }));
    expect((await client.getContact('x'))?.Name).toBe('Contact 1');
    expect(seen).toHaveLength(2);
    const other = setup(json({ Title: 'Forbidden', Detail: 'AuthenticationUnsuccessful' }, 403));
    await expect(other.client.getContact('x')).rejects.toMatchObject({ kind: 'forbidden', status: 403 });
  });
});
