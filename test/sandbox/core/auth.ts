import { KARBON_FIRM } from './credentials';
import { karbonUnauthorized, xeroProblem } from './responses';
import type { IncomingHttpHeaders } from 'node:http';
import type { SandboxResponse, ServiceName } from './types';

/** What the identity module tells the core about a presented access token. */
export type TokenCheck =
  | { ok: true; scopes: string[]; tenantIds: string[] }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'expired'; expiredAt: number };

export interface TokenVerifier {
  verifyAccessToken(token: string): TokenCheck;
}

export type AuthResult = { ok: true; tenantId: string } | { ok: false; response: SandboxResponse };

/** Scopes that allow a call: any one of them suffices (reference xero-accounting.md §1, xpm-and-karbon.md A1). */
const SCOPES: Record<'xero' | 'xpm', { read: string[]; write: string[] }> = {
  xero: { read: ['accounting.contacts', 'accounting.contacts.read'], write: ['accounting.contacts'] },
  xpm: {
    read: ['practicemanager.client', 'practicemanager.client.read', 'practicemanager', 'practicemanager.read'],
    write: ['practicemanager.client', 'practicemanager'],
  },
};

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

export function bearerOf(headers: IncomingHttpHeaders): string | undefined {
  const auth = header(headers, 'authorization');
  const m = auth ? /^Bearer\s+(\S+)\s*$/i.exec(auth) : null;
  return m?.[1];
}

/** `TokenExpired: token expired at 12/27/2019 23:12:35`, as Xero words it (xero-node#370). */
function expiredDetail(at: number): string {
  const d = new Date(at);
  const p = (n: number) => String(n).padStart(2, '0');
  return `TokenExpired: token expired at ${p(d.getUTCMonth() + 1)}/${p(d.getUTCDate())}/${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
}

function checkXero(
  service: 'xero' | 'xpm',
  method: string,
  headers: IncomingHttpHeaders,
  verifier: TokenVerifier,
  expectedTenantType: (tenantId: string) => 'xero' | 'xpm' | undefined,
): AuthResult {
  const token = bearerOf(headers);
  if (!token) return { ok: false, response: xeroProblem(401, 'Unauthorized', 'AuthenticationUnsuccessful') };
  const check = verifier.verifyAccessToken(token);
  if (!check.ok) {
    const detail = check.reason === 'expired' ? expiredDetail(check.expiredAt) : 'AuthenticationUnsuccessful';
    return { ok: false, response: xeroProblem(401, 'Unauthorized', detail) };
  }
  const tenantId = header(headers, 'xero-tenant-id')?.trim().toLowerCase();
  // A missing or unconnected tenant id is a 403 (nango#203, dcblogdev/laravel-xero#40).
  if (!tenantId || !check.tenantIds.includes(tenantId) || expectedTenantType(tenantId) !== service)
    return { ok: false, response: xeroProblem(403, 'Forbidden', 'AuthenticationUnsuccessful') };
  const needed = method === 'GET' ? SCOPES[service].read : SCOPES[service].write;
  if (!needed.some((s) => check.scopes.includes(s)))
    return { ok: false, response: xeroProblem(401, 'Unauthorized', 'AuthorizationUnsuccessful') };
  return { ok: true, tenantId };
}

function checkKarbon(headers: IncomingHttpHeaders): AuthResult {
  const accessKey = header(headers, 'accesskey');
  if (!accessKey) return { ok: false, response: karbonUnauthorized('JWT not present.') };
  if (bearerOf(headers) !== KARBON_FIRM.bearer || accessKey.trim() !== KARBON_FIRM.accessKey)
    return { ok: false, response: karbonUnauthorized('Invalid JWT or application token.') };
  return { ok: true, tenantId: KARBON_FIRM.firmKey };
}

/** The core's auth gate for the three remote APIs; other services pass through without a tenant. */
export function authorize(
  service: ServiceName,
  method: string,
  headers: IncomingHttpHeaders,
  verifier: TokenVerifier,
  tenantService: (tenantId: string) => 'xero' | 'xpm' | undefined,
): AuthResult | undefined {
  if (service === 'xero' || service === 'xpm') return checkXero(service, method, headers, verifier, tenantService);
  if (service === 'karbon') return checkKarbon(headers);
  return undefined;
}
