import { XERO_ORG_TENANT, XPM_PRACTICE_TENANT } from './core/credentials';
import { startSandbox, type Sandbox, type SandboxOptions } from './server';

export const SPECS = '/work/shared/specs';
export const FIXTURES = '/work/shared/fixtures';

/** Starts a sandbox on a random loopback port with time frozen (tests move it explicitly). */
export function openSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  return startSandbox({ frozenAt: Date.UTC(2026, 10, 20, 9), ...options });
}

/** A fetch for the Xero Accounting API with a fresh token and the organisation tenant header. */
export function xeroClient(sb: Sandbox, scopes?: string[]) {
  const token = sb.issueTokens(scopes).access_token;
  return (path: string, init: RequestInit & { json?: unknown } = {}) => {
    const headers = new Headers(init.headers);
    if (!headers.has('authorization')) headers.set('Authorization', `Bearer ${token}`);
    if (!headers.has('xero-tenant-id')) headers.set('xero-tenant-id', XERO_ORG_TENANT.tenantId);
    headers.set('Accept', 'application/json');
    let body = init.body;
    if (init.json !== undefined) {
      body = JSON.stringify(init.json);
      headers.set('Content-Type', 'application/json');
    }
    return fetch(`${sb.endpoints.xeroAccounting}${path}`, { ...init, headers, body });
  };
}

export const practiceTenant = XPM_PRACTICE_TENANT.tenantId;
export const orgTenant = XERO_ORG_TENANT.tenantId;

export async function postJson(url: string, body: unknown): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}
