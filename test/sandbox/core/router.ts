import type { Route } from './types';

interface CompiledRoute {
  route: Route;
  segments: { literal?: string; param?: string }[];
  literalCount: number;
}

export type RouteMatch =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  | { kind: 'method-not-allowed'; allowed: string[]; service: Route['service'] }
  | { kind: 'not-found' };

function splitPath(path: string): string[] {
  return path.split('/').filter((s) => s !== '');
}

function compile(route: Route): CompiledRoute {
  const segments = splitPath(route.pattern).map((s) =>
    s.startsWith(':') ? { param: s.slice(1) } : { literal: s.toLowerCase() },
  );
  return { route, segments, literalCount: segments.filter((s) => s.literal !== undefined).length };
}

function matchSegments(compiled: CompiledRoute, parts: string[]): Record<string, string> | undefined {
  if (compiled.segments.length !== parts.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    const seg = compiled.segments[i];
    const part = parts[i] ?? '';
    if (!seg) return undefined;
    if (seg.literal !== undefined) {
      if (seg.literal !== part.toLowerCase()) return undefined;
    } else if (seg.param !== undefined) {
      try {
        params[seg.param] = decodeURIComponent(part);
      } catch {
        params[seg.param] = part;
      }
    }
  }
  return params;
}

/** Matches method + path against route patterns; the route with the most literal segments wins. */
export function createRouter(routes: Route[]): (method: string, pathname: string) => RouteMatch {
  const compiled = routes.map(compile);
  return (method, pathname) => {
    const parts = splitPath(pathname);
    let best: { c: CompiledRoute; params: Record<string, string> } | undefined;
    const allowed = new Set<string>();
    let service: Route['service'] | undefined;
    for (const c of compiled) {
      const params = matchSegments(c, parts);
      if (!params) continue;
      if (c.route.method !== method.toUpperCase()) {
        allowed.add(c.route.method);
        service ??= c.route.service;
        continue;
      }
      if (!best || c.literalCount > best.c.literalCount) best = { c, params };
    }
    if (best) return { kind: 'found', route: best.c.route, params: best.params };
    if (allowed.size > 0 && service) return { kind: 'method-not-allowed', allowed: [...allowed], service };
    return { kind: 'not-found' };
  };
}
