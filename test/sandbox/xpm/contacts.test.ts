import { beforeEach, describe, expect, it } from 'vitest';
import { caller, testContext } from '../karbon/call-module';
import { createXpmModule, type XpmModule } from './index';
import { elementPaths, parseXml, responseOf, xpmFixture, type Xml } from './xml-helpers';

const BASE = '/xero/practicemanager/3.1/client.api';
const XML = { 'content-type': 'application/xml' };
const ACME = '50539fbc-d8e2-4943-bece-313a22489bb8';
const BETA = '7b57ae35-244b-4ded-b237-b3ea8a222dd2';
const JO = 'dd92bcf4-4227-447a-a0d9-81984609aa5e';

let xpm: XpmModule;
let call: ReturnType<typeof caller>;

beforeEach(() => {
  xpm = createXpmModule(testContext());
  xpm.load({
    xpm: {
      clients: [
        {
          UUID: ACME,
          Name: 'Acme Pty Ltd',
          BusinessStructure: 'Company',
          Contacts: [
            {
              UUID: JO,
              Name: 'Jo Bloggs',
              Email: 'jo@acme.example',
              Mobile: '0400 111 222',
              Position: 'Director',
              IsPrimary: 'Yes',
            },
            ...Array.from({ length: 11 }, (_, i) => ({ Name: `Staff ${i}`, Position: 'Staff', IsPrimary: false })),
          ],
        },
        {
          UUID: BETA,
          Name: 'Beta Holdings Ltd',
          BusinessStructure: 'Company',
          Contacts: [{ UUID: JO, Position: 'Shareholder', IsPrimary: true }],
        },
      ],
    },
  });
  call = caller(xpm.routes);
});

const contactsOf = (text: string) => ((responseOf(text).Contacts as Xml | undefined)?.Contact ?? []) as Xml[];

describe('client.api contacts', () => {
  it('pages practice-wide contacts with pageSize/pageToken and Pagination links, without IsPrimary or Position', async () => {
    const names: string[] = [];
    let url: string | undefined = `${BASE}/contacts?pageSize=5`;
    while (url) {
      const res = await call('GET', url);
      const response = responseOf(res.text);
      for (const contact of contactsOf(res.text)) {
        expect(contact.IsPrimary).toBeUndefined();
        expect(contact.Position).toBeUndefined();
        names.push(String(contact.Name));
      }
      const links = (response.Pagination as Xml).Links as Xml;
      expect(links.First).toMatch(/contacts\?pageSize=5$/);
      url =
        links.Next === undefined
          ? undefined
          : new URL(String(links.Next)).pathname + new URL(String(links.Next)).search;
    }
    expect(names).toHaveLength(12);
    expect(new Set(names).size).toBe(12);
  });

  it('escapes & in the Next link so the answer stays well-formed XML', async () => {
    const res = await call('GET', `${BASE}/contacts?pageSize=1`);
    expect(res.text).toContain('pageSize=1&amp;pageToken=');
  });

  it('rejects a pageSize outside 1..500', async () => {
    expect(responseOf((await call('GET', `${BASE}/contacts?pageSize=501`)).text).Status).toBe('ERROR');
  });
});

describe('client.api contact get, create, update', () => {
  it('get with clientUuid carries that link’s Position and IsPrimary (a contact can belong to several clients)', async () => {
    const acme = responseOf((await call('GET', `${BASE}/contact/${JO}?clientUuid=${ACME}`)).text).Contact;
    expect(acme).toMatchObject({ Name: 'Jo Bloggs', Position: 'Director', IsPrimary: 'Yes', IsDeleted: 'No' });
    const beta = responseOf((await call('GET', `${BASE}/contact/${JO}?clientUuid=${BETA}`)).text).Contact;
    expect(beta).toMatchObject({ Position: 'Shareholder', IsPrimary: 'Yes' });
    const documented = [...elementPaths(parseXml(xpmFixture('docs/contact-get-response.xml')))];
    const served = [...elementPaths(parseXml((await call('GET', `${BASE}/contact/${JO}?clientUuid=${ACME}`)).text))];
    expect(served.filter((p) => !documented.includes(p))).toEqual([]);
  });

  it('creates the documented example contact on a client; the last primary wins', async () => {
    const res = await call('POST', `${BASE}/contact`, {
      body: xpmFixture('docs/contact-add-request.xml'),
      headers: XML,
    });
    const created = responseOf(res.text).Contact as Xml;
    expect(created).toMatchObject({ Name: 'Wyett E Coyote', IsPrimary: 'Yes' });
    const client = responseOf((await call('GET', `${BASE}/get/${ACME}`)).text).Client as Xml;
    const primaries = ((client.Contacts as Xml).Contact as Xml[]).filter((c) => c.IsPrimary === 'Yes');
    expect(primaries.map((c) => c.Name)).toEqual(['Wyett E Coyote']);
  });

  it('updates with the documented example message, including Position and IsPrimary for the linked client', async () => {
    const body = xpmFixture('docs/contact-update-request.xml').replace('<Position />', '<Position>Chair</Position>');
    const res = await call('PUT', `${BASE}/contact/${JO}`, { body, headers: XML });
    expect(responseOf(res.text).Contact).toMatchObject({ Name: 'Wyett E Coyote', Position: 'Chair', Mobile: '' });
    const beta = responseOf((await call('GET', `${BASE}/contact/${JO}?clientUuid=${BETA}`)).text).Contact;
    expect(beta).toMatchObject({ Name: 'Wyett E Coyote', Position: 'Shareholder' });
  });

  it.each([
    ['create without a client', 'POST', 'contact', '<Contact><Name>x</Name></Contact>', /Client UUID is required/],
    [
      'create on an unknown client',
      'POST',
      'contact',
      '<Contact><Client><UUID>nope</UUID></Client><Name>x</Name></Contact>',
      /Client not found/,
    ],
    [
      'create without a Name',
      'POST',
      'contact',
      `<Contact><Client><UUID>${ACME}</UUID></Client></Contact>`,
      /Name is required/,
    ],
    [
      'an unknown element',
      'PUT',
      `contact/${JO}`,
      '<Contact><Name>x</Name><Fax>1</Fax></Contact>',
      /Unknown element <Fax>/,
    ],
    [
      'position for an unlinked client',
      'PUT',
      `contact/${JO}`,
      '<Contact><Client><UUID>00000000-0000-0000-0000-000000000000</UUID></Client><Position>x</Position></Contact>',
      /not linked/,
    ],
    ['an unknown contact', 'PUT', 'contact/nope', '<Contact><Name>x</Name></Contact>', /Contact not found/],
    ['truncated XML', 'PUT', `contact/${JO}`, '<Contact><Name>x', /Invalid XML/],
  ])('refuses %s with Status ERROR and no change', async (_label, method, path, body, message) => {
    const before = JSON.stringify(xpm.dump());
    const response = responseOf((await call(method, `${BASE}/${path}`, { body, headers: XML })).text);
    expect(response.Status).toBe('ERROR');
    expect(String(response.ErrorDescription)).toMatch(message);
    expect(JSON.stringify(xpm.dump())).toBe(before);
  });

  it('links existing contacts to a client (at most 10 per request) and removes a link with clientUuid', async () => {
    const body = xpmFixture('docs/client-add-contacts-request.xml')
      .replace('AB6C4656-C69F-4993-A7C1-B87461B85FF4', JO)
      .replace(/<Contact>\s*<UUID>273F166A[\s\S]*?<\/Contact>/, '');
    expect(
      responseOf((await call('POST', `${BASE}/client/${BETA}/contacts`, { body, headers: XML })).text).Status,
    ).toBe('OK');
    const tooMany = `<Client><Contacts>${'<Contact><UUID>x</UUID></Contact>'.repeat(11)}</Contacts></Client>`;
    expect(
      responseOf((await call('POST', `${BASE}/client/${BETA}/contacts`, { body: tooMany, headers: XML })).text).Status,
    ).toBe('ERROR');
    expect(responseOf((await call('DELETE', `${BASE}/contact/${JO}?clientUuid=${BETA}`)).text).Status).toBe('OK');
    const beta = responseOf((await call('GET', `${BASE}/get/${BETA}`)).text).Client as Xml;
    expect(beta.Contacts).toBe('');
  });
});
