import { describe, expect, it } from 'vitest';
import { createXpmClient, formatModifiedSince } from '../../../lib/api/xpm-client';
import { XPM_CLIENT_FIELDS, XPM_CONTACT_FIELDS } from '../../../lib/api/schemas/xpm-client';
import { parseXpmXml } from '../../../lib/api/xpm-xml';
import { createFakeClock } from './helpers/fake-clock';
import { createFakeFetch, json, xml } from './helpers/fake-fetch';
import { fixtureText } from './helpers/fixtures';

const BASE = 'https://api.xero.com/practicemanager/3.1';

function setup(...replies: Parameters<typeof createFakeFetch>) {
  const fake = createFakeFetch(...replies);
  const time = createFakeClock();
  const client = createXpmClient({
    fetch: fake.fetch,
    baseUrl: BASE,
    tenantId: 'practice-1',
    clock: time.clock,
    getToken: async () => 'token',
  });
  return { client, ...fake, ...time };
}

const ok = (inner: string) => `<Response api-method="X"><Status>OK</Status>${inner}</Response>`;

describe('createXpmClient', () => {
  it('parses the list fixture: empty contacts, missing optional elements, trimmed multi-line text', async () => {
    const { client, seen } = setup(xml(fixtureText('xpm/client-list-response.xml')));
    const since = new Date(Date.UTC(2026, 2, 4, 5, 6, 7, 890));
    const { records, rejected } = await client.listClients({ modifiedSince: since, detailed: true });
    expect(rejected).toEqual([]);
    expect(records.map((c) => c.Name)).toEqual(['XYZ Australia, NZ Business Unit', 'A. Dutchess']);
    expect(records[0]?.Contacts.map((c) => [c.Name, c.IsPrimary])).toEqual([['Samantha Benecke', 'Yes']]);
    expect(records[0]?.PostalAddress).toMatch(/^Level 32, PWC Building\n\s+188 Quay Street/);
    expect(records[0]?.Phone).toBe('(02) 1723 5265');
    expect(records[1]?.Contacts).toEqual([]);
    expect(records[1]?.IsArchived).toBeUndefined();
    expect(seen[0]?.url.search).toBe('?detailed=true&modifiedsince=2026-03-04T05%3A06%3A07');
    expect(seen[0]?.headers.get('xero-tenant-id')).toBe('practice-1');
    expect(formatModifiedSince(since)).toBe('2026-03-04T05:06:07');
  });

  it('parses the fullest get example (WebUrl, contacts, notes, groups)', async () => {
    const { client } = setup(xml(fixtureText('xpm/docs/client-get-response.xml')));
    const found = await client.getClient('f8235e1a-d383-48b7-9139-ba97ab8ca889');
    expect(found?.UUID).toBeTruthy();
    expect(found?.Contacts.length).toBeGreaterThan(0);
  });

  it('treats <Status>ERROR</Status> with HTTP 200 as an error', async () => {
    const { client, seen } = setup(xml(fixtureText('xpm/docs/response-error.xml')));
    await expect(client.listClients()).rejects.toMatchObject({
      service: 'xpm',
      kind: 'rejected',
      status: 200,
      message: 'A detailed explanation of the error',
    });
    expect(seen).toHaveLength(1);
  });

  it('answers undefined for a client XPM does not know', async () => {
    const { client } = setup(
      xml('<Response><Status>ERROR</Status><ErrorDescription>Client not found</ErrorDescription></Response>'),
    );
    expect(await client.getClient('nope')).toBeUndefined();
  });

  it('reports a contact without UUID by name and keeps its client', async () => {
    const body = ok(
      '<Clients><Client><UUID>c1</UUID><Name>Acme</Name><Contacts><Contact><Name>No Id</Name></Contact>' +
        '<Contact><UUID>k1</UUID><Name>Jo</Name></Contact></Contacts></Client><Client><Name>Nameless id</Name></Client></Clients>',
    );
    const { client } = setup(xml(body));
    const { records, rejected } = await client.listClients({ detailed: true });
    expect(records.map((c) => [c.UUID, c.Contacts.map((k) => k.UUID)])).toEqual([['c1', ['k1']]]);
    expect(rejected.map((r) => r.name)).toEqual(['Nameless id', 'No Id']);
    expect(rejected[1]?.error).toMatch(/XPM contact of "Acme" "No Id" .*UUID/);
  });

  it('sends add as XML with the entity as root, escaped, contacts nested, and never retries it', async () => {
    const { client, seen } = setup(json({}, 503));
    await expect(
      client.addClient({
        Name: 'Smith & Sons <Trust>',
        BusinessStructure: 'Trust',
        Contacts: [{ Name: 'Jo', IsPrimary: 'Yes' }],
      }),
    ).rejects.toMatchObject({ kind: 'server' });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.headers.get('content-type')).toBe('application/xml');
    expect(seen[0]?.body).toBe(
      '<Client><Name>Smith &amp; Sons &lt;Trust&gt;</Name><BusinessStructure>Trust</BusinessStructure>' +
        '<Contacts><Contact><Name>Jo</Name><IsPrimary>Yes</IsPrimary></Contact></Contacts></Client>',
    );
    expect(parseXpmXml(seen[0]?.body ?? '')).toMatchObject({ Client: { Name: 'Smith & Sons <Trust>' } });
  });

  it('retries an update after a 500 and returns the client XPM answers', async () => {
    const { client, seen } = setup(
      xml('<Response><Status>ERROR</Status><ErrorDescription>Server busy</ErrorDescription></Response>', 500),
      xml(ok('<Client><UUID>c1</UUID><Name>Acme Ltd</Name><Contacts /></Client>')),
    );
    const updated = await client.updateClient({ UUID: 'c1', Name: 'Acme Ltd' });
    expect(updated).toMatchObject({ UUID: 'c1', Name: 'Acme Ltd', Contacts: [] });
    expect(seen.map((r) => r.method)).toEqual(['PUT', 'PUT']);
    expect(seen[0]?.body).toBe('<Client><UUID>c1</UUID><Name>Acme Ltd</Name></Client>');
  });

  it('creates and updates contacts linked to their client', async () => {
    const answer = xml(ok('<Contact><UUID>k9</UUID><Name>Wyett E Coyote</Name><IsPrimary>Yes</IsPrimary></Contact>'));
    const { client, seen } = setup(answer);
    const created = await client.addContact('c1', { Name: 'Wyett E Coyote', IsPrimary: 'Yes' });
    expect(created.UUID).toBe('k9');
    await client.updateContact('k9', { Email: 'w@acme.test', Position: 'Owner' }, 'c1');
    expect(seen[0]?.body).toBe(
      '<Contact><Client><UUID>c1</UUID></Client><Name>Wyett E Coyote</Name><IsPrimary>Yes</IsPrimary></Contact>',
    );
    expect(seen[1]?.url.pathname).toBe('/practicemanager/3.1/client.api/contact/k9');
    expect(seen[1]?.body).toBe(
      '<Contact><Email>w@acme.test</Email><Position>Owner</Position><Client><UUID>c1</UUID></Client></Contact>',
    );
  });

  it('retries a malformed XML read', async () => {
    const { client, seen } = setup(xml('<Response><Status>OK</Sta'), xml(ok('<Clients />')));
    expect((await client.listClients()).records).toEqual([]);
    expect(seen).toHaveLength(2);
  });
});

describe('XPM request element names', () => {
  const names = (file: string) => {
    const root = Object.values(parseXpmXml(fixtureText(file)))[0] as Record<string, unknown>;
    return new Set(Object.keys(root));
  };

  it('sends only elements the 3.1 docs show in their add/update examples', () => {
    const clientDoc = new Set([
      ...names('xpm/docs/client-add-request.xml'),
      ...names('xpm/docs/client-archive-request.xml'),
    ]);
    const contactDoc = new Set([
      ...names('xpm/docs/contact-add-request.xml'),
      ...names('xpm/docs/contact-update-request.xml'),
      'UUID',
    ]);
    expect(XPM_CLIENT_FIELDS.filter((field) => !clientDoc.has(field))).toEqual([]);
    expect(XPM_CONTACT_FIELDS.filter((field) => !contactDoc.has(field))).toEqual([]);
  });
});
