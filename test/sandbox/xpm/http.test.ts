import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../server';
import { openSandbox, practiceTenant } from '../test-helpers';
import { responseOf, xpmFixture, type Xml } from './xml-helpers';

let sb: Sandbox;
let auth: Record<string, string>;

beforeAll(async () => {
  sb = await openSandbox({ limits: false });
  auth = { Authorization: `Bearer ${sb.issueTokens().access_token}`, 'xero-tenant-id': practiceTenant };
  sb.loadDataset({
    xpm: {
      clients: [
        {
          Name: 'Waitemata Plumbing Ltd',
          BusinessStructure: 'Company',
          Contacts: [{ Name: 'Hemi Walker', IsPrimary: 'Yes' }],
        },
        { Name: 'Grace Liu', BusinessStructure: 'Sole Trader', FirstName: 'Grace', LastName: 'Liu' },
      ],
    },
  });
});
afterAll(() => sb.close());

const api = (path: string, init: RequestInit = {}) =>
  fetch(`${sb.endpoints.xpm}/client.api/${path}`, {
    ...init,
    headers: { ...auth, ...(init.headers as Record<string, string>) },
  });

describe('XPM over real HTTP on 127.0.0.1', () => {
  it('lists clients as XML with the practice tenant header', async () => {
    const res = await api('list?detailed=true');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/xml/);
    const clients = ((responseOf(await res.text()).Clients as Xml).Client as Xml[]).map((c) => [
      c.Name,
      c.BusinessStructure,
    ]);
    expect(clients).toEqual([
      ['Waitemata Plumbing Ltd', 'Company'],
      ['Grace Liu', 'Sole Trader'],
    ]);
  });

  it('adds a client from the documented XML and the control state shows it in the dataset shape', async () => {
    const res = await api('add', {
      method: 'POST',
      headers: { 'Content-Type': 'application/xml' },
      body: xpmFixture('docs/client-add-request.xml'),
    });
    expect(responseOf(await res.text()).Status).toBe('OK');
    const clients = sb.state().xpm?.clients as Xml[];
    expect(clients.map((c) => c.Name)).toContain('Bloggs Electrical Ltd');
  });

  it('answers a malformed body with Status ERROR and keeps serving', async () => {
    const res = await api('update', { method: 'PUT', headers: { 'Content-Type': 'text/xml' }, body: '<Client><UUID>' });
    expect(res.status).toBe(200);
    expect(responseOf(await res.text()).Status).toBe('ERROR');
    expect((await api('list')).status).toBe(200);
  });

  it('refuses a call without a token', async () => {
    const res = await fetch(`${sb.endpoints.xpm}/client.api/list`, { headers: { 'xero-tenant-id': practiceTenant } });
    expect(res.status).toBe(401);
  });
});
