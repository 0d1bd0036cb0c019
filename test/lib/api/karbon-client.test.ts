import { describe, expect, it } from 'vitest';
import { createKarbonClient, odataString } from '../../../lib/api/karbon-client';
import { createFakeClock } from './helpers/fake-clock';
import { createFakeFetch, json, type SeenRequest } from './helpers/fake-fetch';
import { fixtureJson } from './helpers/fixtures';

const BASE = 'https://api.karbonhq.com/v3';

function setup(...replies: Parameters<typeof createFakeFetch>) {
  const fake = createFakeFetch(...replies);
  const time = createFakeClock();
  const client = createKarbonClient({
    fetch: fake.fetch,
    baseUrl: BASE,
    clock: time.clock,
    getCredentials: () => ({ bearer: 'app-guid', accessKey: 'eyJtenant' }),
  });
  return { client, ...fake, ...time };
}

const row = (key: string, modified: string) => ({
  '@odata.type': '#KarbonService.ContactSummaryDTO',
  ContactKey: key,
  FullName: `Person ${key}`,
  LastModifiedDateTime: modified,
});

describe('createKarbonClient: lists', () => {
  it('sends the Bearer + AccessKey pair and follows @odata.nextLink verbatim', async () => {
    const { client, seen } = setup(
      json({
        '@odata.count': 3,
        value: [row('a', '2026-01-03T00:00:00Z'), row('b', '2026-01-02T00:00:00Z')],
        '@odata.nextLink': `${BASE}/Contacts?$skip=2&$filter=x`,
      }),
      json({ '@odata.count': 3, value: [row('c', '2026-01-01T00:00:00Z')] }),
    );
    const pages = [];
    for await (const page of client.listContactPages({ filter: `EmailAddress eq ${odataString("o'neil@x.com")}` }))
      pages.push(page);
    expect(pages.map((p) => p.records.map((r) => r.ContactKey))).toEqual([['a', 'b'], ['c']]);
    expect(pages[0]?.count).toBe(3);
    expect(seen[0]?.headers.get('authorization')).toBe('Bearer app-guid');
    expect(seen[0]?.headers.get('accesskey')).toBe('eyJtenant');
    expect(seen[0]?.url.searchParams.get('$filter')).toBe("EmailAddress eq 'o''neil@x.com'");
    expect(seen[0]?.url.searchParams.has('$top')).toBe(false);
    expect(seen[1]?.url.href).toBe(`${BASE}/Contacts?$skip=2&$filter=x`);
  });

  it('reads newest first and stops at the cursor without fetching older pages', async () => {
    const { client, seen } = setup(
      json({
        value: [row('a', '2026-01-05T00:00:00Z'), row('b', '2026-01-03T00:00:00Z')],
        '@odata.nextLink': `${BASE}/Contacts?$skip=2`,
      }),
    );
    const { records } = await client.listContacts({ modifiedSince: new Date('2026-01-04T00:00:00Z') });
    expect(records.map((r) => r.ContactKey)).toEqual(['a']);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.url.searchParams.get('$orderby')).toBe('LastModifiedDateTime desc');
  });

  it('rejects a row missing FullName by key and keeps the page', async () => {
    const { client } = setup(
      json({ value: [row('a', '2026-01-01T00:00:00Z'), { ContactKey: 'bad', LastModifiedDateTime: 'x' }] }),
    );
    const { records, rejected } = await client.listContacts();
    expect(records).toHaveLength(1);
    expect(rejected).toEqual([
      { id: 'bad', error: expect.stringMatching(/Karbon contact \(bad\) skipped: FullName/) as unknown },
    ]);
  });

  it('resumes at a saved nextLink (startAt) and gives each page its checked link', async () => {
    const { client, seen } = setup(
      json({ value: [row('c', '2026-01-02T00:00:00Z')], '@odata.nextLink': `${BASE}/Contacts?$skip=200` }),
      json({ value: [row('d', '2026-01-01T00:00:00Z')] }),
    );
    const pages = [];
    for await (const page of client.listContactPages({ startAt: `${BASE}/Contacts?$skip=100` })) pages.push(page);
    expect(seen.map((r) => r.url.href)).toEqual([`${BASE}/Contacts?$skip=100`, `${BASE}/Contacts?$skip=200`]);
    expect(pages.map((p) => p.next)).toEqual([`${BASE}/Contacts?$skip=200`, undefined]);
  });

  it.each([
    ['another host', 'https://evil.example/v3/Contacts?$skip=100'],
    ['another path on the host', 'https://api.karbonhq.com/v2/Contacts?$skip=100'],
    ['another list', `${BASE}/Organizations?$skip=100`],
  ])('refuses to start at a link to %s, sending nothing', async (_, link) => {
    const { client, seen } = setup();
    await expect(client.listContacts({ startAt: link })).rejects.toMatchObject({ kind: 'bad-response' });
    expect(seen).toHaveLength(0);
  });

  it('refuses a nextLink on another host (the keys travel with every request)', async () => {
    const { client, seen } = setup(
      json({ value: [], '@odata.nextLink': 'https://evil.example/v3/Contacts?$skip=100' }),
    );
    await expect(client.listOrganizations()).rejects.toMatchObject({ kind: 'bad-response' });
    expect(seen).toHaveLength(1);
  });
});

describe('createKarbonClient: records', () => {
  it('parses the spec examples for a person, a business card and tenant settings', async () => {
    const { client, seen } = setup(
      json(fixtureJson('karbon/contact-get-expanded.json')),
      json(fixtureJson('karbon/businesscard-get.json')),
      json(fixtureJson('karbon/tenant-settings.json')),
    );
    const person = await client.getContact('67zlxNyJSr8e');
    expect(person?.BusinessCards?.[0]?.EmailAddresses).toEqual(['sample@example.com', 'sample.two@example.com']);
    expect(seen[0]?.url.searchParams.get('$expand')).toBe('BusinessCards');
    expect((await client.getBusinessCard('2tBHyXtJBxBy'))?.PhoneNumbers?.[0]?.Number).toBe('1234567890');
    const settings = await client.getTenantSettings();
    expect(settings.ContactTypes.map((t) => t.Name)).toEqual(['Prospect', 'Client', 'Inactive', 'Other']);
  });

  it('reads ContactTypes given as plain strings (the auth guide shape)', async () => {
    const { client } = setup(json({ TenantKey: 't', ContactTypes: ['Individual', 'Business'] }));
    expect((await client.getTenantSettings()).ContactTypes).toEqual([{ Name: 'Individual' }, { Name: 'Business' }]);
  });

  it.each([
    ['ContactKey_Not_Found', 404],
    ['ResourceNotFound', 404],
  ])('answers undefined for %s', async (name, status) => {
    const { client } = setup(json(fixtureJson(`karbon/errors/${name}.json`), status));
    expect(await client.getContact('nope')).toBeUndefined();
  });

  it.each([
    ['UnauthorizedAccess', 401, 'unauthorized', undefined],
    ['RestrictionLevel_Permission_Denied', 403, 'forbidden', '4021'],
    ['Limit_Exceeded_Top', 400, 'invalid-request', '4002'],
    ['Invalid_Property', 400, 'invalid-request', undefined],
    ['Duplicate_UDI', 500, 'duplicate', '5001'],
  ])('maps the %s example to %s', async (name, status, kind, code) => {
    const body = fixtureJson<{ error?: { code?: string; message?: string } }>(`karbon/errors/${name}.json`);
    const { client, seen } = setup(json(body, status));
    const error = await client.createOrganization({ FullName: 'Acme' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ service: 'karbon', kind, status });
    if (code) expect(error).toMatchObject({ code });
    expect(seen).toHaveLength(1);
  });

  it('maps a 429 with the documented message and waits Retry-After before retrying a read', async () => {
    const { client, seen, sleeps } = setup(
      json({ statusCode: '429', message: 'Rate limit is exceeded. Try again in 10 seconds.' }, 429, {
        'retry-after': '10',
      }),
      json({ value: [] }),
    );
    await client.listContacts();
    expect(seen).toHaveLength(2);
    expect(sleeps).toEqual([10_000]);
  });
});

describe('createKarbonClient: writes', () => {
  it('updates a business card by read-modify-write, keeping fields it did not touch', async () => {
    const card = fixtureJson<Record<string, unknown>>('karbon/businesscard-get.json');
    const { client, seen } = setup(json(card), new Response(null, { status: 204 }));
    await client.updateBusinessCard('2tBHyXtJBxBy', (c) => ({ ...c, EmailAddresses: ['new@example.com'] }));
    expect(seen.map((r) => r.method)).toEqual(['GET', 'PUT']);
    const sent = JSON.parse(seen[1]?.body ?? '{}') as Record<string, unknown>;
    expect(sent.EmailAddresses).toEqual(['new@example.com']);
    expect(sent.WebSites).toEqual(card.WebSites);
    expect(sent.Addresses).toEqual(card.Addresses);
    expect(sent).not.toHaveProperty('@odata.context');
  });

  it('re-reads and re-applies after a 409 stale-object answer', async () => {
    const conflict = fixtureJson('karbon/errors/Conflict_StaleObjectState.json');
    let version = 0;
    const { client, seen } = setup((request: SeenRequest) => {
      if (request.method === 'GET') {
        version++;
        return json({
          BusinessCardKey: 'k',
          EntityType: 'Contact',
          EntityKey: 'c',
          RoleOrTitle: `v${version}`,
          EmailAddresses: [],
        });
      }
      return version === 1 ? json(conflict, 409) : new Response(null, { status: 204 });
    });
    await client.updateBusinessCard('k', (c) => ({ ...c, EmailAddresses: ['a@b.com'] }));
    expect(seen.map((r) => r.method)).toEqual(['GET', 'PUT', 'GET', 'PUT']);
    expect(JSON.parse(seen[3]?.body ?? '{}')).toMatchObject({ RoleOrTitle: 'v2', EmailAddresses: ['a@b.com'] });
  });

  it('puts only writable contact fields and leaves cards alone', async () => {
    const { client, seen } = setup(
      json(fixtureJson('karbon/contact-get-expanded.json')),
      new Response(null, { status: 204 }),
    );
    await client.updateContact('67zlxNyJSr8e', (body) => ({ ...body, FirstName: 'Will' }));
    const sent = JSON.parse(seen[1]?.body ?? '{}') as Record<string, unknown>;
    expect(Object.keys(sent).sort()).toEqual(
      [
        'ClientManager',
        'ClientOwner',
        'ContactType',
        'EntityDescription',
        'FirstName',
        'LastName',
        'MiddleName',
        'PreferredName',
        'RestrictionLevel',
        'Salutation',
        'Suffix',
        'UserDefinedIdentifier',
      ].sort(),
    );
    expect(sent.FirstName).toBe('Will');
    expect(seen[0]?.url.searchParams.has('$expand')).toBe(false);
  });

  it('creates once and adopts the existing record when the keyed create hits a duplicate identifier', async () => {
    const { client, seen } = setup(
      new TypeError('fetch failed'),
      json(fixtureJson('karbon/errors/Duplicate_UDI.json'), 500),
      json(fixtureJson('karbon/organization-get-expanded.json')),
    );
    const created = await client.createOrganization({ FullName: 'Sample Company', UserDefinedIdentifier: 'XERO-1' });
    expect(created.existed).toBe(true);
    expect(seen.map((r) => r.method)).toEqual(['POST', 'POST', 'GET']);
    expect(decodeURIComponent(seen[2]?.url.pathname ?? '')).toBe(
      "/v3/Organizations/GetOrganizationByUserDefinedIdentifier(UserDefinedIdentifier='XERO-1')",
    );
  });

  it('never resends an unkeyed create after a dropped connection', async () => {
    const { client, seen } = setup(new TypeError('fetch failed'));
    await expect(client.createContact({ FirstName: 'A', LastName: 'B' })).rejects.toMatchObject({ kind: 'network' });
    expect(seen).toHaveLength(1);
  });
});
