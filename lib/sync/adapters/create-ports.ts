import type { Clock } from '../../api/clock';
import { createKarbonClient, type KarbonCredentials } from '../../api/karbon-client';
import type { FetchLike } from '../../api/http-core';
import type { RateLimiter } from '../../api/rate-limiter';
import { createXeroClient } from '../../api/xero-client';
import type { Endpoints } from '../../config/endpoints';
import type { KarbonPort, XeroPort } from '../ports';
import { karbonPortFromClient } from './karbon-port';
import { xeroPortFromClient } from './xero-port';

/** What the engine's ports are built from: the endpoints, a fetch, a Xero token source and the Karbon key pair. */
export interface PortOptions {
  fetch: FetchLike;
  endpoints: Endpoints;
  getXeroToken: (options?: { forceRefresh?: boolean }) => Promise<string>;
  xeroTenantId: string;
  getKarbonCredentials: () => Promise<KarbonCredentials> | KarbonCredentials;
  /** Time for rate limiting and retry backoff (tests pass the sandbox's clock). */
  clock?: Clock;
  /** The tenant's shared limiters, when other clients of the same tenant exist (one limiter per tenant). */
  xeroLimiter?: RateLimiter;
  karbonLimiter?: RateLimiter;
}

/** Builds the Xero and Karbon ports over the real lib/api clients (the background and the CLI both use this). */
export function createPorts(options: PortOptions): { xero: XeroPort; karbon: KarbonPort } {
  const xero = createXeroClient({
    fetch: options.fetch,
    getToken: options.getXeroToken,
    baseUrl: options.endpoints.xeroAccounting,
    tenantId: options.xeroTenantId,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.xeroLimiter ? { limiter: options.xeroLimiter } : {}),
  });
  const karbon = createKarbonClient({
    fetch: options.fetch,
    baseUrl: options.endpoints.karbonApi,
    getCredentials: options.getKarbonCredentials,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.karbonLimiter ? { limiter: options.karbonLimiter } : {}),
  });
  return { xero: xeroPortFromClient(xero), karbon: karbonPortFromClient(karbon) };
}
