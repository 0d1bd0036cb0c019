import { randomUUID } from 'node:crypto';
import type { SandboxResponse } from './types';

export const JSON_TYPE = 'application/json; charset=utf-8';

export function json(status: number, body: unknown, headers: Record<string, string> = {}): SandboxResponse {
  return { status, headers: { 'Content-Type': JSON_TYPE, ...headers }, body: JSON.stringify(body) };
}

export function text(status: number, body: string, headers: Record<string, string> = {}): SandboxResponse {
  return { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...headers }, body };
}

/** Xero's gateway errors (401/403/429/5xx) use a problem-details body, not the spec's `Error` (xero-node#370, nango#203). */
export function xeroProblem(status: number, title: string, detail: string | null): SandboxResponse {
  return json(status, {
    Type: null,
    Title: title,
    Status: status,
    Detail: detail,
    Instance: randomUUID(),
    Extensions: {},
  });
}

/** Karbon's 401 nests statusCode inside `error` (fixtures/karbon/errors/UnauthorizedAccess.json). */
export function karbonUnauthorized(message: string): SandboxResponse {
  return json(401, { error: { statusCode: '401', message } });
}

/** Karbon's 404/429/5xx use `{statusCode, message}` (KarbonAPI.json RateLimitErrorMessage / ResourceNotFound). */
export function karbonStatus(status: number, message: string, headers: Record<string, string> = {}): SandboxResponse {
  return json(status, { statusCode: String(status), message }, headers);
}
