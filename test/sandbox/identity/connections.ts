import { grantsAccounting, grantsPractice } from './scopes';
import { XERO_ORG_TENANT, XPM_PRACTICE_TENANT } from '../core/credentials';

/** A row of `GET /connections` (xero-identity.yaml `Connection`). */
export interface Connection {
  id: string;
  authEventId: string;
  tenantId: string;
  tenantType: string;
  tenantName: string;
  createdDateUtc: string;
  updatedDateUtc: string;
}

export const TENANTS = [XERO_ORG_TENANT, XPM_PRACTICE_TENANT] as const;

/** Tenants a consent connects: the organisation for accounting scopes, the practice for XPM scopes. */
export function tenantsForScopes(scopes: string[]): string[] {
  const out: string[] = [];
  if (grantsAccounting(scopes) || !grantsPractice(scopes)) out.push(XERO_ORG_TENANT.tenantId);
  if (grantsPractice(scopes)) out.push(XPM_PRACTICE_TENANT.tenantId);
  return out;
}

/** Xero writes these dates without a zone and with 7 fractional digits (fixtures/xero-accounting/connections.json). */
export function connectionDate(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 23)}0000`;
}

/** The app's connections to tenants; consenting again refreshes a connection's authEventId and updatedDateUtc. */
export function createConnectionStore() {
  const connections = new Map<string, Connection>();
  return {
    connect(tenantId: string, authEventId: string, now: number): void {
      const tenant = TENANTS.find((t) => t.tenantId === tenantId);
      if (!tenant) return;
      const existing = connections.get(tenantId);
      const date = connectionDate(now);
      connections.set(tenantId, {
        id: tenant.connectionId,
        authEventId,
        tenantId,
        tenantType: tenant.tenantType,
        tenantName: tenant.tenantName,
        createdDateUtc: existing?.createdDateUtc ?? date,
        updatedDateUtc: date,
      });
    },
    list: (): Connection[] => [...connections.values()],
    tenantIds: (): string[] => [...connections.keys()],
    removeById(id: string): boolean {
      for (const [tenantId, c] of connections) {
        if (c.id === id) return connections.delete(tenantId);
      }
      return false;
    },
    /** Removes the connections one authorisation made (its refresh token was revoked). */
    removeByAuthEvent(authEventId: string): void {
      for (const [tenantId, c] of connections) if (c.authEventId === authEventId) connections.delete(tenantId);
    },
    clear: () => connections.clear(),
  };
}

export type ConnectionStore = ReturnType<typeof createConnectionStore>;
