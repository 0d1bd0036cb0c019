import type { Clock } from '../../api/clock';
import { createKarbonClient, type KarbonCredentials } from '../../api/karbon-client';
import type { FetchLike } from '../../api/http-core';
import { createRateLimiter, KARBON_RATE_POLICY, XERO_RATE_POLICY, type RateLimiter } from '../../api/rate-limiter';
import { systemClock } from '../../api/clock';
import { createXeroClient } from '../../api/xero-client';
import type { Endpoints } from '../../config/endpoints';
import { createXpmClient } from '../../api/xpm-client';
import type { KarbonPort, XeroPort, XpmPort } from '../ports';
import { xpmPortFromClient } from './xpm-port';
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
  /** Per-attempt timeout of every request (default the clients' own). */
  timeoutMs?: number;
  /** The tenant's shared limiters, when other clients of the same tenant exist (one limiter per tenant). */
  xeroLimiter?: RateLimiter;
  karbonLimiter?: RateLimiter;
  /** The XPM practice (tenantType PRACTICEMANAGER) when XPM is connected; its calls use the same Xero token. */
  xpmTenantId?: string;
}

/** The ports a run uses, plus the same ports in the rate limiters' user lane for single-record actions. */
export interface EnginePorts {
  xero: XeroPort;
  karbon: KarbonPort;
  priority: { xero: XeroPort; karbon: KarbonPort; xpm?: XpmPort };
  xpm?: XpmPort;
}

/**
 * Builds the Xero and Karbon ports over the real lib/api clients (the background and the CLI both use this): one
 * limiter per service, shared by the bulk ports and the `priority` ports whose calls take its user lane.
 */
export function createPorts(options: PortOptions): EnginePorts {
  const clock = options.clock ?? systemClock;
  const xeroLimiter = options.xeroLimiter ?? createRateLimiter(XERO_RATE_POLICY, clock);
  const karbonLimiter = options.karbonLimiter ?? createRateLimiter(KARBON_RATE_POLICY, clock);
  const build = (xeroLane: RateLimiter, karbonLane: RateLimiter) => {
    const xero = createXeroClient({
      fetch: options.fetch,
      getToken: options.getXeroToken,
      baseUrl: options.endpoints.xeroAccounting,
      tenantId: options.xeroTenantId,
      clock,
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
      limiter: xeroLane,
    });
    const karbon = createKarbonClient({
      fetch: options.fetch,
      baseUrl: options.endpoints.karbonApi,
      getCredentials: options.getKarbonCredentials,
      clock,
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
      limiter: karbonLane,
    });
    return { xero: xeroPortFromClient(xero), karbon: karbonPortFromClient(karbon) };
  };
  const ports = {
    ...build(xeroLimiter, karbonLimiter),
    priority: build(xeroLimiter.forUser(), karbonLimiter.forUser()),
  };
  const practice = options.xpmTenantId;
  if (!practice) return ports;
  // The practice is its own tenant, so it has its own 60-a-minute window (one limiter, two lanes).
  const xpmLimiter = createRateLimiter(XERO_RATE_POLICY, clock);
  const xpm = (lane: RateLimiter) =>
    xpmPortFromClient(
      createXpmClient({
        fetch: options.fetch,
        getToken: options.getXeroToken,
        baseUrl: options.endpoints.xpm,
        tenantId: practice,
        clock,
        limiter: lane,
      }),
    );
  return { ...ports, xpm: xpm(xpmLimiter), priority: { ...ports.priority, xpm: xpm(xpmLimiter.forUser()) } };
}
