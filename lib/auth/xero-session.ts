import type { Clock } from '../api/clock';
import type { FetchLike } from '../api/http-core';
import { createRateLimiterRegistry, XERO_RATE_POLICY } from '../api/rate-limiter';
import { createXeroClient } from '../api/xero-client';
import { probeAuthorize } from '../api/probe-authorize';
import { createXeroIdentityClient } from '../api/xero-identity-client';
import { createXpmClient } from '../api/xpm-client';
import type { Endpoints } from '../config/endpoints';
import type { SecretStore } from './secret-store';
import { onlyTenant } from './tenants';
import { signInWithXero, type XeroSignInResult } from './xero-sign-in';
import { createXeroTokenStore } from './xero-token-store';

export interface XeroSessionOptions {
  fetch: FetchLike;
  endpoints: Endpoints;
  /** The Client ID entered in Options. */
  clientId: string;
  secrets: SecretStore;
  clock?: Clock;
}

/**
 * Wires the Xero side once for the background: identity client, token store, sign-in, and Accounting / XPM clients
 * that share the token store and one rate limiter per tenant.
 */
export function createXeroSession(options: XeroSessionOptions) {
  const { fetch, endpoints, clock } = options;
  const identity = createXeroIdentityClient({
    fetch,
    tokenUrl: endpoints.xeroToken,
    connectionsUrl: endpoints.xeroConnections,
    clientId: options.clientId,
    ...(clock ? { clock } : {}),
  });
  const tokens = createXeroTokenStore({ secrets: options.secrets, identity, ...(clock ? { clock } : {}) });
  const limiters = createRateLimiterRegistry(clock);
  const getToken = (request?: { forceRefresh?: boolean }) => tokens.getAccessToken(request);

  return {
    identity,
    tokens,
    /** Runs the consent flow and stores the tokens; a single organisation / practice is chosen automatically. */
    async signIn(launchWebAuthFlow: (url: string) => Promise<string | undefined>, signInOptions: { xpm: boolean }) {
      const result: XeroSignInResult = await signInWithXero({
        launchWebAuthFlow,
        identity,
        authorizeUrl: endpoints.xeroAuthorize,
        clientId: options.clientId,
        xpm: signInOptions.xpm,
        probe: (url) => probeAuthorize(fetch, url),
      });
      const organisation = onlyTenant(result.organisations);
      const practice = onlyTenant(result.practices);
      await tokens.saveSignIn(result.tokens, {
        ...(organisation ? { organisation } : {}),
        ...(practice ? { practice } : {}),
      });
      return result;
    },
    /** The Accounting client of one organisation. */
    xero: (tenantId: string) =>
      createXeroClient({
        fetch,
        getToken,
        baseUrl: endpoints.xeroAccounting,
        tenantId,
        limiter: limiters.forTenant(`xero:${tenantId}`, XERO_RATE_POLICY),
        ...(clock ? { clock } : {}),
      }),
    /** The XPM client of one practice. */
    xpm: (tenantId: string) =>
      createXpmClient({
        fetch,
        getToken,
        baseUrl: endpoints.xpm,
        tenantId,
        limiter: limiters.forTenant(`xpm:${tenantId}`, XERO_RATE_POLICY),
        ...(clock ? { clock } : {}),
      }),
  };
}

export type XeroSession = ReturnType<typeof createXeroSession>;
