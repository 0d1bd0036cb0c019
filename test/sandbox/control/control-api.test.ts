import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { KARBON_FIRM, SANDBOX_XERO_CLIENT_ID } from '../core/credentials';
import { FIXTURES, openSandbox, postJson, xeroClient } from '../test-helpers';
import type { Sandbox } from '../server';
import type { Dataset } from '../core/types';

let sb: Sandbox;
beforeAll(async () => {
  sb = await openSandbox({ limits: false });
});
beforeEach(() => sb.reset());
afterAll(() => sb.close());

const control = (path: string) => `${sb.origin}/__sandbox/${path}`;
const getJson = async <T>(path: string): Promise<T> => (await (await fetch(control(path))).json()) as T;

const DATASET: Dataset = {
  xero: {
    contacts: [
      { Name: 'Acme Ltd', EmailAddress: 'a@acme.example' },
      { ContactID: '2f0d3c1e-aaaa-4bbb-8ccc-0123456789ab', Name: 'Beta Ltd' },
    ],
  },
  xpm: {
    clients: [
      {
        Name: 'Acme Ltd',
        Email: 'a@acme.example',
        BusinessStructure: 'Company',
        Contacts: [{ Name: 'Sue Lee', Email: 'sue@acme.example', Position: 'Director', IsPrimary: 'Yes' }],
      },
    ],
  },
  karbon: {
    organizations: [
      { FullName: 'Acme Ltd', BusinessCards: [{ IsPrimaryCard: true, EmailAddresses: ['a@acme.example'] }] },
    ],
    contacts: [
      {
        FirstName: 'Sue',
        LastName: 'Lee',
        BusinessCards: [{ IsPrimaryCard: true, EmailAddresses: ['sue@acme.example'] }],
      },
    ],
  },
};

describe('/__sandbox control API', () => {
  it('POST dataset loads all three systems (ids generated) and GET state returns them in the same shapes', async () => {
    const res = await postJson(control('dataset'), DATASET);
    expect(await res.json()).toEqual({ ok: true, loaded: { xero: 2, xpm: 1, karbon: 2 } });
    const state = await getJson<Dataset>('state');
    const xero = state.xero?.contacts as { ContactID: string; Name: string }[];
    expect(xero.map((c) => c.Name).sort()).toEqual(['Acme Ltd', 'Beta Ltd']);
    expect(xero.find((c) => c.Name === 'Beta Ltd')?.ContactID).toBe('2f0d3c1e-aaaa-4bbb-8ccc-0123456789ab');
    expect((state.xpm?.clients?.[0] as { UUID?: string }).UUID).toMatch(/^[0-9a-f-]{36}$/);
    expect((state.karbon?.organizations?.[0] as { OrganizationKey?: string }).OrganizationKey).toBeTruthy();
    const again = await postJson(control('dataset'), state);
    expect(again.status).toBe(200);
    expect(await getJson<Dataset>('state')).toEqual(state);
  });

  it.each([
    'contacts-list.json',
    'contact-by-id.json',
    'contacts-create-response.json',
    'contact-update-response.json',
  ])('accepts the contacts of the shared Xero fixture %s as a dataset, keeping ids and dates', async (name) => {
    const file = JSON.parse(readFileSync(`${FIXTURES}/xero-accounting/${name}`, 'utf8')) as {
      Contacts: Record<string, unknown>[];
    };
    const res = await postJson(control('dataset'), { xero: { contacts: file.Contacts } });
    expect(res.status).toBe(200);
    const stored = (await getJson<Dataset>('state')).xero?.contacts as Record<string, unknown>[];
    expect(stored.map((c) => [c.ContactID, c.UpdatedDateUTC])).toEqual(
      file.Contacts.map((c) => [c.ContactID, c.UpdatedDateUTC]),
    );
  });

  it('rejects a bad dataset with 400 and leaves the store as it was', async () => {
    await postJson(control('dataset'), DATASET);
    const before = await getJson<Dataset>('state');
    const dupes = { xero: { contacts: [{ Name: 'Same Ltd' }, { Name: 'SAME LTD' }] } };
    const res = await postJson(control('dataset'), dupes);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(/already assigned/);
    expect((await postJson(control('dataset'), { quickbooks: {} })).status).toBe(400);
    expect((await fetch(control('dataset'), { method: 'POST', body: '{not json' })).status).toBe(400);
    expect(await getJson<Dataset>('state')).toEqual(before);
  });

  it('POST reset empties the stores and the counters', async () => {
    await postJson(control('dataset'), DATASET);
    await xeroClient(sb)('/Contacts');
    expect((await postJson(control('reset'), {})).status).toBe(200);
    const state = await getJson<Dataset>('state');
    expect(state.xero?.contacts).toEqual([]);
    const calls = await getJson<{ services: Record<string, unknown> }>('calls');
    expect(Object.keys(calls.services)).toEqual(['control']);
  });

  it('POST reset with seed demo loads the demo firm', async () => {
    await postJson(control('reset'), { seed: 'demo' });
    const state = await getJson<Dataset>('state');
    expect(state.xero?.contacts?.length).toBeGreaterThanOrEqual(150);
  });

  it('GET calls counts per service and endpoint', async () => {
    const api = xeroClient(sb);
    await api('/Contacts');
    await api('/Contacts?page=1');
    await api('/Contacts', { method: 'PUT', json: { Name: 'Counted Ltd' } });
    const calls = await getJson<{
      total: number;
      services: Record<string, { total: number; endpoints: Record<string, number> }>;
    }>('calls');
    expect(calls.services.xero).toMatchObject({ total: 3, endpoints: { 'GET Contacts': 2, 'PUT Contacts': 1 } });
    expect((await fetch(control('calls'), { method: 'DELETE' })).status).toBe(204);
    expect(await getJson('calls')).toMatchObject({ total: 1 });
  });

  it('POST clock advances sandbox time and rejects going backwards', async () => {
    const before = await getJson<{ nowMs: number }>('clock');
    const res = await postJson(control('clock'), { advanceSeconds: 90 });
    expect(((await res.json()) as { nowMs: number }).nowMs).toBe(before.nowMs + 90_000);
    expect((await postJson(control('clock'), { advanceMs: -5 })).status).toBe(400);
    expect((await postJson(control('clock'), {})).status).toBe(400);
  });

  it('GET credentials gives the Karbon pair, the accepted Xero client id and the web-app path', async () => {
    expect(await getJson('credentials')).toMatchObject({
      xero: { clientId: SANDBOX_XERO_CLIENT_ID },
      karbon: { bearer: KARBON_FIRM.bearer, accessKey: KARBON_FIRM.accessKey },
      karbonAppPath: `/karbon-app/${KARBON_FIRM.firmKey}`,
    });
    expect((await fetch(`${sb.origin}/karbon-app/${KARBON_FIRM.firmKey}`)).status).toBe(200);
  });

  it('POST tokens issues a working token set without the consent page', async () => {
    const t = (await (
      await postJson(control('tokens'), { scopes: ['offline_access', 'accounting.contacts'] })
    ).json()) as { access_token: string };
    const res = await fetch(`${sb.endpoints.xeroAccounting}/Contacts`, {
      headers: { Authorization: `Bearer ${t.access_token}`, 'xero-tenant-id': sb.credentials.xero.orgTenantId },
    });
    expect(res.status).toBe(200);
  });

  it('unknown control paths are 404 and wrong methods 405', async () => {
    expect((await fetch(control('nope'))).status).toBe(404);
    expect((await fetch(control('reset'))).status).toBe(405);
  });
});
