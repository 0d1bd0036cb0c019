import { karbonStatus, text, xeroProblem, json } from './responses';
import type { SandboxResponse, ServiceName } from './types';

/** The 404 each service answers for an unknown path. */
export function notFoundFor(service: ServiceName | undefined): SandboxResponse {
  if (service === 'karbon') return karbonStatus(404, 'Resource not found');
  if (service === 'control') return json(404, { error: 'unknown sandbox control endpoint' });
  // Xero answers unknown resources with this plain-text sentence.
  return text(404, "The resource you're looking for cannot be found");
}

export function methodNotAllowedFor(service: ServiceName, allowed: string[]): SandboxResponse {
  const headers = { Allow: allowed.join(', ') };
  if (service === 'karbon')
    return karbonStatus(405, 'The requested resource does not support this http method.', headers);
  if (service === 'xero' || service === 'xpm' || service === 'identity') {
    const r = xeroProblem(405, 'Method Not Allowed', null);
    return { ...r, headers: { ...r.headers, ...headers } };
  }
  return { status: 405, headers, body: '' };
}

export function tooLargeFor(service: ServiceName): SandboxResponse {
  if (service === 'karbon') return karbonStatus(413, 'Request entity too large');
  if (service === 'xero' || service === 'xpm') return xeroProblem(413, 'Request Entity Too Large', null);
  return json(413, { error: 'request body too large' });
}

export function serverErrorFor(service: ServiceName, status: 500 | 503): SandboxResponse {
  const title = status === 500 ? 'Internal Server Error' : 'Service Unavailable';
  if (service === 'karbon') return karbonStatus(status, title);
  if (service === 'xero' || service === 'xpm') return xeroProblem(status, title, null);
  return json(status, { error: title });
}
