import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../server';
import { openSandbox, postJson } from '../test-helpers';
import { karbonFixture } from './karbon-spec';

let sb: Sandbox;
beforeAll(async () => {
  sb = await openSandbox({ limits: false });
});
afterAll(() => sb.close());

describe('POST /__sandbox/dataset and GET /__sandbox/state with the Karbon and XPM wire shapes', () => {
  it('loads Karbon detail records and XPM clients with nested contacts, and states them back in the same shapes', async () => {
    const dataset = {
      karbon: {
        contacts: [karbonFixture('contact-get-expanded.json'), { FirstName: 'Ana', LastName: 'Silva' }],
        organizations: [karbonFixture('organization-get-expanded.json')],
      },
      xpm: {
        clients: [
          {
            Name: 'Rimu Accounting Ltd',
            Email: 'office@rimu.example',
            BusinessStructure: 'Company',
            Contacts: [
              {
                Name: 'Mere Rimu',
                Email: 'mere@rimu.example',
                Mobile: '021 1',
                Position: 'Director',
                IsPrimary: 'Yes',
              },
            ],
          },
        ],
      },
    };
    const res = await postJson(`${sb.origin}/__sandbox/dataset`, dataset);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, loaded: { karbon: 3, xpm: 1 } });
    const state = (await (await fetch(`${sb.origin}/__sandbox/state`)).json()) as {
      karbon: { contacts: Record<string, unknown>[]; organizations: Record<string, unknown>[] };
      xpm: { clients: Record<string, unknown>[] };
    };
    expect(state.karbon.contacts[0]).toMatchObject({
      ContactKey: '67zlxNyJSr8e',
      BusinessCards: [{ BusinessCardKey: '2tBHyXtJBxBy' }],
    });
    expect(state.karbon.contacts[1]?.ContactKey).toMatch(/\S/);
    expect(state.karbon.organizations[0]).toMatchObject({
      OrganizationKey: '2Nw8tnxwQCVf',
      FullName: 'Sample Company',
    });
    expect(state.xpm.clients[0]).toMatchObject({
      Name: 'Rimu Accounting Ltd',
      Contacts: [{ Name: 'Mere Rimu', Position: 'Director', IsPrimary: 'Yes' }],
    });
    expect(state.xpm.clients[0]?.UUID).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a bad Karbon record and keeps what was loaded before', async () => {
    const res = await postJson(`${sb.origin}/__sandbox/dataset`, {
      karbon: { contacts: [{ FirstName: 'No last name' }] },
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(/karbon.contacts\[0\]/);
    const state = (await (await fetch(`${sb.origin}/__sandbox/state`)).json()) as { karbon: { contacts: unknown[] } };
    expect(state.karbon.contacts).toHaveLength(2);
  });
});
