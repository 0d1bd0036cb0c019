import { beforeEach, describe, expect, it } from 'vitest';
import { caller, testContext, type TestContext } from './call-module';
import { createKarbonModule, type KarbonModule } from './index';
import { karbonFixture } from './karbon-spec';

const API = '/karbon-api/v3';
const PERSON = '67zlxNyJSr8e';
const ORG = '2Nw8tnxwQCVf';
const fixtureError = (name: string) => karbonFixture(`errors/${name}.json`);

let ctx: TestContext;
let karbon: KarbonModule;
let call: ReturnType<typeof caller>;

beforeEach(() => {
  ctx = testContext();
  karbon = createKarbonModule(ctx);
  karbon.load({
    karbon: {
      contacts: [karbonFixture('contact-get-expanded.json')],
      organizations: [karbonFixture('organization-get-expanded.json')],
    },
  });
  call = caller(karbon.routes);
});

const getPerson = async () =>
  (await call('GET', `${API}/Contacts/${PERSON}?$expand=BusinessCards`)).json() as Record<string, unknown> & {
    LastModifiedDateTime: string;
    BusinessCards: Record<string, unknown>[];
  };

describe('POST /v3/Contacts and /v3/Organizations', () => {
  it('creates a person with a primary card and serves it by key', async () => {
    const res = await call('POST', `${API}/Contacts`, {
      body: {
        FirstName: 'Aroha',
        LastName: 'Ngata',
        ContactType: 'Client',
        BusinessCards: [{ EmailAddresses: ['aroha@ngata.example'] }],
      },
    });
    expect(res.status).toBe(201);
    const created = res.json() as {
      ContactKey: string;
      BusinessCards: { IsPrimaryCard: boolean; EntityKey: string }[];
    };
    expect(created.BusinessCards[0]).toMatchObject({ IsPrimaryCard: true, EntityKey: created.ContactKey });
    const list = (await call('GET', `${API}/Contacts?$filter=EmailAddress eq 'aroha@ngata.example'`)).json();
    expect(list).toMatchObject({
      '@odata.count': 1,
      value: [{ ContactKey: created.ContactKey, FullName: 'Aroha Ngata' }],
    });
  });

  it('accepts the shared organization create request fixture', async () => {
    const body = { ...karbonFixture('organization-create-request.json'), UserDefinedIdentifier: 'OTHERCO' };
    const res = await call('POST', `${API}/Organizations`, { body });
    expect(res.status).toBe(201);
    expect(res.json()).toMatchObject({
      FullName: 'Sample Company',
      ContactType: 'Prospect',
      RestrictionLevel: 'Public',
    });
  });

  it.each([
    [{ LastName: 'Only' }, 400, '4005', 'Required payload data is missing: FirstName'],
    [{ FirstName: 'A', LastName: 'B', Nickname: 'x' }, 400, '4002', "The property 'Nickname' does not exist"],
    [{ FirstName: 'A', LastName: 'B', ContactType: 'Gold' }, 400, '4002', "The ContactType 'Gold' does not exist"],
    [
      { FirstName: 'A', LastName: 'B', RestrictionLevel: 'Hidden' },
      403,
      '4021',
      'permission to set RestrictionLevel to Hidden',
    ],
    [
      { FirstName: 'A', LastName: 'B', UserDefinedIdentifier: 'billjr' },
      500,
      '5001',
      'User defined identifier already in use',
    ],
    [{ FirstName: 'A', LastName: 7 }, 400, '4002', "Cannot convert the literal value of 'LastName'"],
    [
      { FirstName: 'A', LastName: 'B', BusinessCards: [{ Addresses: [{ AddressLines: 'x'.repeat(201) }] }] },
      400,
      '4002',
      'maximum length of 200',
    ],
    [
      { FirstName: 'A', LastName: 'B', BusinessCards: [{ PhoneNumbers: [{ Number: '1'.repeat(21) }] }] },
      400,
      '4002',
      'maximum length of 20',
    ],
    [
      { FirstName: 'A', LastName: 'B', BusinessCards: [{ Addresses: [{ Label: 'Postal' }] }] },
      400,
      '4002',
      "'Postal' is not a valid",
    ],
    [
      { FirstName: 'A', LastName: 'B', BusinessCards: [{ Addresses: [{ CountryCode: 'au' }] }] },
      400,
      '4002',
      "The CountryCode 'au'",
    ],
    [
      { FirstName: 'A', LastName: 'B', BusinessCards: 'none' },
      400,
      '4002',
      "Cannot convert the literal value of 'BusinessCards'",
    ],
  ])('refuses %j with %i %s', async (body, status, code, message) => {
    const before = JSON.stringify(karbon.dump());
    const res = await call('POST', `${API}/Contacts`, { body });
    expect(res.status).toBe(status);
    const error = (res.json() as { error: { code: string; message: string } }).error;
    expect(error.code).toBe(code);
    expect(error.message).toContain(message);
    expect(JSON.stringify(karbon.dump())).toBe(before);
  });

  it('answers the fixture bodies for a duplicate UDI and a Hidden restriction', async () => {
    const dup = await call('POST', `${API}/Organizations`, {
      body: { FullName: 'X', UserDefinedIdentifier: 'SAMPLECO' },
    });
    expect(dup.json()).toEqual(fixtureError('Duplicate_UDI'));
    const hidden = await call('POST', `${API}/Organizations`, { body: { FullName: 'X', RestrictionLevel: 'Hidden' } });
    expect(hidden.json()).toEqual(fixtureError('RestrictionLevel_Permission_Denied'));
  });

  it.each([
    ['malformed JSON', '{"FirstName": "A",', 'application/json', 400],
    ['a JSON array', '[1,2]', 'application/json', 400],
    ['an empty body', '', 'application/json', 400],
    ['a form body', 'FirstName=A', 'application/x-www-form-urlencoded', 415],
  ])('answers %s without touching the store', async (_label, raw, type, status) => {
    const before = JSON.stringify(karbon.dump());
    const res = await call('POST', `${API}/Contacts`, { body: raw, headers: { 'content-type': type } });
    expect(res.status).toBe(status);
    expect(res.json()).toMatchObject({ error: { code: status === 400 ? '4005' : '4002' } });
    expect(JSON.stringify(karbon.dump())).toBe(before);
  });
});

describe('PUT /v3/Contacts/{key} and /v3/Organizations/{key}', () => {
  it('answers 204, replaces the fields and keeps cards when BusinessCards is omitted', async () => {
    const before = await getPerson();
    ctx.advance(1000);
    const res = await call('PUT', `${API}/Contacts/${PERSON}`, { body: { FirstName: 'Bill', LastName: 'Connor' } });
    expect(res.status).toBe(204);
    expect(res.body).toBeUndefined();
    const after = await getPerson();
    expect(after).toMatchObject({ FirstName: 'Bill', LastName: 'Connor', RestrictionLevel: 'Public' });
    expect(after.MiddleName).toBeUndefined();
    expect(after.BusinessCards).toEqual(before.BusinessCards);
    expect(after.LastModifiedDateTime > before.LastModifiedDateTime).toBe(true);
  });

  it('replaces the cards when BusinessCards is sent: listed keys kept, unlisted cards removed, new ones keyed', async () => {
    const res = await call('PUT', `${API}/Contacts/${PERSON}`, {
      body: {
        FirstName: 'William',
        LastName: 'Connor',
        BusinessCards: [
          {
            BusinessCardKey: '2tBHyXtJBxBy',
            EntityType: 'Contact',
            EntityKey: PERSON,
            IsPrimaryCard: true,
            EmailAddresses: ['new@example.com'],
          },
          { EmailAddresses: ['second@example.com'] },
        ],
      },
    });
    expect(res.status).toBe(204);
    const cards = (await getPerson()).BusinessCards;
    expect(cards).toHaveLength(2);
    expect(cards[0]).toMatchObject({
      BusinessCardKey: '2tBHyXtJBxBy',
      EmailAddresses: ['new@example.com'],
      Addresses: [],
    });
    expect(cards[1]).toMatchObject({ IsPrimaryCard: false, EntityType: 'Contact', EntityKey: PERSON });
    expect(typeof cards[1]?.BusinessCardKey).toBe('string');
  });

  it('accepts the shared organization update request fixture', async () => {
    const body = karbonFixture('organization-update-request.json');
    expect((await call('PUT', `${API}/Organizations/${ORG}`, { body })).status).toBe(204);
    const org = (await call('GET', `${API}/Organizations/${ORG}`)).json();
    expect(org).toMatchObject({ ContactType: 'Client', AccountingDetail: { LegalName: 'The Sample Company' } });
  });

  it('merges RegistrationNumbers: a blank number deletes that Type, others upsert', async () => {
    const body = {
      FullName: 'Sample Company',
      AccountingDetail: {
        RegistrationNumbers: [
          { RegistrationNumber: '', Type: 'Australian Company Number (ACN)' },
          { RegistrationNumber: '11 222 333 444', Type: 'Australian Business Number (ABN)' },
        ],
      },
    };
    expect((await call('PUT', `${API}/Organizations/${ORG}`, { body })).status).toBe(204);
    const org = (await call('GET', `${API}/Organizations/${ORG}`)).json() as {
      AccountingDetail: { RegistrationNumbers: unknown[] };
    };
    expect(org.AccountingDetail.RegistrationNumbers).toEqual([
      { RegistrationNumber: '11 222 333 444', Type: 'Australian Business Number (ABN)' },
    ]);
  });

  it.each([
    [{ Sex: 'X' }, 'AccountingDetail.Sex'],
    [{ BirthDate: 'yesterday' }, 'AccountingDetail.BirthDate'],
    [{ FinancialYearEndMonth: 'June' }, 'AccountingDetail.FinancialYearEndMonth'],
    [{ RegistrationNumbers: [{ RegistrationNumber: '1', Type: 'Shoe Size' }] }, 'AccountingDetail.RegistrationNumbers'],
    [
      { RegistrationNumbers: [{ RegistrationNumber: '9'.repeat(51), Type: 'Tax ID' }] },
      'AccountingDetail.RegistrationNumbers',
    ],
    [{ Notes: [{ Body: 'x', Type: 'Gossip' }] }, 'AccountingDetail.Notes'],
  ])('refuses AccountingDetail %j so what is stored stays servable', async (detail, message) => {
    const res = await call('PUT', `${API}/Organizations/${ORG}`, {
      body: { FullName: 'Sample Company', AccountingDetail: detail },
    });
    expect(res.status).toBe(400);
    expect((res.json() as { error: { message: string } }).error.message).toContain(message);
  });

  it('answers 409 Conflict_StaleObjectState when the body carries an old LastModifiedDateTime', async () => {
    const seen = await getPerson();
    await call('PATCH', `${API}/Contacts/${PERSON}`, { body: { Suffix: 'Sr.' } });
    const stale = await call('PUT', `${API}/Contacts/${PERSON}`, {
      body: { FirstName: 'X', LastName: 'Y', LastModifiedDateTime: seen.LastModifiedDateTime },
    });
    expect(stale.status).toBe(409);
    expect(stale.json()).toEqual(fixtureError('Conflict_StaleObjectState'));
    expect((await getPerson()).FirstName).toBe('William');
    const fresh = await getPerson();
    const ok = await call('PUT', `${API}/Contacts/${PERSON}`, {
      body: { FirstName: 'X', LastName: 'Y', LastModifiedDateTime: fresh.LastModifiedDateTime },
    });
    expect(ok.status).toBe(204);
  });

  it('answers 409 for a stale If-Match header too', async () => {
    const res = await call('PATCH', `${API}/Organizations/${ORG}`, {
      body: { FullName: 'Renamed' },
      headers: { 'if-match': '"2020-01-01T00:00:00.0000000Z"' },
    });
    expect(res.status).toBe(409);
  });

  it('answers the documented 404 shapes for unknown keys', async () => {
    const person = await call('PUT', `${API}/Contacts/missing`, { body: { FirstName: 'A', LastName: 'B' } });
    expect(person.status).toBe(404);
    expect(person.json()).toEqual(fixtureError('ResourceNotFound'));
    const org = await call('PUT', `${API}/Organizations/missing`, { body: { FullName: 'A' } });
    expect(org.status).toBe(404);
    expect((org.json() as { error: { message: string } }).error.message).toMatch(/^No HTTP resource was found/);
  });
});

describe('PATCH', () => {
  it('changes only the documented properties and moves LastModifiedDateTime', async () => {
    const before = await getPerson();
    const res = await call('PATCH', `${API}/Contacts/${PERSON}`, { body: { FirstName: 'Liam', PreferredName: 'Li' } });
    expect(res.status).toBe(200);
    const after = await getPerson();
    expect(after).toMatchObject({ FirstName: 'Liam', PreferredName: 'Li', LastName: 'Connor', ContactType: 'Client' });
    expect(after.BusinessCards).toEqual(before.BusinessCards);
    expect(after.LastModifiedDateTime > before.LastModifiedDateTime).toBe(true);
  });

  it.each([
    ['Contacts', PERSON, { ContactType: 'Prospect' }, 'Invalid property to update. Only FirstName'],
    ['Organizations', ORG, { ContactType: 'Client' }, 'Invalid property to update. Only FullName can be patched'],
  ])('refuses other properties on %s', async (set, key, body, message) => {
    const res = await call('PATCH', `${API}/${set}/${key}`, { body });
    expect(res.status).toBe(400);
    expect((res.json() as { error: { code: string; message: string } }).error).toMatchObject({ code: '4002' });
    expect((res.json() as { error: { message: string } }).error.message.startsWith(message)).toBe(true);
  });

  it('answers Missing_Update_Data for an empty body', async () => {
    const res = await call('PATCH', `${API}/Contacts/${PERSON}`, { body: {} });
    expect(res.status).toBe(400);
    expect(res.json()).toEqual(fixtureError('Missing_Update_Data'));
  });
});

describe('load and dump', () => {
  it('round-trips the dataset shape and generates missing keys', () => {
    karbon.load({
      karbon: {
        contacts: [{ FirstName: 'No', LastName: 'Key', BusinessCards: [{ EmailAddresses: ['n@k.example'] }] }],
      },
    });
    const dumped = karbon.dump().karbon?.contacts as {
      ContactKey: string;
      BusinessCards: { BusinessCardKey: string; EntityKey: string }[];
    }[];
    expect(dumped).toHaveLength(1);
    expect(dumped[0]?.ContactKey).toMatch(/\S/);
    expect(dumped[0]?.BusinessCards[0]?.EntityKey).toBe(dumped[0]?.ContactKey);
    const again = createKarbonModule(testContext());
    again.load(karbon.dump());
    expect(again.dump()).toEqual(karbon.dump());
  });

  it('throws on a record that is not an object, leaving the previous records in place', () => {
    expect(() => karbon.load({ karbon: { contacts: ['nope'] } })).toThrow(/karbon.contacts\[0\]/);
    expect(karbon.dump().karbon?.contacts).toHaveLength(1);
  });
});

describe('lookups by UserDefinedIdentifier', () => {
  it.each([
    ['Contacts', 'GetContactByUserDefinedIdentifier', 'billjr', PERSON, 'UDI_Not_Found_Contact'],
    ['Organizations', 'GetOrganizationByUserDefinedIdentifier', 'SampleCo', ORG, 'UDI_Not_Found_Organization'],
  ])('%s/%s finds case-insensitively and answers the documented 404', async (set, fn, udi, key, missing) => {
    const found = await call(
      'GET',
      `${API}/${set}/${fn}(UserDefinedIdentifier=${encodeURIComponent(`'${udi}'`)})?$expand=BusinessCards`,
    );
    expect(found.status).toBe(200);
    expect(JSON.stringify(found.json())).toContain(key);
    const absent = await call('GET', `${API}/${set}/${fn}(UserDefinedIdentifier='nobody')`);
    expect(absent.status).toBe(404);
    expect(absent.json()).toEqual(fixtureError(missing));
  });
});

describe('query options on writes', () => {
  it.each([
    ['POST', `${API}/Contacts?$select=FirstName`],
    ['PUT', `${API}/Contacts/${PERSON}?$filter=x`],
    ['PATCH', `${API}/Organizations/${ORG}?$top=1`],
  ])('%s %s answers Unsupported_option', async (method, url) => {
    const res = await call(method, url, { body: { FirstName: 'A', LastName: 'B', FullName: 'C' } });
    expect(res.status).toBe(400);
    expect((res.json() as { error: { message: string } }).error.message).toMatch(
      /^Query option '\$\w+' is not allowed/,
    );
  });

  it('PUT accepts $expand=BusinessCards', async () => {
    const res = await call('PUT', `${API}/Contacts/${PERSON}?$expand=BusinessCards`, {
      body: { FirstName: 'A', LastName: 'B' },
    });
    expect(res.status).toBe(204);
  });
});
