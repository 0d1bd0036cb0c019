/** A Karbon contact page the panel belongs on. */
export interface KarbonContactRoute {
  /** Karbon's UI "Person" is the API's Contact; organizations keep their name. */
  kind: 'contact' | 'organization';
  /** The Karbon ContactKey / OrganizationKey. */
  key: string;
  /** The firm segment of the path (`/<firmKey>`), when the URL has one. */
  firm?: string;
  /** The sub-route after the key (`details`, `timeline`, ...), when present. */
  tab?: string;
}

// Hash routes seen in Karbon's app: `#/contacts/<key>`, `#/organizations/<key>`, each with optional sub-tabs
// (shared/reference/xpm-and-karbon.md §B5). `#/contacts` alone is the list, not a contact page.
const CONTACT_ROUTE = /^#\/(contacts|organizations)\/([A-Za-z0-9_-]+)(?:\/([A-Za-z0-9_-]+))?\/?(?:[?].*)?$/;

/** Parses a Karbon app URL into the contact page it shows, or undefined when it shows anything else. */
export function parseKarbonRoute(url: string, appRoot: string): KarbonContactRoute | undefined {
  let parsed: URL;
  let root: URL;
  try {
    parsed = new URL(url);
    root = new URL(appRoot);
  } catch {
    return undefined;
  }
  if (parsed.origin !== root.origin || !parsed.pathname.startsWith(root.pathname)) return undefined;
  const match = CONTACT_ROUTE.exec(parsed.hash);
  if (!match) return undefined;
  const [, section, key, tab] = match;
  if (!key) return undefined;
  const firm = parsed.pathname.slice(root.pathname.length).split('/').find(Boolean);
  return {
    kind: section === 'organizations' ? 'organization' : 'contact',
    key,
    ...(firm ? { firm } : {}),
    ...(tab ? { tab } : {}),
  };
}
