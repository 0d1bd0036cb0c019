import { createKarbonClient, type KarbonCredentials } from '../../api/karbon-client';
import type { FetchLike } from '../../api/http-core';
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
}

/** Builds the Xero and Karbon ports over the real lib/api clients (the background and the CLI both use this). */
export function createPorts(options: PortOptions): { xero: XeroPort; karbon: KarbonPort } {
  const xero = createXeroClient({
    fetch: options.fetch,
    getToken: options.getXeroToken,
    baseUrl: options.endpoints.xeroAccounting,
    tenantId: options.xeroTenantId,
  });
  const karbon = createKarbonClient({
    fetch: options.fetch,
    baseUrl: options.endpoints.karbonApi,
    getCredentials: options.getKarbonCredentials,
  });
  return { xero: xeroPortFromClient(xero), karbon: karbonPortFromClient(karbon) };
}
