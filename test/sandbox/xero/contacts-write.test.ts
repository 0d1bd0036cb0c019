import { readFileSync } from 'node:fs';
import { afterAll, beforeEach, beforeAll, describe, expect, it } from 'vitest';
import { validatorFor } from '../core/spec-validator';
import { FIXTURES, openSandbox, SPECS, xeroClient } from '../test-helpers';
import type { Sandbox } from '../server';

const validContacts = validatorFor(`${SPECS}/xero_accounting.yaml`, 'Contacts');
const validError = validatorFor(`${SPECS}/xero_accounting.yaml`, 'Error');
const fixture = (name: string) => JSON.parse(readFileSync(`${FIXTURES}/xero-accounting/${name}`, 'utf8')) as unknown;

type Contact = Record<string, unknown>;
interface Body {
  Contacts: Contact[];
}

let sb: Sandbox;
let api: ReturnType<typeof xeroClient>;

async function ok(res: Response): Promise<Body> {
  const body = (await res.json()) as Body;
  expect(res.status, JSON.stringify(body)).toBe(200);
  expect(validContacts(body).errors).toEqual([]);
  return body;
}

async function validation(res: Response): Promise<{ Elements: Contact[] }> {
  expect(res.status).toBe(400);
  const body = (await res.json()) as { Elements: Contact[] };
  expect(validError(body).errors).toEqual([]);
  expect(body).toMatchObject({
    ErrorNumber: 10,
    Type: 'ValidationException',
    Message: 'A validation exception occurred',
  });
  return body;
}

const msOf = (c: Contact | undefined) => Number(/\((\d+)/.exec(String(c?.UpdatedDateUTC))?.[1]);

beforeAll(async () => {
  sb = await openSandbox({ limits: false });
  api = xeroClient(sb);
});
beforeEach(() => sb.reset());
afterAll(() => sb.close());

describe('PUT /Contacts (create)', () => {
  it('creates contacts, generating ContactID and UpdatedDateUTC', async () => {
    const body = await ok(
      await api('/Contacts', {
        method: 'PUT',
        json: { Contacts: [{ Name: 'Kauri Joinery Ltd', EmailAddress: 'k@kauri.example' }] },
      }),
    );
    expect(body.Contacts[0]).toMatchObject({
      Name: 'Kauri Joinery Ltd',
      ContactStatus: 'ACTIVE',
      HasValidationErrors: false,
    });
    expect(body.Contacts[0]?.ContactID).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.Contacts[0]?.UpdatedDateUTC).toMatch(/^\/Date\(\d+\+0000\)\/$/);
  });

  it.each(['contacts-create-request.json', 'contacts-update-or-create-request.json', 'contact-update-request.json'])(
    'accepts the shared fixture %s as input',
    async (name) => {
      const body = await ok(await api('/Contacts', { method: 'PUT', json: fixture(name) }));
      expect(body.Contacts.length).toBeGreaterThan(0);
    },
  );

  it('rejects a duplicate name among active contacts, case-insensitively, with the documented 400', async () => {
    await ok(await api('/Contacts', { method: 'PUT', json: { Name: 'Buzz Lightyear' } }));
    const err = await validation(
      await api('/Contacts', { method: 'PUT', json: { Contacts: [{ Name: 'buzz LIGHTYEAR' }] } }),
    );
    expect(err.Elements[0]).toMatchObject({
      ContactID: '00000000-0000-0000-0000-000000000000',
      HasValidationErrors: true,
      ValidationErrors: [
        {
          Message:
            'The contact name buzz LIGHTYEAR is already assigned to another contact. The contact name must be unique across all active contacts.',
        },
      ],
    });
  });

  it('allows a name held only by an archived contact', async () => {
    sb.loadDataset({ xero: { contacts: [{ Name: 'Old Co Ltd', ContactStatus: 'ARCHIVED' }] } });
    await ok(await api('/Contacts', { method: 'PUT', json: { Name: 'Old Co Ltd' } }));
  });

  it('rejects a reused ContactNumber and an empty name', async () => {
    await ok(await api('/Contacts', { method: 'PUT', json: { Name: 'One', ContactNumber: 'KB-7' } }));
    const err = await validation(
      await api('/Contacts', {
        method: 'PUT',
        json: { Contacts: [{ Name: 'Two', ContactNumber: 'KB-7' }, { Name: '  ' }] },
      }),
    );
    expect(err.Elements.map((e) => (e.ValidationErrors as { Message: string }[])[0]?.Message)).toEqual([
      'The contact number KB-7 is already assigned to another contact.',
      'Contact Name cannot be empty.',
    ]);
  });

  it('summarized errors still create the valid elements; summarizeErrors=false answers 200 per element', async () => {
    await ok(await api('/Contacts', { method: 'PUT', json: { Name: 'Taken Ltd' } }));
    await validation(
      await api('/Contacts', { method: 'PUT', json: { Contacts: [{ Name: 'Fresh Ltd' }, { Name: 'Taken Ltd' }] } }),
    );
    expect(sb.state().xero?.contacts?.map((c) => (c as Contact).Name)).toContain('Fresh Ltd');
    const res = await api('/Contacts?summarizeErrors=false', {
      method: 'PUT',
      json: { Contacts: [{ Name: 'Fresher Ltd' }, { Name: 'Taken Ltd' }] },
    });
    const body = await ok(res);
    expect(body.Contacts.map((c) => [c.StatusAttributeString, c.HasValidationErrors])).toEqual([
      ['OK', false],
      ['ERROR', true],
    ]);
  });

  it('enforces field lengths, with nested errors on addresses and phones', async () => {
    const err = await validation(
      await api('/Contacts', {
        method: 'PUT',
        json: {
          Name: 'x'.repeat(256),
          Phones: [{ PhoneType: 'DEFAULT', PhoneAreaCode: '12345678901' }],
          Addresses: [{ AddressType: 'POBOX', City: 'Perth' }],
        },
      }),
    );
    const el = err.Elements[0] as {
      ValidationErrors: unknown[];
      Phones: { ValidationErrors: unknown[] }[];
      Addresses: { ValidationErrors: unknown[] }[];
    };
    expect(el.ValidationErrors.length).toBeGreaterThanOrEqual(2);
    expect(el.Phones[0]?.ValidationErrors).toHaveLength(1);
    expect(el.Addresses[0]?.ValidationErrors).toEqual([]);
  });

  it('replays an Idempotency-Key instead of creating twice', async () => {
    const send = () =>
      api('/Contacts', {
        method: 'PUT',
        headers: { 'Idempotency-Key': 'push:kb:123:v1' },
        json: { Name: 'Once Only Ltd' },
      });
    const first = await ok(await send());
    const second = await ok(await send());
    expect(second.Contacts[0]?.ContactID).toBe(first.Contacts[0]?.ContactID);
    expect(sb.state().xero?.contacts).toHaveLength(1);
    const tooLong = await api('/Contacts', {
      method: 'PUT',
      headers: { 'Idempotency-Key': 'k'.repeat(129) },
      json: { Name: 'X' },
    });
    expect(tooLong.status).toBe(400);
  });
});

describe('POST /Contacts (update or create) and POST /Contacts/{id}', () => {
  it('updates by ContactID keeping omitted fields, creates without one, and moves UpdatedDateUTC', async () => {
    const created = (
      await ok(
        await api('/Contacts', {
          method: 'PUT',
          json: { Name: 'Tasman Tiling Ltd', EmailAddress: 't@tasman.example' },
        }),
      )
    ).Contacts[0];
    sb.clock.advance(5000);
    const updated = await ok(
      await api('/Contacts', {
        method: 'POST',
        json: {
          Contacts: [
            { ContactID: created?.ContactID, Phones: [{ PhoneType: 'DEFAULT', PhoneNumber: '555 0101' }] },
            { Name: 'Brand New Ltd' },
          ],
        },
      }),
    );
    expect(updated.Contacts[0]).toMatchObject({ ContactID: created?.ContactID, EmailAddress: 't@tasman.example' });
    expect((updated.Contacts[0]?.Phones as Contact[]).find((p) => p.PhoneType === 'DEFAULT')?.PhoneNumber).toBe(
      '555 0101',
    );
    expect(msOf(updated.Contacts[0])).toBe(msOf(created) + 5000);
    expect(updated.Contacts[1]?.Name).toBe('Brand New Ltd');
    expect(sb.state().xero?.contacts).toHaveLength(2);
  });

  it('matches an existing contact by ContactNumber when no ContactID is given', async () => {
    const created = (
      await ok(await api('/Contacts', { method: 'PUT', json: { Name: 'Numbered Ltd', ContactNumber: 'KB-9' } }))
    ).Contacts[0];
    const updated = await ok(
      await api('/Contacts', {
        method: 'POST',
        json: { Contacts: [{ ContactNumber: 'KB-9', EmailAddress: 'n@numbered.example' }] },
      }),
    );
    expect(updated.Contacts[0]?.ContactID).toBe(created?.ContactID);
  });

  it('POST /Contacts/{id} updates one contact, archives it through ContactStatus, and 404s unknown ids', async () => {
    const created = (await ok(await api('/Contacts', { method: 'PUT', json: { Name: 'Archive Me Ltd' } }))).Contacts[0];
    const id = created?.ContactID as string;
    const res = await ok(
      await api(`/Contacts/${id}`, { method: 'POST', json: fixture('contact-update-request.json') }),
    );
    expect(res.Contacts[0]).toMatchObject({ ContactID: id, Name: 'Thanos' });
    const archived = await ok(
      await api(`/Contacts/${id}`, { method: 'POST', json: { Contacts: [{ ContactStatus: 'ARCHIVED' }] } }),
    );
    expect(archived.Contacts[0]?.ContactStatus).toBe('ARCHIVED');
    await ok(await api('/Contacts', { method: 'PUT', json: { Name: 'Thanos' } }));
    const restore = await api(`/Contacts/${id}`, { method: 'POST', json: { Contacts: [{ ContactStatus: 'ACTIVE' }] } });
    await validation(restore);
    expect(
      (await api('/Contacts/00000000-0000-4000-8000-000000000001', { method: 'POST', json: { Name: 'X' } })).status,
    ).toBe(404);
  });

  it('an empty ContactPersons list does not clear the stored ones', async () => {
    const persons = [{ FirstName: 'Sue', LastName: 'Lee', EmailAddress: 'sue@lee.example', IncludeInEmails: true }];
    const created = (
      await ok(await api('/Contacts', { method: 'PUT', json: { Name: 'People Ltd', ContactPersons: persons } }))
    ).Contacts[0];
    const after = await ok(
      await api(`/Contacts/${created?.ContactID as string}`, {
        method: 'POST',
        json: { Contacts: [{ ContactPersons: [] }] },
      }),
    );
    expect(after.Contacts[0]?.ContactPersons).toEqual(persons);
  });
});

describe('bad write bodies', () => {
  it.each([
    ['malformed JSON', '{"Contacts": [', 'application/json', 400, 'PostDataInvalidException'],
    ['a wrongly typed field', '{"Contacts":[{"Name":42}]}', 'application/json', 400, 'PostDataInvalidException'],
    [
      'a bad ContactID',
      '{"Contacts":[{"ContactID":"nope","Name":"A"}]}',
      'application/json',
      400,
      'PostDataInvalidException',
    ],
    ['no Contacts', '{"Invoices":[]}', 'application/json', 400, 'NoDataProcessedException'],
    ['an empty body', '', 'application/json', 400, 'NoDataProcessedException'],
  ])('%s is rejected with the documented error and stores nothing', async (_label, raw, type, status, errorType) => {
    const res = await api('/Contacts', { method: 'PUT', headers: { 'Content-Type': type }, body: raw });
    expect(res.status).toBe(status);
    expect(await res.json()).toMatchObject({ Type: errorType });
    expect(sb.state().xero?.contacts).toEqual([]);
  });

  it('ignores unknown and read-only fields', async () => {
    const body = await ok(
      await api('/Contacts', {
        method: 'PUT',
        json: { Name: 'Quirky Ltd', FavouriteColour: 'teal', IsCustomer: true, UpdatedDateUTC: '/Date(0+0000)/' },
      }),
    );
    expect(body.Contacts[0]).not.toHaveProperty('FavouriteColour');
    expect(body.Contacts[0]?.IsCustomer).toBe(false);
    expect(msOf(body.Contacts[0])).toBeGreaterThan(0);
  });

  it('answers a non-JSON content type with 415', async () => {
    const res = await api('/Contacts', { method: 'PUT', headers: { 'Content-Type': 'text/xml' }, body: '<Contacts/>' });
    expect(res.status).toBe(415);
  });

  it('answers a body over 3.5 MB with 413 and keeps serving', async () => {
    const huge = JSON.stringify({ Contacts: [{ Name: 'Big', BankAccountDetails: 'x'.repeat(3.6 * 1024 * 1024) }] });
    const res = await api('/Contacts', { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: huge });
    expect(res.status).toBe(413);
    expect((await api('/Contacts')).status).toBe(200);
  });
});
