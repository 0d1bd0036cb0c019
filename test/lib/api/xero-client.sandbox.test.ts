import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createRateLimiter, XERO_RATE_POLICY } from '../../../lib/api/rate-limiter';
import { createXeroClient, XERO_MAX_PAGE_SIZE } from '../../../lib/api/xero-client';
import { parseXeroDate } from '../../../lib/api/xero-date';
import { validatorFor } from '../../sandbox/core/spec-validator';
import type { Sandbox } from '../../sandbox/server';
import { control, openSandbox, recordingFetch, sandboxClock } from './helpers/sandbox';

const validContacts = validatorFor('/work/shared/specs/xero_accounting.yaml', 'Contacts');
let sb: Sandbox;

beforeAll(async () => {
  sb = await openSandbox();
});
afterAll(() => sb.close());
beforeEach(() => sb.reset({ seed: 'empty' }));

function client(options: { timeoutMs?: number; limiter?: ReturnType<typeof createRateLimiter> } = {}) {
  const http = recordingFetch();
  const clock = sandboxClock(sb);
  let token: string | undefined;
  const xero = createXeroClient({
    fetch: http.fetch,
    baseUrl: sb.endpoints.xeroAccounting,
    tenantId: sb.credentials.xero.orgTenantId,
    clock,
    getToken: async (o) => {
      if (!token || o?.forceRefresh) token = sb.issueTokens().access_token;
      return token;
    },
    limiter: options.limiter ?? createRateLimiter(XERO_RATE_POLICY, clock),
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  });
  const writes = () => http.sent.filter((r) => r.method !== 'GET');
  return { xero, sent: http.sent, writes };
}

const bulk = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    Name: `Bulk Contact ${String(i).padStart(5, '0')}`,
    EmailAddress: `bulk${i}@example.test`,
  }));

describe('Xero client against the sandbox', () => {
  it('reads 10,000 contacts in ceil(10,000 / 1,000) = 10 calls', async () => {
    await control(sb, 'dataset', { xero: { contacts: bulk(10_000) } });
    const { xero, sent } = client();
    const pages: number[] = [];
    let total = 0;
    for await (const page of xero.listContactPages()) {
      pages.push(page.page);
      total += page.records.length;
      expect(page.rejected).toEqual([]);
    }
    expect(total).toBe(10_000);
    expect(sent).toHaveLength(Math.ceil(10_000 / XERO_MAX_PAGE_SIZE));
    expect(pages).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(sb.calls().services.xero?.total).toBe(10);
    expect(xero.rateLimits()).toMatchObject({ dayRemaining: 4_990, minuteRemaining: 50 });
  });

  it('reads only what changed since a high-water mark', async () => {
    const { xero } = client();
    await xero.createContacts(bulk(3));
    sb.clock.advance(60_000);
    const mark = new Date(sb.clock.now());
    sb.clock.advance(1_000);
    const [changed] = await xero.createContacts([{ Name: 'Late Arrival Ltd' }]);
    const delta = await xero.listContacts({ modifiedSince: mark });
    expect(delta.records.map((c) => c.Name)).toEqual(['Late Arrival Ltd']);
    expect(changed?.ok && parseXeroDate(changed.contact.UpdatedDateUTC)?.getTime()).toBe(sb.clock.now());
  });

  it('creates 120 contacts in 3 keyed batches whose bodies validate against the spec', async () => {
    const { xero, writes } = client();
    const results = await xero.createContacts(bulk(120), { idempotencyKey: 'import-1' });
    expect(results.filter((r) => r.ok)).toHaveLength(120);
    expect(writes().map((r) => r.headers.get('idempotency-key'))).toEqual(['import-1:0', 'import-1:1', 'import-1:2']);
    for (const request of writes()) expect(validContacts(JSON.parse(request.body)).errors).toEqual([]);
    expect(sb.state().xero?.contacts).toHaveLength(120);
  });

  it('surfaces per-record validation errors and still creates the valid ones', async () => {
    const { xero } = client();
    await xero.createContacts([{ Name: 'Harbour Bakery Ltd' }]);
    const results = await xero.createContacts([{ Name: 'Fresh Name Ltd' }, { Name: 'HARBOUR BAKERY LTD' }]);
    expect(results[0]).toMatchObject({ ok: true });
    expect(results[1]).toMatchObject({ ok: false, index: 1 });
    expect(results[1]?.ok === false && results[1].errors.join(' ')).toMatch(/already assigned to another contact/);
    expect(sb.state().xero?.contacts).toHaveLength(2);
  });

  it('finds contacts by lower-cased name, by number and by id; unknown ids are undefined', async () => {
    const { xero } = client();
    const [made] = await xero.createContacts([{ Name: 'Kauri Joinery Ltd', ContactNumber: 'KARBON-42' }]);
    const id = made?.ok ? made.contact.ContactID : '';
    expect((await xero.findContactsByName('kauri JOINERY ltd')).records.map((c) => c.ContactID)).toEqual([id]);
    expect((await xero.getContactByNumber('KARBON-42'))?.ContactID).toBe(id);
    expect((await xero.getContact(id))?.Name).toBe('Kauri Joinery Ltd');
    expect(await xero.getContact('00000000-0000-0000-0000-000000000001')).toBeUndefined();
  });

  it('updates and archives by ContactID', async () => {
    const { xero } = client();
    const [made] = await xero.createContacts([{ Name: 'Old Name Ltd' }]);
    const id = made?.ok ? made.contact.ContactID : '';
    const [updated] = await xero.updateContacts([{ ContactID: id, Name: 'New Name Ltd', EmailAddress: 'a@b.test' }]);
    expect(updated).toMatchObject({ ok: true, contact: { Name: 'New Name Ltd', EmailAddress: 'a@b.test' } });
    const [archived] = await xero.archiveContacts([id]);
    expect(archived).toMatchObject({ ok: true, contact: { ContactStatus: 'ARCHIVED' } });
    expect((await xero.listContacts({ includeArchived: false })).records).toEqual([]);
  });

  it('retries a create whose answer was lost (dropped connection) without duplicating it', async () => {
    const { xero, writes } = client();
    await control(sb, 'faults', { queue: ['drop'] });
    const [result] = await xero.createContacts([{ Name: 'Only Once Ltd' }], { idempotencyKey: 'once' });
    expect(result?.ok).toBe(true);
    expect(writes()).toHaveLength(2);
    expect(sb.state().xero?.contacts).toHaveLength(1);
  });

  it('retries reads through 500, 503, a malformed body and a dropped connection', async () => {
    const { xero, sent } = client();
    await xero.createContacts([{ Name: 'Sturdy Ltd' }]);
    await control(sb, 'faults', { queue: ['500', '503', 'malformed'] });
    expect((await xero.listContacts()).records).toHaveLength(1);
    await control(sb, 'faults', { queue: ['drop'] });
    expect((await xero.findContactsByName('sturdy ltd')).records).toHaveLength(1);
    expect(sent.filter((r) => r.method === 'GET')).toHaveLength(6);
  });

  it('gives up a slow answer at the client timeout and retries it', async () => {
    const { xero, sent } = client({ timeoutMs: 300 });
    await control(sb, 'faults', { queue: ['slow'], slowMs: 2_000 });
    expect((await xero.listContacts()).records).toEqual([]);
    expect(sent).toHaveLength(2);
  });

  it('honours an injected 429 Retry-After', async () => {
    const { xero, sent } = client();
    await control(sb, 'faults', { queue: ['429'] });
    const t0 = sb.clock.now();
    await xero.listContacts();
    expect(sent).toHaveLength(2);
    expect(sb.clock.now() - t0).toBeGreaterThanOrEqual(1_000);
  });

  it('stays under 60 calls a minute on its own: 70 reads, no 429', async () => {
    const { xero } = client();
    const t0 = sb.clock.now();
    await Promise.all(Array.from({ length: 70 }, (_, i) => xero.getContactByNumber(`N-${i}`)));
    expect(sb.calls().services.xero?.rateLimited ?? 0).toBe(0);
    expect(sb.calls().services.xero?.total).toBe(70);
    expect(sb.clock.now() - t0).toBeGreaterThanOrEqual(60_000);
  });

  it('recovers when the server limits it: 429 + Retry-After from the real limiter', async () => {
    const clock = sandboxClock(sb);
    const { xero } = client({
      limiter: createRateLimiter({ perWindow: 1_000, windowMs: 60_000, concurrency: 5 }, clock),
    });
    const results = await Promise.all(Array.from({ length: 70 }, (_, i) => xero.getContactByNumber(`N-${i}`)));
    expect(results.every((r) => r === undefined)).toBe(true);
    expect(sb.calls().services.xero?.rateLimited).toBeGreaterThan(0);
  });
});
