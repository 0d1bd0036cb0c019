import { parseKarbonRoute, type KarbonContactRoute } from './parse-karbon-route';

/** The contact page `href` shows under any of the app roots the extension runs on. */
export function currentContactRoute(href: string, appRoots: readonly string[]): KarbonContactRoute | undefined {
  for (const root of appRoots) {
    const route = parseKarbonRoute(href, root);
    if (route) return route;
  }
  return undefined;
}

/** True when two routes show the same contact (tabs of one contact share a panel). */
export function sameContact(a: KarbonContactRoute | undefined, b: KarbonContactRoute | undefined): boolean {
  return a?.kind === b?.kind && a?.key === b?.key;
}
