import { beforeEach, describe, expect, it } from 'vitest';
import { caller, testContext } from './call-module';
import { buildSeed } from '../seed';
import { createKarbonModule } from './index';
import { karbonFixture, responseErrors, schemaErrors } from './karbon-spec';

const API = '/karbon-api/v3';
const PERSON = '67zlxNyJSr8e';
const ORG = '2Nw8tnxwQCVf';

function setup() {
  const karbon = createKarbonModule(testContext());
  const bare = { FirstName: 'Ngaio', LastName: 'Tane' };
  karbon.load({
    karbon: {
      contacts: [karbonFixture('contact-get-expanded.json'), bare],
      organizations: [karbonFixture('organization-get-expanded.json'), { FullName: 'Kauri Timber Ltd' }],
    },
  });
  return { karbon, call: caller(karbon.routes) };
}

let call: ReturnType<typeof setup>['call'];
beforeEach(() => {
  ({ call } = setup());
});

describe('every JSON body the Karbon module serves validates against KarbonAPI.json', () => {
  it.each([
    ['/v3/Contacts', `${API}/Contacts`],
    ['/v3/Contacts', `${API}/Contacts?$orderby=LastModifiedDateTime desc&$top=1`],
    ['/v3/Contacts', `${API}/Contacts?$filter=contains(EmailAddress,'sample')`],
    ['/v3/Contacts/{Contactkey}', `${API}/Contacts/${PERSON}`],
    ['/v3/Contacts/{Contactkey}', `${API}/Contacts/${PERSON}?$expand=BusinessCards,ClientTeam,ClientAccess`],
    ['/v3/Organizations', `${API}/Organizations?$orderby=FullName`],
    ['/v3/Organizations/{Organizationkey}', `${API}/Organizations/${ORG}?$expand=BusinessCards,Contacts,ClientTeam`],
    ['/v3/BusinessCards/{BusinessCardKey}', `${API}/BusinessCards/PVvnQdX1RCH`],
    ['/v3/BusinessCards/{BusinessCardKey}', `${API}/BusinessCards/2tBHyXtJBxBy`],
    ['/v3/TenantSettings', `${API}/TenantSettings`],
  ])('GET %s (%s)', async (specPath, url) => {
    const res = await call('GET', url);
    expect(res.status).toBe(200);
    expect(res.headers?.['content-type']).toMatch(/^application\/json/);
    expect(responseErrors('GET', specPath, 200, res.json())).toEqual([]);
  });

  it('records loaded without optional fields still serve schema-valid detail and list bodies', async () => {
    const list = (await call('GET', `${API}/Contacts?$filter=FullName eq 'Ngaio Tane'`)).json() as {
      value: { ContactKey: string }[];
    };
    const key = list.value[0]?.ContactKey ?? '';
    const detail = await call('GET', `${API}/Contacts/${key}?$expand=BusinessCards`);
    expect(responseErrors('GET', '/v3/Contacts/{Contactkey}', 200, detail.json())).toEqual([]);
    const orgs = await call('GET', `${API}/Organizations?$filter=FullName eq 'kauri timber ltd'`);
    expect((orgs.json() as { value: unknown[] }).value).toHaveLength(1);
    expect(responseErrors('GET', '/v3/Organizations', 200, orgs.json())).toEqual([]);
  });

  it('POST answers 201 with ResponseCreateContact / CreateOrganizationResponse bodies', async () => {
    const person = await call('POST', `${API}/Contacts`, { body: { FirstName: 'Aroha', LastName: 'Ngata' } });
    expect(person.status).toBe(201);
    expect(responseErrors('GET', '/v3/Contacts/{Contactkey}', 200, person.json())).toEqual([]);
    const body = { ...karbonFixture('organization-create-request.json'), UserDefinedIdentifier: 'NEWCO' };
    const org = await call('POST', `${API}/Organizations`, { body });
    expect(org.status).toBe(201);
    expect(schemaErrors('WithBusinessCardsCreateOrganizationResponse', org.json())).toEqual([]);
  });

  it('PATCH answers the documented 200 shape with AccountingDetail null', async () => {
    const person = await call('PATCH', `${API}/Contacts/${PERSON}`, { body: { PreferredName: 'Will' } });
    expect(person.status).toBe(200);
    expect(responseErrors('PATCH', '/v3/Contacts/{Contactkey}', 200, person.json())).toEqual([]);
    expect(person.json()).toMatchObject({ PreferredName: 'Will', AccountingDetail: null });
    const org = await call('PATCH', `${API}/Organizations/${ORG}`, { body: { FullName: 'Sample Company Ltd' } });
    expect(responseErrors('PATCH', '/v3/Organizations/{Organizationkey}', 200, org.json())).toEqual([]);
  });

  it.each([
    ['GET', `${API}/Contacts?$top=101`, 400, 'ErrorMessages'],
    ['GET', `${API}/Contacts/nope`, 404, 'ErrorMessages'],
    ['GET', `${API}/Organizations/nope`, 404, 'ErrorMessages'],
    ['GET', `${API}/BusinessCards/nope`, 404, 'ErrorMessages'],
    ['PUT', `${API}/Contacts/nope`, 404, 'ResourceNotFound'],
    ['PATCH', `${API}/Organizations/nope`, 404, 'ResourceNotFound'],
  ])('%s %s answers %i with a %s body', async (method, url, status, schema) => {
    const res = await call(method, url, method === 'GET' ? {} : { body: { FullName: 'x' } });
    expect(res.status).toBe(status);
    expect(schemaErrors(schema, res.json())).toEqual([]);
  });
});

describe('the demo seed', () => {
  it('loads, and every person and organization it holds is served schema-valid', async () => {
    const karbon = createKarbonModule(testContext());
    karbon.load(buildSeed());
    const own = caller(karbon.routes);
    const { contacts = [], organizations = [] } = karbon.dump().karbon ?? {};
    expect(contacts.length + organizations.length).toBeGreaterThanOrEqual(120);
    for (const c of contacts as { ContactKey: string }[]) {
      const res = await own('GET', `${API}/Contacts/${c.ContactKey}?$expand=BusinessCards,ClientTeam,ClientAccess`);
      expect(responseErrors('GET', '/v3/Contacts/{Contactkey}', 200, res.json())).toEqual([]);
    }
    for (const o of organizations as { OrganizationKey: string }[]) {
      const res = await own(
        'GET',
        `${API}/Organizations/${o.OrganizationKey}?$expand=BusinessCards,Contacts,ClientTeam`,
      );
      expect(responseErrors('GET', '/v3/Organizations/{Organizationkey}', 200, res.json())).toEqual([]);
    }
    for (const set of ['Contacts', 'Organizations'])
      expect(responseErrors('GET', `/v3/${set}`, 200, (await own('GET', `${API}/${set}`)).json())).toEqual([]);
  });

  it('refuses a dataset record the API would refuse, naming it', () => {
    const karbon = createKarbonModule(testContext());
    const bad = { FirstName: 'A', LastName: 'B', BusinessCards: [{ PhoneNumbers: [{ Number: '1'.repeat(30) }] }] };
    expect(() => karbon.load({ karbon: { contacts: [bad] } })).toThrow(/karbon.contacts\[0\].*maximum length of 20/);
  });
});
