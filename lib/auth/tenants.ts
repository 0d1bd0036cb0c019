import type { XeroConnection } from '../api/schemas/xero-identity';

// Xero lists organisations as ORGANISATION and XPM practices as PRACTICEMANAGER (the official XPM sample filters on it;
// reference A1); PRACTICE is accepted too since the identity docs use that word.
const PRACTICE_TYPES = new Set(['PRACTICEMANAGER', 'PRACTICE']);

/** The connections split into Xero organisations and XPM practices, for the two tenant pickers in Options. */
export function splitTenants(connections: readonly XeroConnection[]) {
  const type = (c: XeroConnection) => c.tenantType.toUpperCase();
  return {
    organisations: connections.filter((c) => type(c) === 'ORGANISATION'),
    practices: connections.filter((c) => PRACTICE_TYPES.has(type(c))),
  };
}

/** The tenant to choose when there is exactly one candidate (otherwise the user picks in Options). */
export function onlyTenant(
  candidates: readonly XeroConnection[],
): { tenantId: string; tenantName?: string } | undefined {
  const only = candidates.length === 1 ? candidates[0] : undefined;
  return only && { tenantId: only.tenantId, ...(only.tenantName ? { tenantName: only.tenantName } : {}) };
}
