import { randomUUID } from 'node:crypto';
import { consentPage, errorPage } from './consent-page';
import { isRegisteredRedirect } from './redirect-uris';
import { parseScopes, unknownScopes } from './scopes';
import { AUTH_CODE_TTL_MS, type TokenStore } from './token-store';
import { TENANTS, tenantsForScopes, type ConnectionStore } from './connections';
import type { SandboxRequest, SandboxResponse } from '../core/types';

const html = (status: number, body: string): SandboxResponse => ({
  status,
  headers: { 'Content-Type': 'text/html; charset=utf-8' },
  body,
});

function redirect(uri: string, params: Record<string, string | undefined>): SandboxResponse {
  const target = new URL(uri);
  for (const [k, v] of Object.entries(params)) if (v !== undefined) target.searchParams.set(k, v);
  return { status: 302, headers: { Location: target.toString() }, body: '' };
}

type Checked = { ok: true; scopes: string[]; redirectUri: string } | { ok: false; response: SandboxResponse };

/** Validates the authorise request; errors that cannot be trusted to the redirect URI are shown as a page. */
function check(params: URLSearchParams, clientId: string): Checked {
  const redirectUri = params.get('redirect_uri') ?? '';
  if (params.get('client_id') !== clientId)
    return { ok: false, response: html(400, errorPage('unauthorized_client: Unknown client or client not enabled')) };
  if (!isRegisteredRedirect(redirectUri))
    return { ok: false, response: html(400, errorPage('invalid_request: Invalid redirect_uri')) };
  const state = params.get('state') ?? undefined;
  const fail = (error: string) => ({ ok: false as const, response: redirect(redirectUri, { error, state }) });
  if (params.get('response_type') !== 'code') return fail('unsupported_response_type');
  const scopes = parseScopes(params.get('scope'));
  if (scopes.length === 0 || unknownScopes(scopes).length > 0) return fail('invalid_scope');
  // PKCE apps have no secret, so the challenge is mandatory and S256 is the only method Xero supports.
  if (!params.get('code_challenge') || params.get('code_challenge_method') !== 'S256') return fail('invalid_request');
  return { ok: true, scopes, redirectUri };
}

export function createAuthorizeHandlers(deps: {
  clientId: string;
  now: () => number;
  tokens: TokenStore;
  connections: ConnectionStore;
}) {
  return {
    page(req: SandboxRequest): SandboxResponse {
      const params = req.url.searchParams;
      const c = check(params, deps.clientId);
      if (!c.ok) return c.response;
      const tenants = TENANTS.filter((t) => tenantsForScopes(c.scopes).includes(t.tenantId));
      return html(200, consentPage(params, tenants, c.scopes));
    },
    decide(req: SandboxRequest): SandboxResponse {
      const params = new URLSearchParams(req.body.toString('utf8'));
      const c = check(params, deps.clientId);
      if (!c.ok) return c.response;
      const state = params.get('state') ?? undefined;
      if (params.get('decision') !== 'allow') return redirect(c.redirectUri, { error: 'access_denied', state });
      const authEventId = randomUUID();
      for (const tenantId of tenantsForScopes(c.scopes)) deps.connections.connect(tenantId, authEventId, deps.now());
      const code = deps.tokens.saveCode({
        clientId: deps.clientId,
        redirectUri: c.redirectUri,
        scopes: c.scopes,
        challenge: params.get('code_challenge') ?? '',
        authEventId,
        expiresAt: deps.now() + AUTH_CODE_TTL_MS,
      });
      return redirect(c.redirectUri, { code, scope: c.scopes.join(' '), state, session_state: randomUUID() });
    },
  };
}
