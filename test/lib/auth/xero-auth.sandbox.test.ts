import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createXeroClient } from '../../../lib/api/xero-client';
import { createXeroIdentityClient } from '../../../lib/api/xero-identity-client';
import { createMemorySecretStore } from '../../../lib/auth/secret-store';
import { signInWithXero } from '../../../lib/auth/xero-sign-in';
import { createXeroTokenStore } from '../../../lib/auth/xero-token-store';
import type { Sandbox } from '../../sandbox/server';
import { consentAs, openSandbox, recordingFetch, sandboxClock } from '../api/helpers/sandbox';

const MIN = 60_000;
let sb: Sandbox;

beforeAll(async () => {
  sb = await openSandbox({ seed: 'demo' });
});
afterAll(() => sb.close());
beforeEach(() => sb.reset({ identity: true }));

function wiring() {
  const http = recordingFetch();
  const clock = sandboxClock(sb);
  const identity = createXeroIdentityClient({
    fetch: http.fetch,
    tokenUrl: sb.endpoints.xeroToken,
    connectionsUrl: sb.endpoints.xeroConnections,
    clientId: sb.credentials.xero.clientId,
    clock,
  });
  const store = createXeroTokenStore({ secrets: createMemorySecretStore(), identity, clock });
  const signIn = (launchWebAuthFlow: (url: string) => Promise<string>, xpm = true) =>
    signInWithXero({
      launchWebAuthFlow,
      identity,
      authorizeUrl: sb.endpoints.xeroAuthorize,
      clientId: sb.credentials.xero.clientId,
      xpm,
    });
  const tokenCalls = () => http.sent.filter((r) => r.url.pathname.endsWith('/connect/token')).length;
  return { http, clock, identity, store, signIn, tokenCalls };
}

describe('Xero sign-in against the sandbox', () => {
  it('approves consent, exchanges the code with PKCE and lists the organisation and the practice separately', async () => {
    const w = wiring();
    const result = await w.signIn(consentAs(sb, 'allow'));
    expect(result.organisations.map((c) => c.tenantId)).toEqual([sb.credentials.xero.orgTenantId]);
    expect(result.practices.map((c) => c.tenantId)).toEqual([sb.credentials.xero.practiceTenantId]);
    await w.store.saveSignIn(result.tokens, { organisation: { tenantId: sb.credentials.xero.orgTenantId } });
    const xero = createXeroClient({
      fetch: w.http.fetch,
      getToken: (o) => w.store.getAccessToken(o),
      baseUrl: sb.endpoints.xeroAccounting,
      tenantId: sb.credentials.xero.orgTenantId,
      clock: w.clock,
    });
    const { records } = await xero.listContacts();
    expect(records.length).toBeGreaterThanOrEqual(150);
  });

  it('refuses a redirect whose state was tampered with, and never spends the code', async () => {
    const w = wiring();
    const approve = consentAs(sb, 'allow');
    const tampered = async (url: string) => {
      const redirect = new URL(await approve(url));
      redirect.searchParams.set('state', 'attacker-state');
      return redirect.href;
    };
    await expect(w.signIn(tampered)).rejects.toMatchObject({ kind: 'sign-in-rejected', code: 'state_mismatch' });
    expect(w.tokenCalls()).toBe(0);
  });

  it('reports a denied consent as cancelled', async () => {
    const w = wiring();
    await expect(w.signIn(consentAs(sb, 'deny'))).rejects.toMatchObject({
      kind: 'sign-in-cancelled',
      code: 'access_denied',
    });
    expect(w.tokenCalls()).toBe(0);
  });

  it('asks for practicemanager.client only when XPM is on', async () => {
    const w = wiring();
    const opened: string[] = [];
    const result = await w.signIn(consentAs(sb, 'allow', opened), false);
    expect(new URL(opened[0] ?? '').searchParams.get('scope')).toBe(
      'openid profile email offline_access accounting.contacts',
    );
    expect(result.practices).toEqual([]);
  });

  it('rotates the refresh token once for 5 concurrent callers and persists it', async () => {
    const w = wiring();
    const result = await w.signIn(consentAs(sb, 'allow'));
    await w.store.saveSignIn(result.tokens);
    const before = w.tokenCalls();
    sb.clock.advance(31 * MIN);
    const tokens = await Promise.all(Array.from({ length: 5 }, () => w.store.getAccessToken()));
    expect(new Set(tokens).size).toBe(1);
    expect(tokens[0]).not.toBe(result.tokens.accessToken);
    expect(w.tokenCalls() - before).toBe(1);
    const health = await w.store.health();
    expect(health).toMatchObject({ state: 'connected', refreshTokenAgeMs: 0 });
  });

  it('recovers from an expired access token through 401 + one forced refresh', async () => {
    const w = wiring();
    const result = await w.signIn(consentAs(sb, 'allow'));
    // The stored expiry claims the token is fresh, but the sandbox has moved past its 30 minutes.
    await w.store.saveSignIn({ ...result.tokens, expiresAt: Number.MAX_SAFE_INTEGER });
    sb.clock.advance(31 * MIN);
    const xero = createXeroClient({
      fetch: w.http.fetch,
      getToken: (o) => w.store.getAccessToken(o),
      baseUrl: sb.endpoints.xeroAccounting,
      tenantId: sb.credentials.xero.orgTenantId,
      clock: w.clock,
    });
    const reads = await Promise.all(Array.from({ length: 5 }, () => xero.findContactsByName('nobody at all')));
    expect(reads.every((r) => r.records.length === 0)).toBe(true);
    expect(w.tokenCalls()).toBe(2);
  });

  it('moves to reconnect-needed when the refresh token is rejected, without retrying', async () => {
    const w = wiring();
    const result = await w.signIn(consentAs(sb, 'allow'));
    await w.store.saveSignIn(result.tokens);
    // Another device rotates the token; 30 minutes later our copy is past Xero's grace period.
    await w.identity.refresh(result.tokens.refreshToken);
    sb.clock.advance(31 * MIN);
    const before = w.tokenCalls();
    await expect(w.store.getAccessToken()).rejects.toMatchObject({ kind: 'reconnect-needed', code: 'invalid_grant' });
    await expect(w.store.getAccessToken()).rejects.toMatchObject({ kind: 'reconnect-needed' });
    expect(w.tokenCalls() - before).toBe(1);
    expect((await w.store.health()).state).toBe('reconnect-needed');
  });

  it('keeps the connection alive with the alarm hook long before 60 idle days', async () => {
    const w = wiring();
    const result = await w.signIn(consentAs(sb, 'allow'));
    await w.store.saveSignIn(result.tokens);
    sb.clock.advance(8 * 24 * 60 * MIN);
    expect(await w.store.keepAlive()).toBe(true);
    expect(await w.store.keepAlive()).toBe(false);
    expect((await w.store.health()).state).toBe('connected');
  });
});
