import { describe, expect, it } from 'vitest';
import { caller, testContext } from './call-module';
import { createKarbonModule } from './index';
import { karbonFixture, responseErrors } from './karbon-spec';

const API = '/karbon-api/v3';

describe('the shared Karbon fixtures are accepted as input', () => {
  it.each([
    ['contact-get-expanded.json', 'contacts'],
    ['contact-create-response.json', 'contacts'],
    ['contact-patch-response.json', 'contacts'],
    ['organization-get-expanded.json', 'organizations'],
    ['organization-create-response.json', 'organizations'],
  ])('%s loads as a dataset record and is served back schema-valid', async (file, set) => {
    const karbon = createKarbonModule(testContext());
    karbon.load({ karbon: { [set]: [karbonFixture(file)] } });
    const [record] = (karbon.dump().karbon?.[set as 'contacts' | 'organizations'] ?? []) as Record<string, string>[];
    const key = set === 'contacts' ? record?.ContactKey : record?.OrganizationKey;
    const path = set === 'contacts' ? '/v3/Contacts/{Contactkey}' : '/v3/Organizations/{Organizationkey}';
    const res = await caller(karbon.routes)(
      'GET',
      `${API}/${set === 'contacts' ? 'Contacts' : 'Organizations'}/${key}?$expand=BusinessCards`,
    );
    expect(res.status).toBe(200);
    expect(responseErrors('GET', path, 200, res.json())).toEqual([]);
  });

  it('businesscard-get.json is accepted as the PUT body of its own card', async () => {
    const card = karbonFixture('businesscard-get.json');
    const karbon = createKarbonModule(testContext());
    karbon.load({
      karbon: {
        organizations: [
          {
            OrganizationKey: card.EntityKey,
            FullName: 'Card Owner Ltd',
            BusinessCards: [{ BusinessCardKey: card.BusinessCardKey }],
          },
        ],
      },
    });
    const call = caller(karbon.routes);
    expect((await call('PUT', `${API}/BusinessCards/${String(card.BusinessCardKey)}`, { body: card })).status).toBe(
      204,
    );
    const served = (await call('GET', `${API}/BusinessCards/${String(card.BusinessCardKey)}`)).json();
    expect(served).toMatchObject({ EmailAddresses: card.EmailAddresses, Addresses: card.Addresses });
    // An Organization's own card never links to an organization (reference B4), whatever the body says.
    expect((served as { OrganizationKey?: string }).OrganizationKey).toBeUndefined();
  });

  it('refuses a dataset that repeats a key', () => {
    const karbon = createKarbonModule(testContext());
    const twice = [karbonFixture('contact-get-expanded.json'), karbonFixture('contact-create-response.json')];
    expect(() => karbon.load({ karbon: { contacts: twice } })).toThrow(/67zlxNyJSr8e appears more than once/);
  });
});
