// The URL a client used, rebuilt from its Host header: links the sandbox serves (nextLink, pagination) must be
// followable from the client's side, whatever base the core parsed the request against.
import type { SandboxRequest } from '../core/types';

export function publicUrl(req: SandboxRequest): URL {
  const host = req.headers.host;
  if (typeof host !== 'string' || !/^[\w.-]+(?::\d+)?$|^\[[\d:a-fA-F]+\](?::\d+)?$/.test(host)) return req.url;
  return new URL(`${req.url.pathname}${req.url.search}`, `http://${host}`);
}
