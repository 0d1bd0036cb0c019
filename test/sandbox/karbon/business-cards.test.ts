import { beforeEach, describe, expect, it } from 'vitest';
import { caller, testContext } from './call-module';
import { createKarbonModule } from './index';
import { karbonFixture, responseErrors } from './karbon-spec';

const API = '/karbon-api/v3';
const ORG = '2Nw8tnxwQCVf';
const ORG_CARD = 'PVvnQdX1RCH';

let call: ReturnType<typeof caller>;
beforeEach(() => {
  const karbon = createKarbonModule(testContext());
  karbon.load({
    karbon: {
      contacts: [karbonFixture('contact-get-expanded.json')],
      organizations: [karbonFixture('organization-get-expanded.json')],
    },
  });
  call = caller(karbon.routes);
});

const card = async (key: string) =>
  (await call('GET', `${API}/BusinessCards/${key}`)).json() as Record<string, unknown>;

describe('/v3/BusinessCards/{key}', () => {
  it('GET serves the card in the BusinessCard shape', async () => {
    const body = await card(ORG_CARD);
    expect(body).toMatchObject({
      BusinessCardKey: ORG_CARD,
      EntityType: 'Organization',
      EntityKey: ORG,
      IsPrimaryCard: true,
    });
    expect(responseErrors('GET', '/v3/BusinessCards/{BusinessCardKey}', 200, body)).toEqual([]);
  });

  it('PUT replaces the whole card: omitted fields are cleared, the owner moves LastModifiedDateTime', async () => {
    const before = (await call('GET', `${API}/Organizations/${ORG}`)).json() as { LastModifiedDateTime: string };
    const res = await call('PUT', `${API}/BusinessCards/${ORG_CARD}`, {
      body: {
        EntityType: 'Organization',
        EntityKey: ORG,
        EmailAddresses: ['accounts@sample.example'],
        PhoneNumbers: [{ Number: '+61 2 9000 0000', CountryCode: 'AU', Label: 'Office' }],
      },
    });
    expect(res.status).toBe(204);
    const after = await card(ORG_CARD);
    expect(after).toMatchObject({
      EmailAddresses: ['accounts@sample.example'],
      WebSites: [],
      Addresses: [],
      IsPrimaryCard: true,
    });
    expect(after.FacebookLink).toBeUndefined();
    expect((after.PhoneNumbers as { PhoneNumberKey: string }[])[0]?.PhoneNumberKey).toMatch(/\S/);
    const org = (await call('GET', `${API}/Organizations/${ORG}`)).json() as { LastModifiedDateTime: string };
    expect(org.LastModifiedDateTime > before.LastModifiedDateTime).toBe(true);
    const list = (await call('GET', `${API}/Organizations?$filter=EmailAddress eq 'accounts@sample.example'`)).json();
    expect(list).toMatchObject({ '@odata.count': 1 });
  });

  it.each([
    [{ EntityKey: ORG }, 400, '4005'],
    [{ EntityType: 'Organization', EntityKey: 'someone-else' }, 400, '4002'],
    [{ EntityType: 'Organization', EntityKey: ORG, Colour: 'red' }, 400, '4002'],
    [{ EntityType: 'Organization', EntityKey: ORG, EmailAddresses: 'one@x.example' }, 400, '4002'],
  ])('PUT refuses %j', async (body, status, code) => {
    const before = await card(ORG_CARD);
    const res = await call('PUT', `${API}/BusinessCards/${ORG_CARD}`, { body });
    expect(res.status).toBe(status);
    expect(res.json()).toMatchObject({ error: { code } });
    expect(await card(ORG_CARD)).toEqual(before);
  });

  it('answers BusinessCard_Not_Found on GET and the generic 404 on PUT', async () => {
    const get = await call('GET', `${API}/BusinessCards/nope`);
    expect(get.status).toBe(404);
    expect(get.json()).toEqual({ error: { code: '4004', message: 'Invalid businessCardPermaKey nope' } });
    const put = await call('PUT', `${API}/BusinessCards/nope`, { body: { EntityType: 'Contact', EntityKey: 'x' } });
    expect(put.status).toBe(404);
    expect(put.json()).toEqual(karbonFixture('errors/ResourceNotFound.json'));
  });
});

describe('/v3/TenantSettings', () => {
  it('lists the default Contact Types as {Name, ContactTypeKey} objects, including a firm-defined one', async () => {
    const body = (await call('GET', `${API}/TenantSettings`)).json() as { ContactTypes: { Name: string }[] };
    expect(body.ContactTypes.map((t) => t.Name)).toEqual(
      expect.arrayContaining(['Client', 'Prospect', 'Supplier', 'XPM Client']),
    );
    expect(responseErrors('GET', '/v3/TenantSettings', 200, body)).toEqual([]);
  });
});

describe('firm-defined Contact Types', () => {
  it('registers a type used by dataset records, so TenantSettings lists it and writes may use it', async () => {
    const karbon = createKarbonModule(testContext());
    karbon.load({
      karbon: { organizations: [{ OrganizationKey: 'ORG1', FullName: 'Pounamu Ltd', ContactType: 'Client - VIP' }] },
    });
    const own = caller(karbon.routes);
    const body = (await own('GET', `${API}/TenantSettings`)).json() as { ContactTypes: { Name: string }[] };
    expect(body.ContactTypes.map((t) => t.Name)).toContain('Client - VIP');
    const put = await own('PUT', `${API}/Organizations/ORG1`, {
      body: { FullName: 'Pounamu Limited', ContactType: 'Client - VIP' },
    });
    expect(put.status).toBe(204);
  });
});
