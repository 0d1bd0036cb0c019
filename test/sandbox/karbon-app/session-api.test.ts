import { beforeEach, describe, expect, it } from 'vitest';
import { caller, testContext, type TestContext } from '../karbon/call-module';
import { createKarbonModule, type KarbonModule } from '../karbon/index';
import { karbonFixture } from '../karbon/karbon-spec';
import { createKarbonAppModule, KARBON_APP_PATH } from './index';

const PERSON = '67zlxNyJSr8e';
const ORG = '2Nw8tnxwQCVf';
const SESSION = `${KARBON_APP_PATH}/session`;

let ctx: TestContext;
let karbon: KarbonModule;
let call: ReturnType<typeof caller>;

beforeEach(() => {
  ctx = testContext();
  karbon = createKarbonModule(ctx);
  const person = karbonFixture('contact-get-expanded.json') as { BusinessCards: { OrganizationKey: string }[] };
  person.BusinessCards[0]!.OrganizationKey = ORG;
  karbon.load({ karbon: { contacts: [person], organizations: [karbonFixture('organization-get-expanded.json')] } });
  call = caller([...karbon.routes, ...createKarbonAppModule(ctx, karbon).routes]);
});

describe('Karbon web app page and assets', () => {
  it('serves the single page with the Main Menu, the global "+" and the app bundle', async () => {
    const res = await call('GET', KARBON_APP_PATH);
    expect(res.status).toBe(200);
    expect(res.headers?.['content-type']).toMatch(/^text\/html/);
    expect(res.text).toContain('<nav class="main-menu" aria-label="Main Menu">');
    expect(res.text).toContain('class="global-add"');
    expect(res.text).toContain(`<div id="main-container" data-session="${SESSION}" data-markup="standard">`);
    expect(res.text).toContain(`<script type="module" src="${KARBON_APP_PATH}/assets/app.js">`);
    expect(res.text).not.toMatch(/https?:\/\//);
  });

  it('serves the markup a page URL asks for, and names the choices for an unknown one', async () => {
    expect((await call('GET', `${KARBON_APP_PATH}?markup=bare`)).text).toContain('data-markup="bare"');
    const wrong = await call('GET', `${KARBON_APP_PATH}?markup=fancy`);
    expect(wrong.status).toBe(400);
    expect(wrong.text).toBe('Unknown markup "fancy": use one of standard, alt, bare.');
  });

  it.each([
    ['app.js', /^text\/javascript/, "addEventListener('hashchange', render)"],
    ['app.css', /^text\/css/, '.contact-details'],
  ])('serves %s', async (name, type, content) => {
    const res = await call('GET', `${KARBON_APP_PATH}/assets/${name}`);
    expect(res.status).toBe(200);
    expect(res.headers?.['content-type']).toMatch(type);
    expect(res.text).toContain(content);
  });

  it('answers 404 for another firm or an unknown asset', async () => {
    expect((await call('GET', '/karbon-app/someoneelse')).status).toBe(404);
    expect((await call('GET', `${KARBON_APP_PATH}/assets/secret.txt`)).status).toBe(404);
    expect((await call('GET', '/karbon-app/someoneelse/session/contacts')).status).toBe(404);
  });
});

describe('Karbon web app session endpoints', () => {
  it('lists people and organizations together by name, searchable and filterable by kind', async () => {
    const all = (await call('GET', `${SESSION}/contacts`)).json();
    expect(all).toMatchObject({
      total: 2,
      rows: [
        { kind: 'Organization', key: ORG, name: 'Sample Company', contactType: 'Prospect' },
        {
          kind: 'Contact',
          key: PERSON,
          name: 'William John Connor',
          related: 'Sample Company',
          email: 'sample@example.com',
        },
      ],
    });
    expect((await call('GET', `${SESSION}/contacts?q=connor`)).json()).toMatchObject({ total: 1 });
    expect((await call('GET', `${SESSION}/contacts?kind=Organization`)).json()).toMatchObject({
      total: 1,
      rows: [{ key: ORG }],
    });
  });

  it('reads a person and an organization with their linked records', async () => {
    const person = (await call('GET', `${SESSION}/contacts/${PERSON}`)).json();
    expect(person).toMatchObject({
      kind: 'Contact',
      firstName: 'William',
      lastName: 'Connor',
      phone: '1234567890',
      address: { lines: '45 Sample Street', city: 'Alexandria', state: 'NSW', zip: '2015', country: 'AU' },
      organization: { key: ORG, name: 'Sample Company' },
    });
    const org = (await call('GET', `${SESSION}/organizations/${ORG}`)).json();
    expect(org).toMatchObject({ kind: 'Organization', name: 'Sample Company', people: [{ key: PERSON, role: 'COO' }] });
    expect((await call('GET', `${SESSION}/organizations/${PERSON}`)).status).toBe(404);
  });

  it('an edit writes the Karbon store: the API sees the new name, email, phone and address and a newer LastModifiedDateTime', async () => {
    const before = (await call('GET', `/karbon-api/v3/Contacts/${PERSON}`)).json() as { LastModifiedDateTime: string };
    ctx.advance(5000);
    const res = await call('PUT', `${SESSION}/contacts/${PERSON}`, {
      body: {
        firstName: 'Bill',
        lastName: 'Connor',
        email: 'bill@connor.example',
        phone: '+61 2 9999 0000',
        address: { lines: '1 George St', city: 'Sydney', state: 'NSW', zip: '2000', country: 'AU' },
      },
    });
    expect(res.status).toBe(200);
    const api = (await call('GET', `/karbon-api/v3/Contacts?$filter=EmailAddress eq 'bill@connor.example'`)).json() as {
      value: { FullName: string; PhoneNumber: string; Address: string; LastModifiedDateTime: string }[];
    };
    expect(api.value[0]).toMatchObject({
      FullName: 'Bill John Connor',
      PhoneNumber: '+61 2 9999 0000',
      Address: '1 George St, Sydney NSW 2000, AU',
    });
    expect((api.value[0]?.LastModifiedDateTime ?? '') > before.LastModifiedDateTime).toBe(true);
    const card = (await call('GET', `/karbon-api/v3/BusinessCards/2tBHyXtJBxBy`)).json();
    expect(card).toMatchObject({
      EmailAddresses: ['bill@connor.example', 'sample.two@example.com'],
      OrganizationKey: ORG,
    });
  });

  it('renames an organization and gives a card-less organization a primary card', async () => {
    karbon.load({ karbon: { organizations: [{ OrganizationKey: 'BARE1', FullName: 'Bare Org' }] } });
    const res = await call('PUT', `${SESSION}/organizations/BARE1`, {
      body: { name: 'Bare Org Ltd', email: 'hi@bare.example' },
    });
    expect(res.json()).toMatchObject({ name: 'Bare Org Ltd', email: 'hi@bare.example' });
    const cards = karbon.store.organizations.get('BARE1')?.BusinessCards ?? [];
    expect(cards).toHaveLength(1);
    expect(cards[0]).toMatchObject({ IsPrimaryCard: true, EntityType: 'Organization', EntityKey: 'BARE1' });
  });

  it.each([
    [{ firstName: '' }, 400, 'firstName is required'],
    [{ name: 'x' }, 400, 'Unknown field name'],
    [{ phone: '1'.repeat(21) }, 400, 'phone is longer than 20'],
    [{ address: { lines: 'x'.repeat(201) } }, 400, 'lines is longer than 200'],
    [{ address: { country: 'Australia' } }, 400, 'country is longer than 2'],
    [{ address: { country: 'au' } }, 400, 'two-letter ISO code'],
    [{ email: 42 }, 400, 'email must be text'],
    ['not json', 400, 'not valid JSON'],
  ])('refuses %j without changing the store', async (body, status, message) => {
    const before = JSON.stringify(karbon.dump());
    const res = await call('PUT', `${SESSION}/contacts/${PERSON}`, {
      body: typeof body === 'string' ? body : JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(status);
    expect((res.json() as { error: string }).error).toContain(message);
    expect(JSON.stringify(karbon.dump())).toBe(before);
  });

  it('Add Contact creates a person or an organization with a primary card the API serves', async () => {
    const person = await call('POST', `${SESSION}/contacts`, {
      body: {
        kind: 'Contact',
        firstName: 'Tama',
        lastName: 'Rangi',
        email: 'tama@rangi.example',
        phone: '021 000 111',
      },
    });
    expect(person.status).toBe(201);
    const { key } = person.json() as { key: string };
    const api = (await call('GET', `/karbon-api/v3/Contacts/${key}?$expand=BusinessCards`)).json();
    expect(api).toMatchObject({
      FirstName: 'Tama',
      LastName: 'Rangi',
      ContactType: 'Client',
      BusinessCards: [
        { IsPrimaryCard: true, EmailAddresses: ['tama@rangi.example'], PhoneNumbers: [{ Number: '021 000 111' }] },
      ],
    });
    const org = await call('POST', `${SESSION}/contacts`, {
      body: { kind: 'Organization', name: 'Rangi Builders Ltd' },
    });
    expect(org.json()).toMatchObject({ kind: 'Organization' });
    expect((await call('GET', `${SESSION}/contacts`)).json()).toMatchObject({ total: 4 });
  });

  it.each([
    [{ kind: 'Robot', name: 'x' }, 'kind must be Contact or Organization'],
    [{ kind: 'Contact', firstName: 'Only' }, 'lastName is required'],
    [{ kind: 'Organization', email: 'a@b.c' }, 'name is required'],
    [{ kind: 'Organization', name: 'x', firstName: 'y' }, 'Unknown field firstName'],
  ])('Add Contact refuses %j', async (body, message) => {
    const before = JSON.stringify(karbon.dump());
    const res = await call('POST', `${SESSION}/contacts`, { body });
    expect(res.status).toBe(400);
    expect((res.json() as { error: string }).error).toContain(message);
    expect(JSON.stringify(karbon.dump())).toBe(before);
  });

  it('refuses a non-JSON content type', async () => {
    const res = await call('PUT', `${SESSION}/contacts/${PERSON}`, {
      body: 'firstName=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(415);
  });
});
