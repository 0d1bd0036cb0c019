import { randomUUID } from 'node:crypto';
import { fakeJwt, opaqueToken } from './jwt';
import type { TokenCheck } from '../core/auth';

/** Xero's lifetimes (https://developer.xero.com/faq/oauth2): 30 min access, 60 days unused refresh, 30 min grace. */
export const ACCESS_TOKEN_TTL_MS = 30 * 60_000;
export const REFRESH_TOKEN_IDLE_MS = 60 * 24 * 60 * 60_000;
export const REFRESH_GRACE_MS = 30 * 60_000;
/** Authorisation codes are single use and short lived. */
export const AUTH_CODE_TTL_MS = 5 * 60_000;

export interface AuthCode {
  clientId: string;
  redirectUri: string;
  scopes: string[];
  challenge: string;
  authEventId: string;
  expiresAt: number;
}

interface RefreshRecord {
  scopes: string[];
  authEventId: string;
  lastUsedAt: number;
  /** When a refresh rotated this token away; it still works for REFRESH_GRACE_MS after that. */
  supersededAt?: number;
}

/** The token response body of `/connect/token` (xero-identity.yaml `AccessToken`). */
export interface TokenSet {
  id_token?: string;
  access_token: string;
  expires_in: number;
  token_type: 'Bearer';
  refresh_token?: string;
  scope: string;
}

export function createTokenStore(now: () => number, clientId: string) {
  const codes = new Map<string, AuthCode>();
  const access = new Map<string, { scopes: string[]; expiresAt: number }>();
  const refresh = new Map<string, RefreshRecord>();

  function issue(scopes: string[], authEventId: string): TokenSet {
    const t = now();
    const exp = Math.floor((t + ACCESS_TOKEN_TTL_MS) / 1000);
    const access_token = fakeJwt({
      nbf: Math.floor(t / 1000),
      exp,
      iss: 'https://identity.xero.com',
      aud: 'https://identity.xero.com/resources',
      client_id: clientId,
      sub: 'sandbox-user',
      authentication_event_id: authEventId,
      jti: randomUUID(),
      scope: scopes,
    });
    access.set(access_token, { scopes, expiresAt: t + ACCESS_TOKEN_TTL_MS });
    const set: TokenSet = {
      access_token,
      expires_in: ACCESS_TOKEN_TTL_MS / 1000,
      token_type: 'Bearer',
      scope: scopes.join(' '),
    };
    if (scopes.includes('openid'))
      set.id_token = fakeJwt({
        iss: 'https://identity.xero.com',
        aud: clientId,
        exp,
        sub: 'sandbox-user',
        email: 'demo@harbourside.example',
      });
    if (scopes.includes('offline_access')) {
      const token = opaqueToken();
      refresh.set(token, { scopes, authEventId, lastUsedAt: t });
      set.refresh_token = token;
    }
    return set;
  }

  return {
    issue,
    saveCode(code: AuthCode): string {
      const id = opaqueToken();
      codes.set(id, code);
      return id;
    },
    /** Takes a code out (single use); undefined when unknown or expired. */
    takeCode(id: string): AuthCode | undefined {
      const code = codes.get(id);
      codes.delete(id);
      return code && code.expiresAt > now() ? code : undefined;
    },
    /** Rotates a refresh token; the previous one keeps working for the grace period, then `invalid_grant`. */
    refresh(token: string): TokenSet | undefined {
      const rec = refresh.get(token);
      const t = now();
      if (!rec) return undefined;
      if (
        t - rec.lastUsedAt > REFRESH_TOKEN_IDLE_MS ||
        (rec.supersededAt !== undefined && t - rec.supersededAt > REFRESH_GRACE_MS)
      ) {
        refresh.delete(token);
        return undefined;
      }
      rec.supersededAt ??= t;
      rec.lastUsedAt = t;
      return issue(rec.scopes, rec.authEventId);
    },
    /**
     * Revokes a refresh token and every refresh token of the same authorisation (Xero's revocation endpoint, as when
     * the user disconnects the app); returns that authorisation's id, or undefined for an unknown token.
     */
    revoke(token: string): string | undefined {
      const authEventId = refresh.get(token)?.authEventId;
      if (authEventId === undefined) return undefined;
      for (const [t, rec] of refresh) if (rec.authEventId === authEventId) refresh.delete(t);
      return authEventId;
    },
    verifyAccessToken(token: string, tenantIds: string[]): TokenCheck {
      const rec = access.get(token);
      if (!rec) return { ok: false, reason: 'invalid' };
      if (rec.expiresAt <= now()) return { ok: false, reason: 'expired', expiredAt: rec.expiresAt };
      return { ok: true, scopes: rec.scopes, tenantIds };
    },
    clear(): void {
      codes.clear();
      access.clear();
      refresh.clear();
    },
  };
}

export type TokenStore = ReturnType<typeof createTokenStore>;
