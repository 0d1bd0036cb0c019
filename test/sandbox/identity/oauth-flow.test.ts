import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SANDBOX_XERO_CLIENT_ID } from '../core/credentials';
import { arrayValidatorFor, validatorFor } from '../core/spec-validator';
import { openSandbox, orgTenant, SPECS } from '../test-helpers';
import type { Sandbox } from '../server';

const validConnections = arrayValidatorFor(`${SPECS}/xero-identity.yaml`, 'Connection');
const validToken = validatorFor(`${SPECS}/xero-identity.yaml`, 'AccessToken');
const REDIRECT = 'https://nhndnfjenndlpelcepamkdideebgopca.chromiumapp.org/xero';
const SCOPES = 'openid profile email offline_access accounting.contacts practicemanager.client';

let sb: Sandbox;
beforeAll(async () => {
  sb = await openSandbox();
});
beforeEach(() => sb.reset({ identity: true }));
afterAll(() => sb.close());

function pkce() {
  const verifier = randomBytes(48).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

function authorizeParams(challenge: string, overrides: Record<string, string> = {}) {
  return new URLSearchParams({
    response_type: 'code',
    client_id: SANDBOX_XERO_CLIENT_ID,
    redirect_uri: REDIRECT,
    scope: SCOPES,
    state: 'st-123',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    ...overrides,
  });
}

async function consent(params: URLSearchParams, decision: 'allow' | 'deny'): Promise<URL> {
  const form = new URLSearchParams(params);
  form.set('decision', decision);
  const res = await fetch(sb.endpoints.xeroAuthorize, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: form,
    redirect: 'manual',
  });
  expect(res.status).toBe(302);
  return new URL(res.headers.get('location') ?? '');
}

async function token(form: Record<string, string>): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(sb.endpoints.xeroToken, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: SANDBOX_XERO_CLIENT_ID, ...form }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function signIn() {
  const { verifier, challenge } = pkce();
  const back = await consent(authorizeParams(challenge), 'allow');
  const res = await token({
    grant_type: 'authorization_code',
    code: back.searchParams.get('code') ?? '',
    redirect_uri: REDIRECT,
    code_verifier: verifier,
  });
  expect(res.status).toBe(200);
  return res.body as { access_token: string; refresh_token: string; expires_in: number };
}

const contacts = (accessToken: string, tenant: string = orgTenant) =>
  fetch(`${sb.endpoints.xeroAccounting}/Contacts`, {
    headers: { Authorization: `Bearer ${accessToken}`, 'xero-tenant-id': tenant },
  });

describe('consent page', () => {
  it('shows Allow access and Cancel for a valid request', async () => {
    const res = await fetch(`${sb.endpoints.xeroAuthorize}?${authorizeParams(pkce().challenge).toString()}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Allow access');
    expect(html).toContain('Cancel');
    expect(html).toContain('accounting.contacts');
  });

  it('approving redirects with code and state; cancelling redirects with access_denied and state', async () => {
    const { challenge } = pkce();
    const ok = await consent(authorizeParams(challenge), 'allow');
    expect(ok.origin + ok.pathname).toBe(REDIRECT);
    expect(ok.searchParams.get('code')).toBeTruthy();
    expect(ok.searchParams.get('state')).toBe('st-123');
    const denied = await consent(authorizeParams(challenge), 'deny');
    expect(denied.searchParams.get('error')).toBe('access_denied');
    expect(denied.searchParams.get('state')).toBe('st-123');
    expect(denied.searchParams.get('code')).toBeNull();
  });

  it.each([
    [{ client_id: 'WRONG' }, 400],
    [{ redirect_uri: 'https://evil.example/cb' }, 400],
  ])('refuses %o on a page, without redirecting', async (override, status) => {
    const res = await fetch(`${sb.endpoints.xeroAuthorize}?${authorizeParams(pkce().challenge, override).toString()}`, {
      redirect: 'manual',
    });
    expect(res.status).toBe(status);
  });

  it.each([
    [{ code_challenge_method: 'plain' }, 'invalid_request'],
    [{ scope: 'accounting.everything.forever!' }, 'invalid_scope'],
    [{ response_type: 'token' }, 'unsupported_response_type'],
  ])('redirects %o with error=%s', async (override, error) => {
    const res = await fetch(`${sb.endpoints.xeroAuthorize}?${authorizeParams(pkce().challenge, override).toString()}`, {
      redirect: 'manual',
    });
    expect(res.status).toBe(302);
    expect(new URL(res.headers.get('location') ?? '').searchParams.get('error')).toBe(error);
  });
});

describe('token endpoint', () => {
  it('exchanges a code once, only with the right PKCE verifier and redirect_uri', async () => {
    const { verifier, challenge } = pkce();
    const code = (await consent(authorizeParams(challenge), 'allow')).searchParams.get('code') ?? '';
    const wrong = await token({
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT,
      code_verifier: pkce().verifier,
    });
    expect(wrong).toEqual({ status: 400, body: { error: 'invalid_grant' } });
    const code2 = (await consent(authorizeParams(challenge), 'allow')).searchParams.get('code') ?? '';
    const good = await token({
      grant_type: 'authorization_code',
      code: code2,
      redirect_uri: REDIRECT,
      code_verifier: verifier,
    });
    expect(good.status).toBe(200);
    expect(validToken(good.body).errors).toEqual([]);
    expect(good.body).toMatchObject({ token_type: 'Bearer', expires_in: 1800 });
    expect(good.body.refresh_token).toBeTruthy();
    expect(good.body.id_token).toBeTruthy();
    const again = await token({
      grant_type: 'authorization_code',
      code: code2,
      redirect_uri: REDIRECT,
      code_verifier: verifier,
    });
    expect(again.body).toEqual({ error: 'invalid_grant' });
  });

  it('rejects an unknown client, a wrong content type and an unknown grant', async () => {
    expect((await token({ grant_type: 'refresh_token', refresh_token: 'x', client_id: 'NOPE' })).body).toEqual({
      error: 'invalid_client',
    });
    expect((await token({ grant_type: 'password' })).body).toEqual({ error: 'unsupported_grant_type' });
    const json = await fetch(sb.endpoints.xeroToken, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(json.status).toBe(400);
  });

  it('rotates refresh tokens; the previous one works for 30 minutes, then invalid_grant', async () => {
    const first = await signIn();
    const second = await token({ grant_type: 'refresh_token', refresh_token: first.refresh_token });
    expect(second.status).toBe(200);
    expect(second.body.refresh_token).not.toBe(first.refresh_token);
    sb.clock.advance(29 * 60_000);
    expect((await token({ grant_type: 'refresh_token', refresh_token: first.refresh_token })).status).toBe(200);
    sb.clock.advance(2 * 60_000);
    expect(await token({ grant_type: 'refresh_token', refresh_token: first.refresh_token })).toEqual({
      status: 400,
      body: { error: 'invalid_grant' },
    });
    expect(
      (await token({ grant_type: 'refresh_token', refresh_token: String(second.body.refresh_token) })).status,
    ).toBe(200);
  });

  it('revocation ends the refresh token (and its rotations) and removes the connections it made', async () => {
    const first = await signIn();
    const second = await token({ grant_type: 'refresh_token', refresh_token: first.refresh_token });
    const revoke = (form: Record<string, string>) =>
      fetch(sb.endpoints.xeroToken.replace(/\/token$/, '/revocation'), {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(form),
      });
    expect((await revoke({ client_id: 'someone-else', token: first.refresh_token })).status).toBe(400);
    expect((await revoke({ client_id: SANDBOX_XERO_CLIENT_ID, token: first.refresh_token })).status).toBe(200);
    for (const t of [first.refresh_token, String(second.body.refresh_token)])
      expect((await token({ grant_type: 'refresh_token', refresh_token: t })).body).toEqual({ error: 'invalid_grant' });
    expect((await contacts(String(second.body.access_token))).status).toBe(403);
    // An unknown token is not an error (RFC 7009 §2.2).
    expect((await revoke({ client_id: SANDBOX_XERO_CLIENT_ID, token: 'unknown' })).status).toBe(200);
  });

  it('a refresh token unused for 60 days is invalid_grant', async () => {
    const t = await signIn();
    sb.clock.advance(59 * 24 * 3_600_000);
    const kept = await token({ grant_type: 'refresh_token', refresh_token: t.refresh_token });
    expect(kept.status).toBe(200);
    sb.clock.advance(60 * 24 * 3_600_000 + 1);
    expect((await token({ grant_type: 'refresh_token', refresh_token: String(kept.body.refresh_token) })).body).toEqual(
      { error: 'invalid_grant' },
    );
  });

  it('issues no refresh token without offline_access', async () => {
    const t = sb.issueTokens(['accounting.contacts']);
    expect(t.refresh_token).toBeUndefined();
    expect(JSON.parse(Buffer.from(t.access_token.split('.')[1] ?? '', 'base64url').toString())).toMatchObject({
      scope: ['accounting.contacts'],
    });
  });

  it('access tokens expire after 30 minutes of sandbox time with 401 TokenExpired', async () => {
    const t = await signIn();
    expect((await contacts(t.access_token)).status).toBe(200);
    sb.clock.advance(30 * 60_000);
    const res = await contacts(t.access_token);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({
      Title: 'Unauthorized',
      Status: 401,
      Detail: expect.stringMatching(/^TokenExpired: token expired at /),
    });
  });
});

describe('connections and the API gate', () => {
  it('lists the organisation and the practice, in the spec shape', async () => {
    const t = await signIn();
    const res = await fetch(sb.endpoints.xeroConnections, { headers: { Authorization: `Bearer ${t.access_token}` } });
    const rows = (await res.json()) as { tenantType: string; createdDateUtc: string }[];
    expect(validConnections(rows).errors).toEqual([]);
    expect(rows.map((r) => r.tenantType).sort()).toEqual(['ORGANISATION', 'PRACTICEMANAGER']);
    expect(rows[0]?.createdDateUtc).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}$/);
    expect(res.headers.get('x-appminlimit-remaining')).toMatch(/^\d+$/);
    expect(res.headers.get('x-minlimit-remaining')).toBeNull();
    expect((await fetch(sb.endpoints.xeroConnections)).status).toBe(401);
  });

  it('an accounting-only consent connects only the organisation', async () => {
    const t = sb.issueTokens(['offline_access', 'accounting.contacts']);
    const rows = (await (
      await fetch(sb.endpoints.xeroConnections, { headers: { Authorization: `Bearer ${t.access_token}` } })
    ).json()) as unknown[];
    expect(rows).toHaveLength(1);
  });

  it('401 without a token, 403 without or with a wrong tenant, 401 AuthorizationUnsuccessful without the scope', async () => {
    const t = await signIn();
    const none = await fetch(`${sb.endpoints.xeroAccounting}/Contacts`, { headers: { 'xero-tenant-id': orgTenant } });
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ Detail: 'AuthenticationUnsuccessful' });
    const noTenant = await fetch(`${sb.endpoints.xeroAccounting}/Contacts`, {
      headers: { Authorization: `Bearer ${t.access_token}` },
    });
    expect(noTenant.status).toBe(403);
    expect(await noTenant.json()).toMatchObject({ Title: 'Forbidden', Detail: 'AuthenticationUnsuccessful' });
    expect((await contacts(t.access_token, '11111111-2222-4333-8444-555555555555')).status).toBe(403);
    const readOnly = sb.issueTokens(['accounting.contacts.read']).access_token;
    expect((await contacts(readOnly)).status).toBe(200);
    const put = await fetch(`${sb.endpoints.xeroAccounting}/Contacts`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${readOnly}`, 'xero-tenant-id': orgTenant, 'Content-Type': 'application/json' },
      body: '{"Name":"X"}',
    });
    expect(put.status).toBe(401);
    expect(await put.json()).toMatchObject({ Detail: 'AuthorizationUnsuccessful' });
  });

  it('disconnecting a tenant makes its calls 403', async () => {
    const t = await signIn();
    const auth = { Authorization: `Bearer ${t.access_token}` };
    const rows = (await (await fetch(sb.endpoints.xeroConnections, { headers: auth })).json()) as {
      id: string;
      tenantId: string;
    }[];
    const org = rows.find((r) => r.tenantId === orgTenant);
    const del = await fetch(`${sb.endpoints.xeroConnections}/${org?.id ?? ''}`, { method: 'DELETE', headers: auth });
    expect(del.status).toBe(204);
    expect((await contacts(t.access_token)).status).toBe(403);
  });
});
