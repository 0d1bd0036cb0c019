import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validatorFor } from '../core/spec-validator';
import { openSandbox, SPECS, xeroClient } from '../test-helpers';
import type { Sandbox } from '../server';

const validContacts = validatorFor(`${SPECS}/xero_accounting.yaml`, 'Contacts');

interface ContactsBody {
  Contacts: Record<string, unknown>[];
  pagination?: { page: number; pageSize: number; pageCount: number; itemCount: number };
}

let sb: Sandbox;
let api: ReturnType<typeof xeroClient>;

async function getContacts(query: string, headers: Record<string, string> = {}): Promise<ContactsBody> {
  const res = await api(`/Contacts${query}`, { headers });
  expect(res.status).toBe(200);
  const body = (await res.json()) as ContactsBody;
  const check = validContacts(body);
  expect(check.errors).toEqual([]);
  return body;
}

const names = (b: ContactsBody) => b.Contacts.map((c) => c.Name);

beforeAll(async () => {
  sb = await openSandbox({ limits: false });
  const contacts = [
    { Name: 'Acme Ltd', EmailAddress: 'a@acme.example', ContactNumber: 'KB-1' },
    { Name: 'Bondi Surf Co Pty Ltd', EmailAddress: 'hello@bondi.example' },
    { Name: 'Carla Nguyen', FirstName: 'Carla', LastName: 'Nguyen', EmailAddress: 'carla@nguyen.example' },
    { Name: 'Old Mate Pty Ltd', EmailAddress: 'old@mate.example', ContactStatus: 'ARCHIVED' },
    ...Array.from({ length: 246 }, (_, i) => ({
      Name: `Filler ${String(i).padStart(3, '0')} Ltd`,
      EmailAddress: `f${i}@filler.example`,
    })),
  ].map((c, i) => ({ ...c, UpdatedDateUTC: `/Date(${Date.UTC(2026, 0, 1) + i * 60_000}+0000)/` }));
  sb.loadDataset({ xero: { contacts } });
  api = xeroClient(sb);
});
afterAll(() => sb.close());

describe('GET /Contacts', () => {
  it('without page returns every active contact, no pagination object, and leaves out heavy fields', async () => {
    const body = await getContacts('');
    expect(body.Contacts).toHaveLength(249);
    expect(body.pagination).toBeUndefined();
    expect(body.Contacts[0]).not.toHaveProperty('ContactPersons');
  });

  it('pages with pageSize up to 1000 and reports the pagination object', async () => {
    const p1 = await getContacts('?page=1&pageSize=100');
    expect(p1.pagination).toEqual({ page: 1, pageSize: 100, pageCount: 3, itemCount: 249 });
    expect(p1.Contacts).toHaveLength(100);
    expect(p1.Contacts[0]).toHaveProperty('ContactPersons');
    const p3 = await getContacts('?page=3&pageSize=100');
    expect(p3.Contacts).toHaveLength(49);
    const big = await getContacts('?page=1&pageSize=5000');
    expect(big.pagination?.pageSize).toBe(1000);
    expect(big.Contacts).toHaveLength(249);
    const dflt = await getContacts('?page=2');
    expect(dflt.pagination?.pageSize).toBe(100);
  });

  it('includes archived contacts only with includeArchived=true', async () => {
    expect(names(await getContacts(''))).not.toContain('Old Mate Pty Ltd');
    const all = await getContacts('?includeArchived=true');
    expect(all.Contacts.find((c) => c.Name === 'Old Mate Pty Ltd')?.ContactStatus).toBe('ARCHIVED');
  });

  it.each([
    ['Name=="Acme Ltd"', ['Acme Ltd']],
    ['Name=="acme ltd"', []],
    ['Name.ToLower()=="acme ltd"', ['Acme Ltd']],
    ['EmailAddress=="carla@nguyen.example"', ['Carla Nguyen']],
    ['EmailAddress.ToLower()=="HELLO@BONDI.EXAMPLE".ToLower()', null],
    ['ContactNumber=="KB-1"', ['Acme Ltd']],
    ['EmailAddress=="a@acme.example" OR EmailAddress=="hello@bondi.example"', ['Acme Ltd', 'Bondi Surf Co Pty Ltd']],
    ['EmailAddress!=null AND EmailAddress=="carla@nguyen.example"', ['Carla Nguyen']],
    ['Name.ToLower().Contains("bondi")', ['Bondi Surf Co Pty Ltd']],
    ['ContactStatus=="ARCHIVED"', ['Old Mate Pty Ltd']],
  ])('where %s', async (where, expected) => {
    const res = await api(`/Contacts?where=${encodeURIComponent(where)}`);
    if (expected === null) {
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ ErrorNumber: 16, Type: 'QueryParseException' });
      return;
    }
    expect(res.status).toBe(200);
    expect(names((await res.json()) as ContactsBody)).toEqual(expected);
  });

  it('answers an unknown where field with a QueryParseException', async () => {
    const res = await api(`/Contacts?where=${encodeURIComponent('Colour=="red"')}`);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ ErrorNumber: 16, Type: 'QueryParseException' });
  });

  it('filters with If-Modified-Since (UTC, with or without a zone) and orders by UpdatedDateUTC', async () => {
    const since = new Date(Date.UTC(2026, 0, 1) + 240 * 60_000).toISOString();
    const body = await getContacts('?order=UpdatedDateUTC%20DESC', { 'If-Modified-Since': since.replace('Z', '') });
    expect(body.Contacts).toHaveLength(10);
    const dates = body.Contacts.map((c) => Number(/\((\d+)/.exec(String(c.UpdatedDateUTC))?.[1]));
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    const none = await getContacts('', { 'If-Modified-Since': '2030-01-01T00:00:00' });
    expect(none.Contacts).toEqual([]);
  });

  it('orders by Name ASC by default and accepts Name DESC', async () => {
    const asc = names(await getContacts('?page=1&pageSize=3'));
    expect(asc).toEqual(['Acme Ltd', 'Bondi Surf Co Pty Ltd', 'Carla Nguyen']);
    const desc = names(await getContacts('?page=1&pageSize=1&order=Name%20DESC'));
    expect(desc).toEqual(['Filler 245 Ltd']);
  });

  it('filters by IDs and answers more than 52 ids with 404 like the gateway', async () => {
    const all = await getContacts('?page=1&pageSize=3');
    const ids = all.Contacts.map((c) => c.ContactID as string);
    expect(names(await getContacts(`?IDs=${ids.slice(0, 2).join(',')}`))).toEqual([
      'Acme Ltd',
      'Bondi Surf Co Pty Ltd',
    ]);
    const many = Array.from({ length: 53 }, () => ids[0]).join(',');
    expect((await api(`/Contacts?IDs=${many}`)).status).toBe(404);
  });

  it('searchTerm matches Name, names, ContactNumber and EmailAddress case-insensitively', async () => {
    expect(names(await getContacts('?searchTerm=NGUYEN'))).toEqual(['Carla Nguyen']);
    expect(names(await getContacts('?searchTerm=kb-1'))).toEqual(['Acme Ltd']);
    expect(names(await getContacts('?searchTerm=bondi.example'))).toEqual(['Bondi Surf Co Pty Ltd']);
  });

  it('summaryOnly=true leaves out the heavier fields', async () => {
    const body = await getContacts('?summaryOnly=true&page=1&pageSize=2');
    expect(body.Contacts).toHaveLength(2);
    expect(body.Contacts[0]).not.toHaveProperty('Balances');
    expect((await getContacts('?page=1&pageSize=1')).Contacts[0]).toHaveProperty('Balances');
  });

  it('serves the documented envelope with .NET dates, both address types and four phone types', async () => {
    const res = await api('/Contacts?page=1&pageSize=1');
    const body = (await res.json()) as Record<string, unknown> & ContactsBody;
    expect(body).toMatchObject({ Status: 'OK' });
    expect(body.DateTimeUTC).toMatch(/^\/Date\(\d+\)\/$/);
    const c = body.Contacts[0] as Record<string, unknown>;
    expect(c.UpdatedDateUTC).toMatch(/^\/Date\(\d+\+0000\)\/$/);
    expect((c.Addresses as { AddressType: string }[]).map((a) => a.AddressType)).toEqual(['STREET', 'POBOX']);
    expect((c.Phones as { PhoneType: string }[]).map((p) => p.PhoneType)).toEqual(['DDI', 'DEFAULT', 'FAX', 'MOBILE']);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
  });
});

describe('GET /Contacts/{id}', () => {
  it('finds a contact by ContactID or ContactNumber, archived included, and 404s otherwise', async () => {
    const all = await getContacts('?where=' + encodeURIComponent('Name=="Acme Ltd"'));
    const id = all.Contacts[0]?.ContactID as string;
    const byId = await getContacts(`/${id}`);
    expect(byId.Contacts[0]).toMatchObject({ Name: 'Acme Ltd', ContactPersons: [] });
    expect((await getContacts('/KB-1')).Contacts[0]?.ContactID).toBe(id);
    const archived = (await getContacts('?includeArchived=true&searchTerm=old%20mate')).Contacts[0]?.ContactID;
    expect((await getContacts(`/${archived as string}`)).Contacts[0]?.ContactStatus).toBe('ARCHIVED');
    const missing = await api('/Contacts/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toMatch(/cannot be found/);
  });
});
