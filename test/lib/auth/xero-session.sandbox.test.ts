import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKarbonClient } from '../../../lib/api/karbon-client';
import { createKarbonKeyStore } from '../../../lib/auth/karbon-keys';
import { createMemorySecretStore } from '../../../lib/auth/secret-store';
import { createXeroSession } from '../../../lib/auth/xero-session';
import type { Sandbox } from '../../sandbox/server';
import { consentAs, openSandbox, sandboxClock } from '../api/helpers/sandbox';

let sb: Sandbox;

beforeAll(async () => {
  sb = await openSandbox({ seed: 'demo' });
});
afterAll(() => sb.close());

describe('background wiring against the demo sandbox', () => {
  it('signs in, picks the only organisation and practice, and reads Xero, XPM and Karbon', async () => {
    const secrets = createMemorySecretStore();
    const session = createXeroSession({
      fetch: (input, init) => fetch(input, init),
      endpoints: sb.endpoints,
      clientId: sb.credentials.xero.clientId,
      secrets,
      clock: sandboxClock(sb),
    });
    await session.signIn(consentAs(sb, 'allow'), { xpm: true });
    const health = await session.tokens.health();
    expect(health).toMatchObject({
      state: 'connected',
      organisation: { tenantId: sb.credentials.xero.orgTenantId },
      practice: { tenantId: sb.credentials.xero.practiceTenantId },
    });
    const contacts = await session.xero(health.organisation?.tenantId ?? '').listContacts();
    expect(contacts.rejected).toEqual([]);
    expect(contacts.records.length).toBeGreaterThanOrEqual(150);
    const clients = await session.xpm(health.practice?.tenantId ?? '').listClients({ detailed: true });
    expect(clients.rejected).toEqual([]);
    expect(clients.records.length).toBeGreaterThanOrEqual(40);

    const keys = createKarbonKeyStore(secrets);
    await expect(keys.credentials()).rejects.toMatchObject({ kind: 'not-connected' });
    await keys.save({ bearer: ` ${sb.credentials.karbon.bearer} `, accessKey: sb.credentials.karbon.accessKey });
    const karbon = createKarbonClient({
      fetch: (input, init) => fetch(input, init),
      baseUrl: sb.endpoints.karbonApi,
      getCredentials: keys.credentials,
      clock: sandboxClock(sb),
    });
    const people = await karbon.listContacts();
    const orgs = await karbon.listOrganizations();
    expect(people.rejected).toEqual([]);
    expect(orgs.rejected).toEqual([]);
    expect(people.records.length + orgs.records.length).toBeGreaterThanOrEqual(120);
    expect(Object.keys(secrets.dump()).sort()).toEqual(['karbon.keys', 'xero.connection']);
  });
});
