import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../server';
import { openSandbox } from '../test-helpers';
import { responseErrors } from './karbon-spec';

let sb: Sandbox;
let headers: Record<string, string>;
const url = (path: string) => `${sb.origin}/karbon-api/v3${path}`;
const post = (body: unknown) =>
  fetch(url('/CustomFields'), {
    method: 'POST',
    headers: { ...headers, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

beforeAll(async () => {
  sb = await openSandbox({ limits: false });
  headers = { Authorization: `Bearer ${sb.credentials.karbon.bearer}`, AccessKey: sb.credentials.karbon.accessKey };
});
afterAll(() => sb.close());

describe('Karbon custom field definitions', () => {
  it('creates, lists and deletes a definition in the spec’s shapes', async () => {
    const definition = {
      Name: 'Industry Type',
      Type: 'ListSingleSelect',
      IsVisibleToContacts: false,
      IsVisibleToOrganizations: true,
      ListOptions: ['Agriculture'],
    };
    const created = await post(definition);
    expect(created.status).toBe(201);
    const body = (await created.json()) as { Key: string };
    expect(body).toMatchObject({ ...definition, Key: expect.any(String) });
    const list = await (await fetch(url('/CustomFields'), { headers })).json();
    expect(responseErrors('GET', '/v3/CustomFields', 200, list)).toEqual([]);
    expect(list).toMatchObject({ '@odata.count': 1, value: [body] });
    const removed = await fetch(url(`/CustomFields/${body.Key}`), { method: 'DELETE', headers });
    expect(removed.status).toBe(204);
    expect((await fetch(url(`/CustomFields/${body.Key}`), { method: 'DELETE', headers })).status).toBe(404);
  });

  it.each([
    [{ Type: 'Text' }, 400],
    [{ Name: 'x'.repeat(101), Type: 'Text' }, 400],
    [{ Name: 'Revenue', Type: 'Money' }, 400],
    [{ Name: 'Sector', Type: 'ListSingleSelect', ListOptions: ['y'.repeat(257)] }, 400],
  ])('refuses a bad definition %#', async (body, status) => {
    expect((await post(body)).status).toBe(status);
  });
});
