import type { SandboxResponse } from '../core/types';

/** Xero caps Idempotency-Key at 128 characters (xero_accounting.yaml, header parameter). */
export const MAX_IDEMPOTENCY_KEY = 128;

/** Remembers the response of each keyed write so a retry replays it instead of writing twice. */
export function createIdempotencyCache() {
  const seen = new Map<string, SandboxResponse>();
  return {
    get: (tenant: string, key: string) => seen.get(`${tenant}\n${key}`),
    set: (tenant: string, key: string, response: SandboxResponse) => void seen.set(`${tenant}\n${key}`, response),
    clear: () => seen.clear(),
  };
}
