import { systemClock, type Clock } from './clock';
import { createHttpCore, type CoreResponse, type FetchLike } from './http-core';
import type { ApiError } from './api-error';
import { XERO_RATE_POLICY, createRateLimiter, type RateLimiter } from './rate-limiter';
import { DEFAULT_TIMEOUT_MS } from './retry-policy';
import { xeroAuthHeaders, type GetXeroToken } from './xero-auth-headers';

/** What a client of one Xero tenant (an Accounting organisation or an XPM practice) is built from. */
export interface XeroTenantClientOptions {
  fetch: FetchLike;
  /** A valid Xero access token; `forceRefresh` is set once after a 401. */
  getToken: GetXeroToken;
  /** The API root (`endpoints.xeroAccounting` or `endpoints.xpm`). */
  baseUrl: string;
  /** The tenantId from /connections (sent as `xero-tenant-id`). */
  tenantId: string;
  /** The tenant's limiter; share one per tenant across clients. Defaults to a new one with Xero's limits. */
  limiter?: RateLimiter;
  clock?: Clock;
  timeoutMs?: number;
}

/** The HTTP core of a Xero tenant client: OAuth bearer + tenant headers, Xero's rate limits, refresh on 401. */
export function createXeroTenantHttp(
  options: XeroTenantClientOptions,
  service: 'xero' | 'xpm',
  accept: string,
  toError: (response: CoreResponse, now: number) => ApiError,
) {
  const clock = options.clock ?? systemClock;
  const http = createHttpCore({
    service,
    fetch: options.fetch,
    clock,
    limiter: options.limiter ?? createRateLimiter(XERO_RATE_POLICY, clock),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    refreshOn401: true,
    authHeaders: xeroAuthHeaders(options.getToken, options.tenantId, accept),
    toError: (response) => toError(response, clock.now()),
  });
  return { clock, http };
}
