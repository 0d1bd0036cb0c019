import { verifyPkce } from './pkce';
import { json } from '../core/responses';
import type { TokenStore } from './token-store';
import type { SandboxRequest, SandboxResponse } from '../core/types';

/** OAuth errors are 400 with `{"error": "..."}` (RFC 6749 §5.2; Xero's invalid_grant, reference §1). */
const oauthError = (error: string) => json(400, { error }, { 'Cache-Control': 'no-store' });

function clientIdOf(req: SandboxRequest, form: URLSearchParams): string | undefined {
  const basic = /^Basic\s+(\S+)$/i.exec(String(req.headers.authorization ?? ''));
  if (basic?.[1]) return Buffer.from(basic[1], 'base64').toString('utf8').split(':')[0];
  return form.get('client_id') ?? undefined;
}

/** `POST /connect/token`: authorization_code (+PKCE S256) and refresh_token grants. */
export function createTokenHandler(deps: { clientId: string; tokens: TokenStore }) {
  return (req: SandboxRequest): SandboxResponse => {
    const type = String(req.headers['content-type'] ?? '');
    if (!type.toLowerCase().startsWith('application/x-www-form-urlencoded')) return oauthError('invalid_request');
    const form = new URLSearchParams(req.body.toString('utf8'));
    if (clientIdOf(req, form) !== deps.clientId) return oauthError('invalid_client');
    const grant = form.get('grant_type');
    if (grant === 'authorization_code') {
      const code = deps.tokens.takeCode(form.get('code') ?? '');
      if (!code || code.redirectUri !== form.get('redirect_uri')) return oauthError('invalid_grant');
      if (!verifyPkce(form.get('code_verifier') ?? undefined, code.challenge)) return oauthError('invalid_grant');
      return json(200, deps.tokens.issue(code.scopes, code.authEventId), { 'Cache-Control': 'no-store' });
    }
    if (grant === 'refresh_token') {
      const set = deps.tokens.refresh(form.get('refresh_token') ?? '');
      return set ? json(200, set, { 'Cache-Control': 'no-store' }) : oauthError('invalid_grant');
    }
    return oauthError('unsupported_grant_type');
  };
}

/**
 * `POST /connect/revocation` (https://developer.xero.com/documentation/guides/oauth2/auth-flow/#revoking-tokens):
 * revokes the refresh token and removes the connections its authorisation made; 200 even for an unknown token
 * (RFC 7009 §2.2).
 */
export function createRevocationHandler(deps: {
  clientId: string;
  tokens: TokenStore;
  disconnect: (authEventId: string) => void;
}) {
  return (req: SandboxRequest): SandboxResponse => {
    const type = String(req.headers['content-type'] ?? '');
    if (!type.toLowerCase().startsWith('application/x-www-form-urlencoded')) return oauthError('invalid_request');
    const form = new URLSearchParams(req.body.toString('utf8'));
    if (clientIdOf(req, form) !== deps.clientId) return oauthError('invalid_client');
    const authEventId = deps.tokens.revoke(form.get('token') ?? '');
    if (authEventId !== undefined) deps.disconnect(authEventId);
    return { status: 200, body: '' };
  };
}
