// An XPM engine over the real lib/api clients against a sandbox (real HTTP), with the XPM practice and the Karbon firm
// loaded from wire-shaped data, plus the "other users" editing XPM and Karbon directly: shared by the XPM scenarios.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createKarbonClient } from '../../../../lib/api/karbon-client';
import { createXpmClient } from '../../../../lib/api/xpm-client';
import { AppDb } from '../../../../lib/db/app-db';
import { createPorts } from '../../../../lib/sync/adapters/create-ports';
import type { XpmSyncOptions } from '../../../../lib/sync/adapters/xpm-remote';
import { createSyncEngine } from '../../../../lib/sync/engine';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { sandboxTime } from './sandbox-sync';

export type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

/** A primary business card with these emails (Karbon wire shape). */
export const card = (emails: string[], extra: object = {}) => [
  { IsPrimaryCard: true, EmailAddresses: emails, ...extra },
];

/** The request's URL as a string. */
export const urlOf = (input: RequestInfo | URL): string => String(input instanceof Request ? input.url : input);

/** An XPM `<Status>ERROR</Status>` answer with HTTP 200, as XPM sends application errors (reference A1). */
export const xpmErrorAnswer = (description: string): Response =>
  new Response(`<Response><Status>ERROR</Status><ErrorDescription>${description}</ErrorDescription></Response>`, {
    status: 200,
    headers: { 'content-type': 'text/xml' },
  });

export interface XpmScenario {
  clients: unknown[];
  karbon: { organizations: unknown[]; contacts: unknown[] };
  options?: Partial<XpmSyncOptions>;
  /** Sees (and may change or answer) every request of the engine; the "other users" are never wrapped. */
  wrap?: (sb: Sandbox, next: Fetch) => Fetch;
}

/** Starts a sandbox with the scenario's data and an XPM-only engine (Clients only unless the options say). */
export async function xpmSandbox(scenario: XpmScenario, sandboxes: Sandbox[]) {
  const sb = await startSandbox({ port: 0 });
  sandboxes.push(sb);
  sb.loadDataset(
    structuredClone({ xpm: { clients: scenario.clients }, karbon: scenario.karbon, xero: { contacts: [] } }),
  );
  const token = sb.issueTokens(['offline_access', 'accounting.contacts', 'practicemanager.client']).access_token;
  const plain: Fetch = (input, init) => fetch(input, init);
  // Every wait (backoff, Retry-After, in-run record retries) moves sandbox time instead of sleeping.
  const clock = sandboxTime(sb);
  const ports = createPorts({
    fetch: scenario.wrap ? scenario.wrap(sb, plain) : plain,
    endpoints: sb.endpoints,
    getXeroToken: async () => token,
    xeroTenantId: sb.credentials.xero.orgTenantId,
    xpmTenantId: sb.credentials.xero.practiceTenantId,
    getKarbonCredentials: () => sb.credentials.karbon,
    clock,
  });
  const db = new AppDb(`xpm-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const engine = createSyncEngine({
    db,
    ...ports,
    sleep: clock.sleep,
    systems: ['xpm'],
    xpmOptions: {
      mode: 'clients',
      personBusinessTypes: ['Individual', 'Sole Trader'],
      pushContactTypes: [],
      ...scenario.options,
    },
  });
  const calls = () => {
    const s = sb.calls().services;
    return { xpm: s.xpm?.total ?? 0, karbon: s.karbon?.total ?? 0, xero: s.xero?.total ?? 0 };
  };
  const endpoints = () => sb.calls().services.xpm?.endpoints ?? {};
  const karbon = () =>
    sb.state().karbon as { organizations: Record<string, unknown>[]; contacts: Record<string, unknown>[] };
  const xpmUser = createXpmClient({
    fetch: plain,
    getToken: async () => token,
    baseUrl: sb.endpoints.xpm,
    tenantId: sb.credentials.xero.practiceTenantId,
  });
  const karbonUser = createKarbonClient({
    fetch: plain,
    baseUrl: sb.endpoints.karbonApi,
    getCredentials: () => sb.credentials.karbon,
  });
  const xpmClients = () => (sb.state().xpm?.clients ?? []) as Record<string, unknown>[];
  /** The Karbon key of the organization with this name. */
  const orgKey = (name: string) =>
    String(karbon().organizations.find((o) => o.FullName === name)?.OrganizationKey ?? '');
  return { sb, db, engine, calls, endpoints, karbon, xpmClients, xpmUser, karbonUser, orgKey };
}

/** Sorted names of Karbon rows (FullName, or another field). */
export const names = (rows: Record<string, unknown>[], field = 'FullName') => rows.map((r) => String(r[field])).sort();
/** Sorted "First Last" of Karbon people. */
export const personNames = (rows: Record<string, unknown>[]) => rows.map((r) => `${r.FirstName} ${r.LastName}`).sort();
