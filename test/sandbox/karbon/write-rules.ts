// Rules every Karbon write obeys: optimistic concurrency (409), restriction permission (403), known Contact Type,
// unique UserDefinedIdentifier (500 code 5001), and AccountingDetail's upsert of RegistrationNumbers.
import type { SandboxRequest, SandboxResponse } from '../core/types';
import { errors } from './errors';
import { isObject } from './normalize';
import type { KarbonEntityBase } from './records';
import type { KarbonStore } from './store';

type Json = Record<string, unknown>;

/** What the calling API application may do; the sandbox's demo app has neither IncludePrivate nor IncludeHidden. */
export interface KarbonAppPermissions {
  includePrivate: boolean;
  includeHidden: boolean;
}

/**
 * A write is stale when it carries the record's version and that version is no longer current: the sandbox reads
 * the version from the body's `LastModifiedDateTime` or an `If-Match` header (Karbon documents the 409, not the token).
 */
export function isStale(req: SandboxRequest, body: Json | undefined, current: KarbonEntityBase): boolean {
  const token = body?.LastModifiedDateTime;
  if (typeof token === 'string' && token !== current.LastModifiedDateTime) return true;
  const ifMatch = req.headers['if-match'];
  if (typeof ifMatch === 'string' && ifMatch.trim() !== '*') {
    const unquoted = ifMatch.trim().replace(/^W\//, '').replace(/^"|"$/g, '');
    return unquoted !== current.LastModifiedDateTime;
  }
  return false;
}

export function checkWrite(
  store: KarbonStore,
  body: Json,
  key: string,
  current: KarbonEntityBase | undefined,
  permissions: KarbonAppPermissions,
): SandboxResponse | undefined {
  const level = body.RestrictionLevel;
  if ((level === 'Private' || level === 'Hidden') && level !== current?.RestrictionLevel) {
    const allowed = level === 'Private' ? permissions.includePrivate : permissions.includeHidden;
    if (!allowed) return errors.restriction(level);
  }
  const type = body.ContactType;
  if (typeof type === 'string' && type !== '' && type !== current?.ContactType && !store.contactTypeExists(type))
    return errors.badRequest(`The ContactType '${type}' does not exist. Use a Contact Type from TenantSettings.`);
  if (typeof body.UserDefinedIdentifier === 'string' && store.udiTaken(body.UserDefinedIdentifier, key))
    return errors.duplicateUdi();
  return undefined;
}

/** PUT merges AccountingDetail; a RegistrationNumbers entry with a blank number deletes that Type (KarbonAPI.json PUT notes). */
export function mergeAccountingDetail(
  current: Record<string, unknown> | null,
  incoming: unknown,
): Record<string, unknown> | null {
  if (!isObject(incoming)) return current;
  const merged: Json = { ...(current ?? {}), ...incoming };
  if (Array.isArray(incoming.RegistrationNumbers)) {
    const numbers = new Map<string, Json>();
    const existing = Array.isArray(current?.RegistrationNumbers) ? current.RegistrationNumbers : [];
    for (const entry of existing) if (isObject(entry)) numbers.set(String(entry.Type), entry);
    for (const entry of incoming.RegistrationNumbers) {
      if (!isObject(entry)) continue;
      const number = entry.RegistrationNumber;
      if (typeof number !== 'string' || number.trim() === '') numbers.delete(String(entry.Type));
      else numbers.set(String(entry.Type), { RegistrationNumber: number, Type: entry.Type });
    }
    merged.RegistrationNumbers = [...numbers.values()];
  }
  return merged;
}
