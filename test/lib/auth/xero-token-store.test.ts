import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api/api-error';
import { userMessage } from '../../../lib/api/error-message';
import type { XeroTokenSet } from '../../../lib/api/xero-identity-client';
import { createMemorySecretStore, type SecretStore } from '../../../lib/auth/secret-store';
import {
  KEEPALIVE_REFRESH_AFTER_MS,
  REFRESH_TOKEN_LIFETIME_MS,
  XERO_CONNECTION_KEY,
  createXeroTokenStore,
} from '../../../lib/auth/xero-token-store';
import { createFakeClock } from '../api/helpers/fake-clock';

const MIN = 60_000;

function setup(refreshImpl?: (rt: string) => Promise<XeroTokenSet>) {
  const time = createFakeClock();
  const log: string[] = [];
  const memory = createMemorySecretStore();
  const secrets: SecretStore = {
    get: memory.get,
    delete: memory.delete,
    set: async (key, value) => {
      log.push(`persist ${(value as { tokens: XeroTokenSet }).tokens.refreshToken}`);
      await memory.set(key, value);
    },
  };
  let n = 0;
  const refreshes: string[] = [];
  const identity = {
    refresh: async (rt: string): Promise<XeroTokenSet> => {
      refreshes.push(rt);
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (refreshImpl) return refreshImpl(rt);
      n++;
      return {
        accessToken: `at${n}`,
        refreshToken: `rt${n}`,
        expiresAt: time.clock.now() + 30 * MIN,
        issuedAt: time.clock.now(),
      };
    },
  };
  const store = createXeroTokenStore({ secrets, identity, clock: time.clock });
  return { store, time, log, refreshes, memory };
}

async function connect(s: ReturnType<typeof setup>) {
  const now = s.time.clock.now();
  await s.store.saveSignIn({ accessToken: 'at0', refreshToken: 'rt0', expiresAt: now + 30 * MIN, issuedAt: now });
  s.log.length = 0;
}

describe('createXeroTokenStore', () => {
  it('returns the stored token while it is fresh', async () => {
    const s = setup();
    await connect(s);
    expect(await s.store.getAccessToken()).toBe('at0');
    expect(s.refreshes).toEqual([]);
  });

  it('shares one refresh among 5 concurrent callers and persists the rotated token first', async () => {
    const s = setup();
    await connect(s);
    s.time.advance(29 * MIN);
    const tokens = await Promise.all(Array.from({ length: 5 }, () => s.store.getAccessToken()));
    expect(tokens).toEqual(['at1', 'at1', 'at1', 'at1', 'at1']);
    expect(s.refreshes).toEqual(['rt0']);
    expect(s.log).toEqual(['persist rt1']);
    expect((s.memory.dump()[XERO_CONNECTION_KEY] as { tokens: XeroTokenSet }).tokens.refreshToken).toBe('rt1');
  });

  it('refreshes once on forceRefresh, and a second forced call right after reuses the new token', async () => {
    const s = setup();
    await connect(s);
    s.time.advance(5 * MIN);
    expect(await s.store.getAccessToken({ forceRefresh: true })).toBe('at1');
    expect(await s.store.getAccessToken({ forceRefresh: true })).toBe('at1');
    expect(s.refreshes).toEqual(['rt0']);
  });

  it('moves to reconnect-needed on invalid_grant and stops calling the token endpoint', async () => {
    const s = setup(async () => {
      throw new ApiError({
        service: 'identity',
        kind: 'reconnect-needed',
        code: 'invalid_grant',
        message: 'invalid_grant',
      });
    });
    await connect(s);
    s.time.advance(31 * MIN);
    const first = await s.store.getAccessToken().catch((e: unknown) => e);
    expect(first).toMatchObject({ service: 'xero', kind: 'reconnect-needed', code: 'invalid_grant' });
    expect(userMessage(first)).toBe('Xero connection expired: reconnect in Options.');
    await expect(s.store.getAccessToken()).rejects.toMatchObject({ kind: 'reconnect-needed' });
    expect(s.refreshes).toHaveLength(1);
    expect(await s.store.health()).toMatchObject({
      state: 'reconnect-needed',
      lastError: { message: 'invalid_grant' },
    });
  });

  it('keeps the connection after a network failure and records the error', async () => {
    const s = setup(async () => {
      throw new ApiError({ service: 'identity', kind: 'network', message: 'dropped' });
    });
    await connect(s);
    s.time.advance(31 * MIN);
    await expect(s.store.getAccessToken()).rejects.toMatchObject({ kind: 'network' });
    expect(await s.store.health()).toMatchObject({ state: 'connected', lastError: { kind: 'network' } });
  });

  it('keepAlive refreshes only once the refresh token is a week old', async () => {
    const s = setup();
    await connect(s);
    s.time.advance(KEEPALIVE_REFRESH_AFTER_MS - MIN);
    expect(await s.store.keepAlive()).toBe(false);
    s.time.advance(2 * MIN);
    expect(await s.store.keepAlive()).toBe(true);
    expect(s.refreshes).toEqual(['rt0']);
    expect((await s.store.health()).refreshTokenAgeMs).toBe(0);
  });

  it('reports health for the UI and not-connected before sign-in', async () => {
    const s = setup();
    expect(await s.store.health()).toEqual({ state: 'not-connected' });
    await expect(s.store.getAccessToken()).rejects.toMatchObject({ kind: 'not-connected' });
    await connect(s);
    await s.store.setTenants({ organisation: { tenantId: 'org', tenantName: 'Org' } });
    const t0 = s.time.clock.now();
    s.time.advance(3 * MIN);
    expect(await s.store.health()).toEqual({
      state: 'connected',
      connectedAt: t0,
      lastSuccessAt: t0,
      refreshTokenIssuedAt: t0,
      refreshTokenAgeMs: 3 * MIN,
      refreshTokenExpiresAt: t0 + REFRESH_TOKEN_LIFETIME_MS,
      accessTokenExpiresAt: t0 + 30 * MIN,
      organisation: { tenantId: 'org', tenantName: 'Org' },
    });
    await s.store.disconnect();
    expect((await s.store.health()).state).toBe('not-connected');
  });
});
