import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caller, testContext } from './call-module';
import { createKarbonModule } from './index';
import { karbonFixture, responseErrors } from './karbon-spec';

const API = '/karbon-api/v3';
const PERSON = '67zlxNyJSr8e';
const ORG = '2Nw8tnxwQCVf';

const scalar = fc.oneof(fc.string({ maxLength: 30 }), fc.integer(), fc.boolean(), fc.constant(null));
const part = fc.dictionary(
  fc.constantFrom(
    'AddressLines',
    'City',
    'Label',
    'CountryCode',
    'ZipCode',
    'Number',
    'RegistrationNumber',
    'Type',
    'Body',
    'Name',
  ),
  scalar,
  { maxKeys: 4 },
);
const field = (names: string[]) =>
  fc.dictionary(
    fc.oneof(fc.constantFrom(...names), fc.string({ maxLength: 8 })),
    fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.array(part, { maxLength: 2 }), part),
    {
      maxKeys: 6,
    },
  );
const cardish = field([
  'EmailAddresses',
  'PhoneNumbers',
  'Addresses',
  'IsPrimaryCard',
  'BusinessCardKey',
  'EntityType',
  'EntityKey',
]);
const word = fc.string({ minLength: 1, maxLength: 12 }).filter((w) => w.trim() !== '');
const plausibleCard = fc.record(
  {
    EmailAddresses: fc.array(fc.string({ maxLength: 20 }), { maxLength: 2 }),
    PhoneNumbers: fc.array(
      fc.record({ Number: fc.string({ maxLength: 22 }), Label: fc.constantFrom('Work', 'Mobile', 'Pager') }),
      { maxLength: 2 },
    ),
    Addresses: fc.array(
      fc.record({ AddressLines: fc.string({ maxLength: 30 }), CountryCode: fc.constantFrom('AU', 'NZ', 'au', '') }),
      { maxLength: 1 },
    ),
  },
  { requiredKeys: [] },
);
const plausible = fc.oneof(
  fc.record({ FirstName: word, LastName: word, PreferredName: word }, { requiredKeys: ['FirstName', 'LastName'] }),
  fc.record(
    { FullName: word, BusinessCards: fc.array(plausibleCard, { maxLength: 2 }) },
    { requiredKeys: ['FullName'] },
  ),
  fc.record({ FirstName: word, LastName: word, BusinessCards: fc.array(plausibleCard, { maxLength: 2 }) }),
  fc.record({
    EntityType: fc.constantFrom('Contact', 'Organization'),
    EntityKey: fc.constantFrom(PERSON, ORG),
    EmailAddresses: fc.array(word, { maxLength: 2 }),
  }),
);
const body = fc.oneof(
  { arbitrary: plausible, weight: 3 },
  field([
    'FirstName',
    'LastName',
    'FullName',
    'ContactType',
    'RestrictionLevel',
    'UserDefinedIdentifier',
    'AccountingDetail',
  ]),
  fc.record({
    FirstName: fc.string({ maxLength: 5 }),
    LastName: fc.string({ maxLength: 5 }),
    BusinessCards: fc.array(cardish, { maxLength: 2 }),
  }),
  fc.record({
    FullName: fc.string({ maxLength: 5 }),
    AccountingDetail: field(['Sex', 'BirthDate', 'RegistrationNumbers', 'Notes']),
  }),
  fc.string({ maxLength: 40 }),
);
const target = fc.constantFrom(
  ['POST', `${API}/Contacts`],
  ['POST', `${API}/Organizations`],
  ['PUT', `${API}/Contacts/${PERSON}`],
  ['PUT', `${API}/Organizations/${ORG}`],
  ['PATCH', `${API}/Contacts/${PERSON}`],
  ['PATCH', `${API}/Organizations/${ORG}`],
  ['PUT', `${API}/BusinessCards/2tBHyXtJBxBy`],
  ['PUT', `${API}/BusinessCards/PVvnQdX1RCH`],
);

describe('arbitrary write bodies', () => {
  it('never crash the module and never leave a record the API cannot serve schema-valid', async () => {
    // Some writes must succeed, or the property would only ever see the store unchanged.
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(target, body), { minLength: 1, maxLength: 4 }), async (writes) => {
        const karbon = createKarbonModule(testContext());
        karbon.load({
          karbon: {
            contacts: [karbonFixture('contact-get-expanded.json')],
            organizations: [karbonFixture('organization-get-expanded.json')],
          },
        });
        const call = caller(karbon.routes);
        for (const [[method, url], raw] of writes) {
          const res = await call(method, url, {
            body: typeof raw === 'string' ? raw : JSON.stringify(raw),
            headers: { 'content-type': 'application/json' },
          });
          expect([200, 201, 204, 400, 403, 404, 409, 415, 500]).toContain(res.status);
          if (res.status < 300) accepted++;
        }
        const again = createKarbonModule(testContext());
        again.load(karbon.dump());
        const { contacts = [], organizations = [] } = karbon.dump().karbon ?? {};
        for (const c of contacts as { ContactKey: string }[]) {
          const res = await call('GET', `${API}/Contacts/${c.ContactKey}?$expand=BusinessCards`);
          expect(responseErrors('GET', '/v3/Contacts/{Contactkey}', 200, res.json())).toEqual([]);
        }
        for (const o of organizations as { OrganizationKey: string }[]) {
          const res = await call('GET', `${API}/Organizations/${o.OrganizationKey}?$expand=BusinessCards,Contacts`);
          expect(responseErrors('GET', '/v3/Organizations/{Organizationkey}', 200, res.json())).toEqual([]);
        }
        for (const set of ['Contacts', 'Organizations'])
          expect(responseErrors('GET', `/v3/${set}`, 200, (await call('GET', `${API}/${set}`)).json())).toEqual([]);
      }),
      { numRuns: 150, seed: 20260105 },
    );
    expect(accepted).toBeGreaterThan(20);
  });
});
