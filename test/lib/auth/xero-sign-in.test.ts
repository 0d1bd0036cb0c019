import { describe, expect, it } from 'vitest';
import type { XeroConnection } from '../../../lib/api/schemas/xero-identity';
import type { XeroTokenSet } from '../../../lib/api/xero-identity-client';
import { EXTENSION_ID } from '../../../lib/config/extension-identity';
import { readRedirect, signInWithXero, xeroRedirectUri } from '../../../lib/auth/xero-sign-in';
import { fixtureJson } from '../api/helpers/fixtures';

const TOKENS: XeroTokenSet = { accessToken: 'at', refreshToken: 'rt', expiresAt: 1, issuedAt: 0 };
const REDIRECT = xeroRedirectUri();

function identity() {
  const exchanges: Array<{ code: string; codeVerifier: string; redirectUri: string }> = [];
  return {
    exchanges,
    exchangeCode: async (input: { code: string; codeVerifier: string; redirectUri: string }) => {
      exchanges.push(input);
      return TOKENS;
    },
    getConnections: async (): Promise<XeroConnection[]> => [
      ...fixtureJson<XeroConnection[]>('xero-accounting/connections.json'),
      { id: 'c2', tenantId: 'p1', tenantType: 'PRACTICEMANAGER', tenantName: 'Practice' },
    ],
  };
}

describe('signInWithXero', () => {
  it('opens the consent URL with PKCE S256, checks state, exchanges the code and splits tenants', async () => {
    const id = identity();
    let opened = '';
    const result = await signInWithXero({
      authorizeUrl: 'https://login.xero.com/identity/connect/authorize',
      clientId: 'CLIENT',
      xpm: true,
      identity: id,
      launchWebAuthFlow: async (url) => {
        opened = url;
        const state = new URL(url).searchParams.get('state');
        return `${REDIRECT}?code=the-code&state=${state}`;
      },
    });
    const params = new URL(opened).searchParams;
    expect(REDIRECT).toBe(`https://${EXTENSION_ID}.chromiumapp.org/`);
    expect(Object.fromEntries(params)).toMatchObject({
      response_type: 'code',
      client_id: 'CLIENT',
      redirect_uri: REDIRECT,
      code_challenge_method: 'S256',
      scope: 'openid profile email offline_access accounting.contacts practicemanager.client',
    });
    expect(params.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(id.exchanges).toEqual([
      { code: 'the-code', codeVerifier: expect.any(String) as unknown, redirectUri: REDIRECT },
    ]);
    expect(result.organisations.map((c) => c.tenantName)).toEqual(['Demo Company (NZ)']);
    expect(result.practices.map((c) => c.tenantId)).toEqual(['p1']);
  });

  it.each([
    ['a foreign state', `${REDIRECT}?code=c&state=forged`, { kind: 'sign-in-rejected', code: 'state_mismatch' }],
    ['a denied consent', `${REDIRECT}?error=access_denied&state=s`, { kind: 'sign-in-cancelled' }],
    ['another redirect target', 'https://evil.example/?code=c&state=s', { kind: 'sign-in-rejected' }],
    ['a missing code', `${REDIRECT}?state=s`, { kind: 'sign-in-rejected' }],
  ])('refuses %s without spending the code', async (_name, redirect, expected) => {
    const id = identity();
    const run = signInWithXero({
      authorizeUrl: 'https://login.xero.com/identity/connect/authorize',
      clientId: 'CLIENT',
      xpm: false,
      identity: id,
      launchWebAuthFlow: async () => redirect,
    });
    await expect(run).rejects.toMatchObject({ service: 'identity', ...expected });
    expect(id.exchanges).toEqual([]);
  });

  it('treats a closed window as cancelled', async () => {
    const run = signInWithXero({
      authorizeUrl: 'https://login.xero.com/identity/connect/authorize',
      clientId: 'CLIENT',
      xpm: false,
      identity: identity(),
      launchWebAuthFlow: async () => {
        throw new Error('The user did not approve access.');
      },
    });
    await expect(run).rejects.toMatchObject({ kind: 'sign-in-cancelled' });
  });

  it('reads the code when state and target match', () => {
    expect(readRedirect(`${REDIRECT}?code=abc&state=s1`, { redirectUri: REDIRECT, state: 's1' })).toBe('abc');
  });
});
