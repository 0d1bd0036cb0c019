/** Where each external service lives. The same build talks to the real services or to the sandbox. */
export interface Endpoints {
  /** Xero's consent page (authorization endpoint). */
  xeroAuthorize: string;
  /** Xero's token endpoint (code exchange and refresh). */
  xeroToken: string;
  /** Xero's tenant list. */
  xeroConnections: string;
  /** Xero Accounting API root (`.../api.xro/2.0`). */
  xeroAccounting: string;
  /** Xero Practice Manager 3.1 root. */
  xpm: string;
  /** Karbon API v3 root. */
  karbonApi: string;
  /** Karbon web app root (the content script runs below it). */
  karbonApp: string;
}

const KARBON_APP = 'https://app2.karbonhq.com/';

/** The real services (the production build's host permissions name exactly these hosts). */
export const REAL_ENDPOINTS: Endpoints = {
  xeroAuthorize: 'https://login.xero.com/identity/connect/authorize',
  xeroToken: 'https://identity.xero.com/connect/token',
  xeroConnections: 'https://api.xero.com/connections',
  xeroAccounting: 'https://api.xero.com/api.xro/2.0',
  xpm: 'https://api.xero.com/practicemanager/3.1',
  karbonApi: 'https://api.karbonhq.com/v3',
  karbonApp: KARBON_APP,
};

/** Host patterns of the real services, for the manifest. */
export const REAL_HOST_PERMISSIONS = [
  'https://app2.karbonhq.com/*',
  'https://api.xero.com/*',
  'https://identity.xero.com/*',
  'https://login.xero.com/*',
  'https://api.karbonhq.com/*',
];

/** Default origin of the local sandbox server (`npm run sandbox`). */
export const DEFAULT_SANDBOX_ORIGIN = 'http://127.0.0.1:4010';

// Its own constant, so the content script (which needs only the app's root) does not carry the whole table.
const SANDBOX_KARBON_APP = '/karbon-app';

/** Path prefix under the sandbox origin that stands for each real host. */
export const SANDBOX_PREFIX = {
  'api.xero.com': '/xero',
  'login.xero.com': '/xero-login',
  'identity.xero.com': '/xero-identity',
  'api.karbonhq.com': '/karbon-api',
  'app2.karbonhq.com': SANDBOX_KARBON_APP,
} as const;

/** Every service root as the sandbox at `origin` lays them out: each real host becomes a path prefix. */
export function sandboxEndpoints(origin: string): Endpoints {
  const o = origin.replace(/\/+$/, '');
  return {
    xeroAuthorize: `${o}${SANDBOX_PREFIX['login.xero.com']}/identity/connect/authorize`,
    xeroToken: `${o}${SANDBOX_PREFIX['identity.xero.com']}/connect/token`,
    xeroConnections: `${o}${SANDBOX_PREFIX['api.xero.com']}/connections`,
    xeroAccounting: `${o}${SANDBOX_PREFIX['api.xero.com']}/api.xro/2.0`,
    xpm: `${o}${SANDBOX_PREFIX['api.xero.com']}/practicemanager/3.1`,
    karbonApi: `${o}${SANDBOX_PREFIX['api.karbonhq.com']}/v3`,
    karbonApp: sandboxKarbonApp(o),
  };
}

const sandboxKarbonApp = (origin: string) => `${origin.replace(/\/+$/, '')}${SANDBOX_KARBON_APP}/`;

/** The endpoints the settings select: the sandbox (only where the build knows one) or the real services. */
export function activeEndpoints(target: 'production' | 'sandbox', sandboxOrigin: string): Endpoints {
  return target === 'sandbox' && sandboxOrigin ? sandboxEndpoints(sandboxOrigin) : REAL_ENDPOINTS;
}

/** Roots of the Karbon web app the content script may run under (only these constants: it loads on every page). */
export function karbonAppRoots(sandboxOrigin: string): string[] {
  return sandboxOrigin ? [KARBON_APP, sandboxKarbonApp(sandboxOrigin)] : [KARBON_APP];
}
