import { beforeEach, describe, expect, it } from 'vitest';
import { caller, testContext, type TestContext } from '../karbon/call-module';
import { buildSeed } from '../seed';
import { createXpmModule, type XpmModule } from './index';
import { clientElementPaths, documentedClientPaths, responseOf, xpmFixture, type Xml } from './xml-helpers';

const BASE = '/xero/practicemanager/3.1/client.api';
const XML = { 'content-type': 'application/xml' };
const ACME = '720c21d3-e812-4bb1-9d6b-ddeb4745e7b9';

let ctx: TestContext;
let xpm: XpmModule;
let call: ReturnType<typeof caller>;

beforeEach(() => {
  ctx = testContext(Date.parse('2026-03-01T00:00:00Z'));
  xpm = createXpmModule(ctx);
  xpm.load({
    xpm: {
      clients: [
        {
          UUID: ACME,
          Name: 'XYZ Australia, NZ Business Unit',
          Email: 'someone@example.com',
          Phone: '(02) 1723 5265',
          BusinessStructure: 'Company',
          PostalAddress: 'Level 32, PWC Building\n188 Quay Street',
          Contacts: [
            {
              UUID: '10e45ad9-cd3f-42b9-9e7e-056e47c0c109',
              Name: 'Samantha Benecke',
              Email: 'sam@example.com',
              Mobile: '021 555 123',
              Position: 'Director',
              IsPrimary: 'Yes',
            },
          ],
        },
        {
          UUID: '9e023415-b173-4375-b8d5-4220b5a6b294',
          Name: 'A. Dutchess',
          BusinessStructure: 'Individual',
          FirstName: 'Anne',
          LastName: 'Dutchess',
        },
        { Name: 'Kiwi Family Trust', BusinessStructure: 'Family Trust (discretionary)', IsArchived: true },
      ],
    },
  });
  call = caller(xpm.routes);
});

const clientsOf = (text: string) => ((responseOf(text).Clients as Xml | undefined)?.Client ?? []) as Xml[];

describe('client.api list and get', () => {
  it('lists every client, archived included, in the base shape with Status OK and api-method', async () => {
    const res = await call('GET', `${BASE}/list`);
    expect(res.status).toBe(200);
    expect(res.headers?.['content-type']).toMatch(/^text\/xml/);
    const response = responseOf(res.text);
    expect(response.Status).toBe('OK');
    expect(response['@_api-method']).toBe('List');
    const clients = clientsOf(res.text);
    expect(clients.map((c) => c.Name)).toEqual(['XYZ Australia, NZ Business Unit', 'A. Dutchess', 'Kiwi Family Trust']);
    expect(clients[2]).toMatchObject({ IsArchived: 'Yes', IsDeleted: 'No' });
    expect(clients[0]?.Contacts).toBeUndefined();
  });

  it('adds contacts and practice fields with detailed=true, and free-text BusinessStructure comes back verbatim', async () => {
    const clients = clientsOf((await call('GET', `${BASE}/list?detailed=true`)).text);
    expect(clients[0]?.Contacts).toMatchObject({
      Contact: [{ Name: 'Samantha Benecke', IsPrimary: 'Yes', Position: 'Director' }],
    });
    expect(clients[2]?.BusinessStructure).toBe('Family Trust (discretionary)');
  });

  it('uses only element names documented in the XPM examples', async () => {
    const documented = documentedClientPaths();
    const got = await call('GET', `${BASE}/get/${ACME}`);
    const list = await call('GET', `${BASE}/list?detailed=true`);
    const served = new Set([...clientElementPaths(got.text), ...clientElementPaths(list.text)]);
    expect(served.has('Client/Contacts/Contact/IsPrimary')).toBe(true);
    expect([...served].filter((path) => !documented.has(path))).toEqual([]);
  });

  it('get answers the detailed client with an integer-based WebUrl', async () => {
    const response = responseOf((await call('GET', `${BASE}/get/${ACME.toUpperCase()}`)).text);
    expect(response.WebUrl).toMatch(/^https:\/\/practicemanager\.xero\.com\/Client\/\d+\/Detail$/);
    expect(response.Client).toMatchObject({ UUID: ACME, Phone: '(02) 1723 5265', BusinessStructure: 'Company' });
  });

  it('filters by modifiedsince (UTC yyyy-MM-ddTHH:mm:ss), and an edit brings a client back in', async () => {
    ctx.advance(60_000);
    expect(clientsOf((await call('GET', `${BASE}/list?modifiedsince=2026-03-01T00:00:30`)).text)).toEqual([]);
    await call('PUT', `${BASE}/update`, {
      body: `<Client><UUID>${ACME}</UUID><Phone>09 555 0000</Phone></Client>`,
      headers: XML,
    });
    const changed = clientsOf((await call('GET', `${BASE}/list?modifiedsince=2026-03-01T00:00:30`)).text);
    expect(changed.map((c) => c.UUID)).toEqual([ACME]);
    const bad = responseOf((await call('GET', `${BASE}/list?modifiedsince=yesterday`)).text);
    expect(bad.Status).toBe('ERROR');
  });

  it('answers an unknown client with HTTP 200 and Status ERROR', async () => {
    const res = await call('GET', `${BASE}/get/00000000-0000-0000-0000-000000000000`);
    expect(res.status).toBe(200);
    expect(responseOf(res.text)).toEqual({ Status: 'ERROR', ErrorDescription: 'Client not found' });
  });
});

describe('client.api add, update, archive, delete', () => {
  it('adds the documented example client with its inline contact and answers the detailed client', async () => {
    const res = await call('POST', `${BASE}/add`, { body: xpmFixture('docs/client-add-request.xml'), headers: XML });
    const response = responseOf(res.text);
    expect(response.Status).toBe('OK');
    const client = response.Client as Xml;
    expect(client).toMatchObject({ Name: 'Bloggs Electrical Ltd', IsArchived: 'No' });
    expect(client.Contacts).toMatchObject({ Contact: [{ Name: 'Jo Bloggs', IsPrimary: 'Yes' }] });
    expect(xpm.dump().xpm?.clients).toHaveLength(4);
  });

  it('update changes the given elements and leaves omitted ones alone; WebSite is read as Website', async () => {
    const body = `<Client><UUID>${ACME}</UUID><Email>new@example.com</Email><WebSite>www.xyz.example</WebSite><BusinessStructure>Partnership</BusinessStructure></Client>`;
    const response = responseOf(
      (await call('PUT', `${BASE}/update`, { body, headers: { 'content-type': 'text/xml' } })).text,
    );
    expect(response.Client).toMatchObject({
      Email: 'new@example.com',
      Website: 'www.xyz.example',
      Phone: '(02) 1723 5265',
      BusinessStructure: 'Partnership',
    });
  });

  it('archive and delete flag the client and answer a bare status', async () => {
    const body = xpmFixture('docs/client-archive-request.xml').replace('f8235e1a-d383-48b7-9139-ba97ab8ca889', ACME);
    expect(responseOf((await call('PUT', `${BASE}/archive`, { body, headers: XML })).text)).toMatchObject({
      Status: 'OK',
    });
    expect(responseOf((await call('POST', `${BASE}/delete`, { body, headers: XML })).text)).toMatchObject({
      Status: 'OK',
    });
    const client = responseOf((await call('GET', `${BASE}/get/${ACME}`)).text).Client as Xml;
    expect(client).toMatchObject({ IsArchived: 'Yes', IsDeleted: 'Yes' });
    const paged = responseOf((await call('GET', `${BASE}/paged-list`)).text);
    expect(((paged.Clients as Xml).Client as Xml[]).map((c) => c.UUID)).not.toContain(ACME);
  });

  it.each([
    ['malformed XML', '<Client><Name>Broken</Client>', XML, /^Invalid XML/],
    ['an empty body', '', XML, /empty/],
    ['a JSON body', '{"Name":"x"}', { 'content-type': 'application/json' }, /Unsupported content type/],
    ['the wrong root element', '<Contact><Name>x</Name></Contact>', XML, /single <Client>/],
    ['an unknown element', '<Client><Name>x</Name><Nickname>y</Nickname></Client>', XML, /Unknown element <Nickname>/],
    ['a missing Name', '<Client><Email>a@b.c</Email></Client>', XML, /Name is required/],
    ['an oversized Name', `<Client><Name>${'x'.repeat(256)}</Name></Client>`, XML, /longer than 255/],
    ['a bad Yes/No flag', '<Client><Name>x</Name><IsProspect>maybe</IsProspect></Client>', XML, /Yes or No/],
    [
      'an unknown billing client',
      '<Client><Name>x</Name><BillingClientUUID>nope</BillingClientUUID></Client>',
      XML,
      /Billing client/,
    ],
  ])('add refuses %s with Status ERROR and leaves the store as it was', async (_label, body, headers, message) => {
    const before = JSON.stringify(xpm.dump());
    const res = await call('POST', `${BASE}/add`, { body, headers });
    expect(res.status).toBe(200);
    const response = responseOf(res.text);
    expect(response.Status).toBe('ERROR');
    expect(String(response.ErrorDescription)).toMatch(message);
    expect(JSON.stringify(xpm.dump())).toBe(before);
  });

  it('update and archive refuse unknown or missing UUIDs', async () => {
    for (const [method, path] of [
      ['PUT', 'update'],
      ['PUT', 'archive'],
      ['POST', 'delete'],
    ] as const) {
      const missing = responseOf(
        (await call(method, `${BASE}/${path}`, { body: '<Client><Name>x</Name></Client>', headers: XML })).text,
      );
      expect(missing).toEqual({ Status: 'ERROR', ErrorDescription: 'UUID is required' });
      const unknown = responseOf(
        (await call(method, `${BASE}/${path}`, { body: '<Client><UUID>nope</UUID></Client>', headers: XML })).text,
      );
      expect(unknown).toEqual({ Status: 'ERROR', ErrorDescription: 'Client not found' });
    }
  });
});

describe('load and dump', () => {
  it('round-trips the dataset shape with nested contacts and generated UUIDs', () => {
    const dumped = xpm.dump().xpm?.clients as Xml[];
    expect(dumped[2]?.UUID).toMatch(/^[0-9a-f-]{36}$/);
    expect(dumped[0]?.Contacts).toEqual([
      expect.objectContaining({ UUID: '10e45ad9-cd3f-42b9-9e7e-056e47c0c109', Position: 'Director', IsPrimary: 'Yes' }),
    ]);
    const again = createXpmModule(testContext());
    again.load(xpm.dump());
    expect(again.dump()).toEqual(xpm.dump());
  });

  it('throws on a client without a Name', () => {
    expect(() => xpm.load({ xpm: { clients: [{ Email: 'x@y.z' }] } })).toThrow(/has no Name/);
  });
});

describe('the demo seed', () => {
  it('loads its clients with their contacts and lists them with documented element names only', async () => {
    const seeded = createXpmModule(testContext());
    seeded.load(buildSeed());
    const own = caller(seeded.routes);
    const text = (await own('GET', `${BASE}/list?detailed=true`)).text;
    const clients = clientsOf(text);
    expect(clients.length).toBeGreaterThanOrEqual(40);
    expect(clients.some((c) => typeof c.Contacts === 'object')).toBe(true);
    const documented = documentedClientPaths();
    const served = [...clientElementPaths(text)];
    expect(served.filter((p) => !documented.has(p))).toEqual([]);
  });
});

describe('client.api paged-list and search', () => {
  it('paged-list serves only live clients in pages with First/Next links', async () => {
    const first = responseOf((await call('GET', `${BASE}/paged-list?pageSize=1`)).text);
    expect(((first.Clients as Xml).Client as Xml[]).map((c) => c.Name)).toEqual(['XYZ Australia, NZ Business Unit']);
    const next = new URL(String(((first.Pagination as Xml).Links as Xml).Next));
    const second = responseOf((await call('GET', `${next.pathname}${next.search}`)).text);
    expect(((second.Clients as Xml).Client as Xml[]).map((c) => c.Name)).toEqual(['A. Dutchess']);
    expect(((second.Pagination as Xml).Links as Xml).Next).toBeUndefined();
    expect(responseOf((await call('GET', `${BASE}/paged-list?pageToken=%%%`)).text).Status).toBe('ERROR');
  });

  it('search matches names and emails case-insensitively and needs a query', async () => {
    const found = clientsOf((await call('GET', `${BASE}/search?query=SOMEONE@`)).text);
    expect(found.map((c) => c.UUID)).toEqual([ACME]);
    expect(clientsOf((await call('GET', `${BASE}/search?query=dutch`)).text).map((c) => c.Name)).toEqual([
      'A. Dutchess',
    ]);
    expect(responseOf((await call('GET', `${BASE}/search`)).text).Status).toBe('ERROR');
  });
});

describe('large answers', () => {
  it('lists more than a thousand clients as compact XML that parses to the same clients', async () => {
    const big = createXpmModule(testContext());
    big.load({ xpm: { clients: Array.from({ length: 1001 }, (_, i) => ({ Name: `Client ${i} & Co` })) } });
    const text = (await caller(big.routes)('GET', `${BASE}/list`)).text;
    expect(text).not.toContain('\n  <Status>');
    const clients = clientsOf(text);
    expect(clients).toHaveLength(1001);
    expect(clients[1000]?.Name).toBe('Client 1000 & Co');
  });
});
