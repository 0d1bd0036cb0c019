import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FetchLike } from '../../../lib/api/http-core';
import { createKarbonClient, odataString } from '../../../lib/api/karbon-client';
import type { Sandbox } from '../../sandbox/server';
import { karbonBodyValidator } from './helpers/karbon-spec';
import { control, openSandbox, recordingFetch, sandboxClock } from './helpers/sandbox';

const bodySchemas: Record<string, (data: unknown) => string[]> = {
  'POST Contacts': karbonBodyValidator('CreateContact'),
  'PUT Contacts': karbonBodyValidator('CreateContact'),
  'POST Organizations': karbonBodyValidator('CreateOrganization'),
  'PUT Organizations': karbonBodyValidator('UpdateOrganization'),
  'PUT BusinessCards': karbonBodyValidator('BusinessCardRequest'),
};

let sb: Sandbox;

beforeAll(async () => {
  sb = await openSandbox();
});
afterAll(() => sb.close());
beforeEach(() => sb.reset({ seed: 'empty' }));

function client(options: { keys?: { bearer: string; accessKey: string }; wrap?: (f: FetchLike) => FetchLike } = {}) {
  const http = recordingFetch();
  const karbon = createKarbonClient({
    fetch: options.wrap ? options.wrap(http.fetch) : http.fetch,
    baseUrl: sb.endpoints.karbonApi,
    clock: sandboxClock(sb),
    getCredentials: () => options.keys ?? sb.credentials.karbon,
  });
  /** Every JSON body sent, checked against the spec schema of its endpoint. */
  const bodyErrors = () =>
    http.sent
      .filter((r) => r.method === 'POST' || r.method === 'PUT')
      .flatMap((r) => {
        const entity = r.url.pathname.split('/')[3] ?? '';
        const validate = bodySchemas[`${r.method} ${entity}`];
        if (!validate) return [`no schema for ${r.method} ${entity}`];
        return validate(JSON.parse(r.body)).map((e) => `${r.method} ${r.url.pathname} ${e}`);
      });
  return { karbon, sent: http.sent, bodyErrors };
}

const card = (email: string) => ({
  IsPrimaryCard: true,
  EmailAddresses: [email],
  PhoneNumbers: [{ Number: '0295550101', CountryCode: 'AU', Label: 'Work' }],
  Addresses: [
    {
      AddressLines: '1 George St',
      City: 'Sydney',
      StateProvinceCounty: 'NSW',
      ZipCode: '2000',
      CountryCode: 'AU',
      Label: 'Physical',
    },
  ],
});

const people = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    FirstName: `Person${String(i).padStart(3, '0')}`,
    LastName: 'Example',
    LastModifiedDateTime: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
    BusinessCards: [card(`p${i}@example.test`)],
  }));

describe('Karbon client against the sandbox', () => {
  it('pages 250 people through @odata.nextLink in 3 calls', async () => {
    await control(sb, 'dataset', { karbon: { contacts: people(250) } });
    const { karbon, sent } = client();
    const counts: number[] = [];
    for await (const page of karbon.listContactPages()) counts.push(page.records.length);
    expect(counts).toEqual([100, 100, 50]);
    expect(sent).toHaveLength(3);
  });

  it('reads newest first and stops at the cursor', async () => {
    await control(sb, 'dataset', { karbon: { contacts: people(250) } });
    const { karbon, sent } = client();
    const since = new Date(Date.UTC(2026, 0, 1) + 239.5 * 60_000);
    const { records } = await karbon.listContacts({ modifiedSince: since });
    expect(records.map((r) => r.FullName)).toEqual(Array.from({ length: 10 }, (_, i) => `Person${249 - i} Example`));
    expect(sent).toHaveLength(1);
  });

  it('filters by email, case-insensitively', async () => {
    await control(sb, 'dataset', { karbon: { contacts: people(5) } });
    const { karbon } = client();
    const { records } = await karbon.listContacts({ filter: `EmailAddress eq ${odataString('P3@EXAMPLE.TEST')}` });
    expect(records.map((r) => r.FullName)).toEqual(['Person003 Example']);
  });

  it('creates people and organizations with spec-valid bodies; a keyed create is not duplicated', async () => {
    const { karbon, bodyErrors } = client();
    const org = await karbon.createOrganization({
      FullName: 'Harbour Bakery Pty Ltd',
      UserDefinedIdentifier: 'XERO-1',
      BusinessCards: [card('accounts@harbour.test')],
    });
    expect(org.existed).toBe(false);
    const again = await karbon.createOrganization({
      FullName: 'Harbour Bakery Pty Ltd',
      UserDefinedIdentifier: 'XERO-1',
    });
    expect(again).toMatchObject({ existed: true, record: { OrganizationKey: org.record.OrganizationKey } });
    await control(sb, 'faults', { queue: ['drop'] });
    const person = await karbon.createContact({
      FirstName: 'Aroha',
      LastName: 'Ngata',
      UserDefinedIdentifier: 'XERO-2',
    });
    expect(person.existed).toBe(true);
    expect(sb.state().karbon?.contacts).toHaveLength(1);
    expect(sb.state().karbon?.organizations).toHaveLength(1);
    expect(bodyErrors()).toEqual([]);
    expect(karbonBodyValidator('CreateContact')({ FirstName: 'Only' })).toEqual([
      "/ must have required property 'LastName'",
    ]);
  });

  it('changes a business card by read-modify-write, keeping phones and addresses', async () => {
    const { karbon, bodyErrors } = client();
    const { record } = await karbon.createContact({
      FirstName: 'Jo',
      LastName: 'Bloggs',
      BusinessCards: [card('jo@old.test')],
    });
    const cardKey = (await karbon.getContact(record.ContactKey))?.BusinessCards?.[0]?.BusinessCardKey ?? '';
    await karbon.updateBusinessCard(cardKey, (c) => ({ ...c, EmailAddresses: ['jo@new.test'] }));
    const after = await karbon.getBusinessCard(cardKey);
    expect(after?.EmailAddresses).toEqual(['jo@new.test']);
    expect(after?.PhoneNumbers?.map((p) => p.Number)).toEqual(['0295550101']);
    expect(after?.Addresses?.map((a) => a.City)).toEqual(['Sydney']);
    expect(bodyErrors()).toEqual([]);
  });

  it('re-reads and re-applies when another writer saved between read and write (409)', async () => {
    const seed = client();
    const { record } = await seed.karbon.createContact({ FirstName: 'Sam', LastName: 'Lee' });
    let interfered = false;
    const { karbon, sent, bodyErrors } = client({
      wrap: (inner) => async (input, init) => {
        if (input.method === 'PUT' && !interfered) {
          interfered = true;
          sb.clock.advance(1_000);
          await seed.karbon.patchContact(record.ContactKey, { PreferredName: 'Sammy' });
        }
        return inner(input, init);
      },
    });
    await karbon.updateContact(record.ContactKey, (body) => ({ ...body, LastName: 'Lee-Smith' }));
    expect(sent.map((r) => r.method)).toEqual(['GET', 'PUT', 'GET', 'PUT']);
    expect(await karbon.getContact(record.ContactKey)).toMatchObject({ LastName: 'Lee-Smith', PreferredName: 'Sammy' });
    expect(bodyErrors()).toEqual([]);
  });

  it('reads TenantSettings contact types and answers undefined for unknown keys', async () => {
    const { karbon } = client();
    expect((await karbon.getTenantSettings()).ContactTypes.length).toBeGreaterThan(0);
    expect(await karbon.getContact('nOSuchKey12')).toBeUndefined();
    expect(await karbon.getOrganization('nOSuchKey12')).toBeUndefined();
  });

  it('maps a wrong key pair to unauthorized without retrying', async () => {
    const { karbon, sent } = client({ keys: { bearer: sb.credentials.karbon.bearer, accessKey: 'eyJ.wrong.key' } });
    await expect(karbon.listContacts()).rejects.toMatchObject({ service: 'karbon', kind: 'unauthorized', status: 401 });
    expect(sent).toHaveLength(1);
  });

  it('maps bad OData and a restriction refusal to their documented errors, without retrying', async () => {
    const { karbon, sent } = client();
    await expect(karbon.listContacts({ filter: "Nonsense eq 'x'" })).rejects.toMatchObject({
      kind: 'invalid-request',
      status: 400,
    });
    await expect(
      karbon.createContact({ FirstName: 'Pri', LastName: 'Vate', RestrictionLevel: 'Private' }),
    ).rejects.toMatchObject({
      kind: 'forbidden',
      status: 403,
      code: '4021',
    });
    expect(sent).toHaveLength(2);
  });

  it('retries reads through 429, 500 and a malformed body', async () => {
    const { karbon, sent } = client();
    await control(sb, 'faults', { queue: ['429', '500', 'malformed'] });
    expect((await karbon.listOrganizations()).records).toEqual([]);
    expect(sent).toHaveLength(4);
  });

  it('stays under 120 calls a minute: 130 reads, no 429', async () => {
    const { karbon } = client();
    await Promise.all(Array.from({ length: 130 }, () => karbon.getContact('nOSuchKey12')));
    expect(sb.calls().services.karbon?.rateLimited ?? 0).toBe(0);
  });
});
