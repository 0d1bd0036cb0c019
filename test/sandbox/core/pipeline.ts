import { authorize, type TokenVerifier } from './auth';
import { BODY_LIMITS, readBody } from './body';
import { KARBON_LIMITS, XERO_LIMITS, type Admission, type RateLimiter } from './rate-limiter';
import { karbonStatus, xeroProblem } from './responses';
import { createRouter } from './router';
import { methodNotAllowedFor, notFoundFor, serverErrorFor, tooLargeFor } from './service-errors';
import type { CallLog } from './call-log';
import type { FaultInjector } from './faults';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Route, SandboxResponse, ServiceName } from './types';

export interface PipelineDeps {
  routes: Route[];
  limiter: RateLimiter;
  /** False turns every rate limit off (benchmarks of the sandbox itself); the default server keeps them on. */
  limitsEnabled: () => boolean;
  faults: FaultInjector;
  calls: CallLog;
  verifier: TokenVerifier;
  tenantService: (tenantId: string) => 'xero' | 'xpm' | undefined;
}

function serviceForPath(pathname: string): ServiceName | undefined {
  const p = pathname.toLowerCase();
  if (p.startsWith('/karbon-api/')) return 'karbon';
  if (p.startsWith('/__sandbox/')) return 'control';
  if (p.startsWith('/xero/practicemanager/')) return 'xpm';
  if (p.startsWith('/xero/')) return 'xero';
  return undefined;
}

function limitHeaders(service: ServiceName, admission: Admission): Record<string, string> {
  if (service !== 'xero' && service !== 'xpm') return {};
  const r = admission.remaining;
  // Every tenanted Xero response carries these (https://developer.xero.com/faq/limits).
  return {
    'X-DayLimit-Remaining': String(r.day ?? 0),
    'X-MinLimit-Remaining': String(r.minute),
    'X-AppMinLimit-Remaining': String(r.appMinute ?? 0),
  };
}

function tooMany(
  service: ServiceName,
  retryAfter: number,
  problem: string,
  extra: Record<string, string>,
): SandboxResponse {
  const headers = { 'Retry-After': String(retryAfter), ...extra };
  if (service === 'karbon')
    return karbonStatus(429, `Rate limit is exceeded. Try again in ${retryAfter} seconds.`, headers);
  const r = xeroProblem(429, 'Too Many Requests', null);
  return { ...r, headers: { ...r.headers, ...headers, 'X-Rate-Limit-Problem': problem } };
}

function send(res: ServerResponse, r: SandboxResponse, extra: Record<string, string> = {}): void {
  if (res.destroyed || res.headersSent) return;
  const body = r.body ?? '';
  const headers: Record<string, string> = { ...extra, ...(r.headers ?? {}) };
  headers['Content-Length'] = String(Buffer.byteLength(body));
  res.writeHead(r.status, headers);
  res.end(body);
}

/** Cuts a body in half: the HTTP framing stays valid but the JSON/XML inside does not parse. */
function malformed(r: SandboxResponse): SandboxResponse {
  const bytes = Buffer.from(r.body ?? '{"');
  return {
    status: r.status,
    headers: r.headers ?? {},
    body: bytes.subarray(0, Math.max(1, Math.floor(bytes.length / 2))),
  };
}

// Unref'd so a pending slow answer never keeps a closed sandbox's process alive.
const delay = (ms: number) => new Promise((r) => setTimeout(r, ms).unref());

/** Builds the request listener: route, body limit, count, auth, limits, faults, handler. Never throws. */
export function createPipeline(deps: PipelineDeps) {
  const route = createRouter(deps.routes);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://sandbox.local');
    const method = (req.method ?? 'GET').toUpperCase();
    const match = route(method, url.pathname);
    if (match.kind !== 'found') {
      req.resume();
      const service = match.kind === 'method-not-allowed' ? match.service : serviceForPath(url.pathname);
      send(
        res,
        match.kind === 'method-not-allowed' ? methodNotAllowedFor(match.service, match.allowed) : notFoundFor(service),
      );
      return;
    }
    const { route: r, params } = match;
    const body = await readBody(req, BODY_LIMITS[r.service]);
    if (!body.ok) {
      if (body.reason === 'too-large') {
        send(res, tooLargeFor(r.service), { Connection: 'close' });
        res.on('finish', () => req.destroy());
      }
      return;
    }
    deps.calls.call(r.service, r.endpoint);
    const auth = authorize(r.service, method, req.headers, deps.verifier, deps.tenantService);
    if (auth && !auth.ok) {
      deps.calls.unauthorized(r.service);
      send(res, auth.response);
      return;
    }
    const tenantId = auth?.tenantId;
    let admission: Admission | undefined;
    const limited = tenantId && (r.service === 'xero' || r.service === 'xpm' || r.service === 'karbon');
    if (limited && deps.limitsEnabled()) {
      const policy = r.service === 'karbon' ? KARBON_LIMITS : XERO_LIMITS;
      admission = deps.limiter.admit(r.service === 'karbon' ? 'karbon' : 'xero-app', tenantId, policy);
      if (!admission.ok) {
        deps.calls.rateLimited(r.service);
        send(
          res,
          tooMany(r.service, admission.retryAfterSeconds, admission.problem, limitHeaders(r.service, admission)),
        );
        return;
      }
    }
    const release = admission?.ok ? admission.release : () => undefined;
    res.on('close', release);
    const headers = admission ? limitHeaders(r.service, admission) : {};
    // Tenantless api.xero.com calls (/connections) carry only the app-wide header (xero-ruby#128).
    if (r.service === 'identity' && url.pathname.toLowerCase().startsWith('/xero/') && deps.limitsEnabled())
      headers['X-AppMinLimit-Remaining'] = String(deps.limiter.admitApp('xero-app', XERO_LIMITS));
    const fault = deps.faults.draw(r.service);
    if (fault) deps.calls.fault(r.service, fault);
    if (fault === '429') return send(res, tooMany(r.service, 1, 'minute', headers));
    if (fault === '500' || fault === '503')
      return send(res, serverErrorFor(r.service, Number(fault) as 500 | 503), headers);
    let response: SandboxResponse;
    try {
      response = await r.handler({ method, url, params, headers: req.headers, body: body.body, tenantId });
    } catch (error) {
      process.stderr.write(`sandbox: ${method} ${url.pathname} failed: ${String((error as Error)?.stack ?? error)}\n`);
      response = serverErrorFor(r.service, 500);
    }
    if (fault === 'drop') {
      // The handler ran (a write may have happened) but the client never hears back.
      req.socket.destroy();
      return;
    }
    if (fault === 'slow') await delay(deps.faults.config.slowMs);
    send(res, fault === 'malformed' ? malformed(response) : response, headers);
  }

  return (req: IncomingMessage, res: ServerResponse): void => {
    handle(req, res).catch((error: unknown) => {
      process.stderr.write(`sandbox: unexpected failure: ${String(error)}\n`);
      send(res, serverErrorFor('control', 500));
    });
  };
}
