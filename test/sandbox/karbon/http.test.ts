import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../server';
import { openSandbox } from '../test-helpers';
import { karbonFixture, responseErrors } from './karbon-spec';

let sb: Sandbox;
let headers: Record<string, string>;
const url = (path: string) => `${sb.origin}/karbon-api/v3${path}`;

beforeAll(async () => {
  sb = await openSandbox({ limits: false });
  headers = { Authorization: `Bearer ${sb.credentials.karbon.bearer}`, AccessKey: sb.credentials.karbon.accessKey };
  sb.loadDataset({
    karbon: {
      contacts: [
        karbonFixture('contact-get-expanded.json'),
        ...Array.from({ length: 120 }, (_, i) => ({
          FirstName: `Http${String(i).padStart(3, '0')}`,
          LastName: 'Person',
        })),
      ],
      organizations: [karbonFixture('organization-get-expanded.json')],
    },
  });
});
afterAll(() => sb.close());

describe('Karbon API over real HTTP on 127.0.0.1', () => {
  it('pages through Contacts by following @odata.nextLink verbatim', async () => {
    let next: string | undefined = url('/Contacts');
    let rows = 0;
    while (next) {
      const res = await fetch(next, { headers });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { value: unknown[]; '@odata.nextLink'?: string };
      expect(responseErrors('GET', '/v3/Contacts', 200, body)).toEqual([]);
      rows += body.value.length;
      next = body['@odata.nextLink'];
      if (next) expect(next.startsWith(sb.origin)).toBe(true);
    }
    expect(rows).toBe(121);
  });

  it('creates, updates and reads back an organization', async () => {
    const created = await fetch(url('/Organizations'), {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ FullName: 'Tasman Freight Ltd', ContactType: 'XPM Client' }),
    });
    expect(created.status).toBe(201);
    const { OrganizationKey } = (await created.json()) as { OrganizationKey: string };
    const put = await fetch(url(`/Organizations/${OrganizationKey}`), {
      method: 'PUT',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ FullName: 'Tasman Freight Limited', ContactType: 'XPM Client' }),
    });
    expect(put.status).toBe(204);
    const got = await fetch(url(`/Organizations/${OrganizationKey}?$expand=BusinessCards`), { headers });
    const body = await got.json();
    expect(body).toMatchObject({ FullName: 'Tasman Freight Limited', ContactType: 'XPM Client' });
    expect(sb.state().karbon?.organizations).toHaveLength(2);
  });

  it('answers 401 without the key pair, and the store stays as it was', async () => {
    const res = await fetch(url('/Contacts'), { headers: { AccessKey: sb.credentials.karbon.accessKey } });
    expect(res.status).toBe(401);
    const wrong = await fetch(url('/Contacts'), {
      method: 'POST',
      headers: { Authorization: `Bearer ${sb.credentials.karbon.bearer}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ FirstName: 'No', LastName: 'Key' }),
    });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual(karbonFixture('errors/UnauthorizedAccess.json'));
    expect(sb.state().karbon?.contacts).toHaveLength(121);
  });

  it('survives a burst of malformed bodies and keeps serving', async () => {
    const bodies = [
      '{',
      'null',
      '"text"',
      '{"FirstName":',
      '\u0000\u0001',
      '{"FirstName":"A","LastName":"B","BusinessCards":[null]}',
    ];
    for (const body of bodies) {
      const res = await fetch(url('/Contacts'), {
        method: 'POST',
        headers: { ...headers, 'Content-Type': 'application/json' },
        body,
      });
      expect(res.status).toBe(400);
    }
    const res = await fetch(url('/TenantSettings'), { headers });
    expect(res.status).toBe(200);
    expect(sb.state().karbon?.contacts).toHaveLength(121);
  });
});
