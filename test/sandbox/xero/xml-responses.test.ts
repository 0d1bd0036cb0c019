import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSandbox, orgTenant } from '../test-helpers';
import type { Sandbox } from '../server';

let sb: Sandbox;
let token: string;
beforeAll(async () => {
  sb = await openSandbox({ limits: false });
  sb.loadDataset({
    xero: {
      contacts: [
        { Name: 'Fish & Chips Ltd', EmailAddress: 'f@c.example', UpdatedDateUTC: '/Date(1767225600000+0000)/' },
      ],
    },
  });
  token = sb.issueTokens().access_token;
});
afterAll(() => sb.close());

const call = (path: string, init: RequestInit = {}, accept?: string) =>
  fetch(`${sb.endpoints.xeroAccounting}${path}`, {
    ...init,
    headers: {
      Authorization: `Bearer ${token}`,
      'xero-tenant-id': orgTenant,
      ...(accept ? { Accept: accept } : {}),
      ...(init.headers ?? {}),
    },
  });

describe('Accounting XML unless JSON is accepted', () => {
  it.each([undefined, '*/*', 'application/xml'])('Accept %s gets a well-formed <Response>', async (accept) => {
    const res = await call('/Contacts?page=1', {}, accept);
    expect(res.headers.get('content-type')).toMatch(/text\/xml/);
    const xml = await res.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser().parse(xml) as {
      Response: { Status: string; Pagination: { itemCount: number }; Contacts: { Contact: Record<string, unknown> } };
    };
    expect(doc.Response.Status).toBe('OK');
    expect(doc.Response.Pagination.itemCount).toBe(1);
    expect(doc.Response.Contacts.Contact).toMatchObject({
      Name: 'Fish & Chips Ltd',
      UpdatedDateUTC: '2026-01-01T00:00:00.000',
    });
  });

  it('answers validation errors as an <ApiException>', async () => {
    const res = await call('/Contacts', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ Name: 'fish & chips ltd' }),
    });
    expect(res.status).toBe(400);
    const doc = new XMLParser().parse(await res.text()) as { ApiException: { ErrorNumber: number; Type: string } };
    expect(doc.ApiException).toMatchObject({ ErrorNumber: 10, Type: 'ValidationException' });
  });

  it('answers JSON when asked', async () => {
    const res = await call('/Contacts', {}, 'application/json');
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
  });
});
