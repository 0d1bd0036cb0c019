import { ApiError, kindForStatus } from './api-error';
import { systemClock, type Clock } from './clock';
import { createHttpCore, jsonOrUndefined, parseJson, type CoreResponse, type FetchLike } from './http-core';
import { XERO_RATE_POLICY, createRateLimiter } from './rate-limiter';
import { DEFAULT_TIMEOUT_MS } from './retry-policy';
import {
  OAuthErrorSchema,
  XeroConnectionSchema,
  XeroTokenResponseSchema,
  type XeroConnection,
} from './schemas/xero-identity';

/** A token set as the extension keeps it (times in epoch ms). */
export interface XeroTokenSet {
  accessToken: string;
  refreshToken: string;
  /** When the access token expires (Xero: 30 minutes after issue). */
  expiresAt: number;
  /** When this refresh token was issued (it expires after 60 days unused). */
  issuedAt: number;
  scope?: string;
}

export interface XeroIdentityClientOptions {
  fetch: FetchLike;
  /** `endpoints.xeroToken`. */
  tokenUrl: string;
  /** `endpoints.xeroConnections`. */
  connectionsUrl: string;
  /** The PKCE app's Client ID (no secret exists for PKCE apps). */
  clientId: string;
  clock?: Clock;
  timeoutMs?: number;
}

function tokenError(response: CoreResponse): ApiError {
  const body = jsonOrUndefined(response.text);
  const parsed = OAuthErrorSchema.safeParse(body);
  const code = parsed.success ? parsed.data.error : undefined;
  // invalid_grant is final (expired, revoked or already-rotated refresh token): the user must reconnect (reference §1).
  if (code === 'invalid_grant') {
    return new ApiError({
      service: 'identity',
      kind: 'reconnect-needed',
      status: response.status,
      code,
      message: 'invalid_grant',
    });
  }
  if (response.status === 400 || response.status === 401) {
    const message = (parsed.success ? parsed.data.error_description : undefined) ?? code ?? `HTTP ${response.status}`;
    return new ApiError({
      service: 'identity',
      kind: 'sign-in-rejected',
      status: response.status,
      message,
      ...(code === undefined ? {} : { code }),
    });
  }
  return new ApiError({
    service: 'identity',
    kind: kindForStatus(response.status),
    status: response.status,
    message: `HTTP ${response.status}`,
  });
}

/** Creates the client for Xero's token endpoint and tenant list. */
export function createXeroIdentityClient(options: XeroIdentityClientOptions) {
  const clock = options.clock ?? systemClock;
  const http = createHttpCore({
    service: 'identity',
    fetch: options.fetch,
    clock,
    limiter: createRateLimiter(XERO_RATE_POLICY, clock),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    refreshOn401: false,
    authHeaders: async () => ({}),
    toError: tokenError,
  });

  function tokenSet(response: CoreResponse): XeroTokenSet {
    const parsed = XeroTokenResponseSchema.safeParse(parseJson('identity', response));
    if (!parsed.success) {
      throw new ApiError({ service: 'identity', kind: 'bad-response', message: 'The token response lacks tokens' });
    }
    const now = clock.now();
    return {
      accessToken: parsed.data.access_token,
      refreshToken: parsed.data.refresh_token,
      expiresAt: now + parsed.data.expires_in * 1000,
      issuedAt: now,
      ...(parsed.data.scope === undefined ? {} : { scope: parsed.data.scope }),
    };
  }

  function tokenRequest(form: Record<string, string>, retrySafe: boolean): Promise<XeroTokenSet> {
    return http.send(
      {
        method: 'POST',
        url: options.tokenUrl,
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: new URLSearchParams({ ...form, client_id: options.clientId }).toString(),
        retrySafe,
      },
      tokenSet,
    );
  }

  return {
    /** Trades an authorization code and its PKCE verifier for tokens (a code is single-use: never resent). */
    exchangeCode: (input: { code: string; codeVerifier: string; redirectUri: string }) =>
      tokenRequest(
        {
          grant_type: 'authorization_code',
          code: input.code,
          code_verifier: input.codeVerifier,
          redirect_uri: input.redirectUri,
        },
        false,
      ),

    /** Rotates the refresh token; resending is safe because Xero honours the previous one for 30 minutes. */
    refresh: (refreshToken: string) => tokenRequest({ grant_type: 'refresh_token', refresh_token: refreshToken }, true),

    /** The tenants this token can reach (Xero organisations and XPM practices). */
    getConnections: (accessToken: string): Promise<XeroConnection[]> =>
      http.send(
        {
          method: 'GET',
          url: options.connectionsUrl,
          headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' },
          retrySafe: true,
        },
        (response) => {
          const parsed = XeroConnectionSchema.array().safeParse(parseJson('identity', response));
          if (!parsed.success)
            throw new ApiError({ service: 'identity', kind: 'bad-response', message: 'connections' });
          return parsed.data;
        },
      ),
  };
}

export type XeroIdentityClient = ReturnType<typeof createXeroIdentityClient>;
