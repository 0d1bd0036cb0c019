// An engine over the real lib/api clients against a sandbox, with every wait (backoff, Retry-After, rate windows,
// in-run record retries) moving sandbox time instead of sleeping: shared by the reliability tests.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Clock } from '../../../../lib/api/clock';
import type { FetchLike } from '../../../../lib/api/http-core';
import { createKarbonClient } from '../../../../lib/api/karbon-client';
import type { GetXeroToken } from '../../../../lib/api/xero-auth-headers';
import { createXeroClient } from '../../../../lib/api/xero-client';
import { AppDb } from '../../../../lib/db/app-db';
import { createPorts } from '../../../../lib/sync/adapters/create-ports';
import { createSyncEngine } from '../../../../lib/sync/engine';
import type { Sandbox } from '../../../sandbox/server';

/** The clients' clock bound to sandbox time. */
export function sandboxTime(sb: Sandbox): Clock {
  return {
    now: () => sb.clock.now(),
    sleep: async (ms) => {
      sb.clock.advance(Math.max(0, ms));
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

/** Per-attempt timeout of the engine's clients in these tests (the sandbox's `slow` fault is set longer). */
export const TEST_TIMEOUT_MS = 150;

function tokenOnce(sb: Sandbox): GetXeroToken {
  const token = sb.issueTokens().access_token;
  return async () => token;
}

/**
 * A sync engine for `sb` on a fresh database; `through` sees (and may fail) every request. Xero tokens come from
 * `getXeroToken` (e.g. a real token store) when given, else from one token issued without consent.
 */
export function sandboxEngine(
  sb: Sandbox,
  through: FetchLike = (input, init) => fetch(input, init),
  options: { getXeroToken?: GetXeroToken } = {},
) {
  // Issued only when needed: issuing connects the tenants anew, under another authorisation than a signed-in session's.
  const getXeroToken = options.getXeroToken ?? tokenOnce(sb);
  const clock = sandboxTime(sb);
  const db = new AppDb(`sb-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const ports = createPorts({
    fetch: through,
    endpoints: sb.endpoints,
    getXeroToken,
    xeroTenantId: sb.credentials.xero.orgTenantId,
    getKarbonCredentials: () => sb.credentials.karbon,
    clock,
    timeoutMs: TEST_TIMEOUT_MS,
  });
  const engine = createSyncEngine({ db, ...ports, sleep: clock.sleep });
  // The "other users": a Xero user and a Karbon user editing through the same APIs (never faulted).
  const plain: FetchLike = (input, init) => fetch(input, init);
  const xeroUser = createXeroClient({
    fetch: plain,
    getToken: getXeroToken,
    baseUrl: sb.endpoints.xeroAccounting,
    tenantId: sb.credentials.xero.orgTenantId,
    clock,
  });
  const karbonUser = createKarbonClient({
    fetch: plain,
    baseUrl: sb.endpoints.karbonApi,
    getCredentials: () => sb.credentials.karbon,
    clock,
  });
  return { db, engine, xeroUser, karbonUser };
}
