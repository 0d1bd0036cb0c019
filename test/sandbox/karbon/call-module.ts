// Test helper: calls a module's route handlers directly (no HTTP), as the core would after auth and limits.
import { createRouter } from '../core/router';
import type { ModuleContext, Route, SandboxResponse } from '../core/types';

export interface TestContext extends ModuleContext {
  advance(ms: number): void;
}

/** A deterministic module context: a settable clock and sequential ids. */
export function testContext(start = Date.parse('2026-01-05T00:00:00Z')): TestContext {
  let now = start;
  let n = 0;
  return {
    clock: { now: () => now },
    newId: (kind) =>
      kind === 'uuid'
        ? `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`
        : `K${String(++n).padStart(10, '0')}`,
    advance: (ms) => {
      now += ms;
    },
  };
}

export interface CallOptions {
  body?: unknown;
  headers?: Record<string, string>;
}

export interface CallResult extends SandboxResponse {
  text: string;
  json: () => unknown;
}

/** Returns `call(method, path, options)` bound to the given routes, answering 404/405 like a bare router. */
export function caller(routes: Route[], origin = 'http://127.0.0.1:4010') {
  const route = createRouter(routes);
  return async (method: string, path: string, options: CallOptions = {}): Promise<CallResult> => {
    const url = new URL(path, origin);
    const match = route(method, url.pathname);
    if (match.kind !== 'found') throw new Error(`no route for ${method} ${url.pathname}`);
    const raw = options.body;
    const body = raw === undefined ? Buffer.alloc(0) : Buffer.from(typeof raw === 'string' ? raw : JSON.stringify(raw));
    const headers: Record<string, string> = {
      ...(raw !== undefined && typeof raw !== 'string' ? { 'content-type': 'application/json' } : {}),
      ...options.headers,
    };
    const response = await match.route.handler({ method, url, params: match.params, headers, body, tenantId: 't1' });
    const text = response.body === undefined ? '' : response.body.toString();
    return { ...response, text, json: () => JSON.parse(text) as unknown };
  };
}
