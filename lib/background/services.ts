import type { Clock } from '../api/clock';
import type { FetchLike } from '../api/http-core';
import { createKarbonClient } from '../api/karbon-client';
import { ApiError } from '../api/api-error';
import { createKarbonKeyStore } from '../auth/karbon-keys';
import { createXeroSession, type XeroSession } from '../auth/xero-session';
import { activeEndpoints } from '../config/endpoints';
import type { AppDb } from '../db/app-db';
import type { ConnectionFacts } from '../connections/summarize-connections';
import type { SettingsStore } from '../settings/settings-store';
import { createPorts, createSyncEngine, type SyncEngine, type SyncProgress } from '../sync';
import type { XpmSyncOptions } from '../sync/adapters/xpm-remote';
import type { RemoteSystem } from '../db/rows';
import { createDexieSecretStore } from './dexie-secret-store';
import { describeXeroHealth } from './describe-health';
import { createRunnerLease, type RunnerLease } from '../firm-runner/runner-lease';
import { browserIdOf } from './scheduled-sync';

const KARBON_FIRM_KEY = 'karbonFirm';

export interface ServiceDeps {
  db: AppDb;
  settings: SettingsStore;
  fetch: FetchLike;
  sandboxOrigin: string;
  /** Pacing of API calls (rate limits, backoff, token expiry); the wall clock unless a benchmark build speeds it. */
  clock?: Clock;
  onProgress?: (progress: SyncProgress) => void;
}

/**
 * The background's composition root: clients, sign-in and the sync engine, rebuilt whenever the settings or the
 * connected accounts change (so a new Client ID, target or tenant applies without reloading the extension).
 */
export function createServices(deps: ServiceDeps) {
  const secrets = createDexieSecretStore(deps.db);
  const karbonKeys = createKarbonKeyStore(secrets);
  let cached: { signature: string; session: XeroSession } | undefined;
  // One engine per organisation and settings: its rate limiters and record locks must be the same for every run and
  // action, or an action would neither see the run's spent budget nor wait for the run's records.
  let engineCache: { signature: string; engine: SyncEngine } | undefined;

  async function session(): Promise<{ session: XeroSession; signature: string }> {
    const settings = await deps.settings.load();
    const endpoints = activeEndpoints(settings.target, deps.sandboxOrigin);
    const signature = JSON.stringify([endpoints, settings.xeroClientId]);
    if (cached?.signature !== signature) {
      const created = createXeroSession({
        fetch: deps.fetch,
        endpoints,
        clientId: settings.xeroClientId,
        secrets,
        ...(deps.clock ? { clock: deps.clock } : {}),
      });
      cached = { signature, session: created };
    }
    return cached;
  }

  async function endpoints() {
    const settings = await deps.settings.load();
    return activeEndpoints(settings.target, deps.sandboxOrigin);
  }

  return {
    db: deps.db,
    karbonKeys,
    session: async () => (await session()).session,

    /**
     * The engine for the connected Xero organisation and/or XPM practice (when switched on) and the Karbon firm;
     * throws a not-connected ApiError when neither remote system or Karbon is connected.
     */
    async engine(): Promise<SyncEngine> {
      const current = await session();
      const settings = await deps.settings.load();
      const health = await current.session.tokens.health();
      const signedIn = health.state !== 'not-connected';
      const tenantId = signedIn ? health.organisation?.tenantId : undefined;
      const practiceId = signedIn && settings.xpmEnabled ? health.practice?.tenantId : undefined;
      const systems: RemoteSystem[] = [...(tenantId ? ['xero' as const] : []), ...(practiceId ? ['xpm' as const] : [])];
      if (systems.length === 0) {
        throw new ApiError({ service: 'xero', kind: 'not-connected', message: 'Xero is not connected' });
      }
      if (!(await karbonKeys.load())) {
        throw new ApiError({ service: 'karbon', kind: 'not-connected', message: 'No Karbon API keys' });
      }
      const xpmOptions: XpmSyncOptions = {
        mode: settings.xpmImportMode,
        personBusinessTypes: settings.xpmPersonBusinessTypes,
        pushContactTypes: settings.xpmPushContactTypes,
      };
      const signature = JSON.stringify([current.signature, tenantId, practiceId, practiceId ? xpmOptions : null]);
      if (engineCache?.signature === signature) return engineCache.engine;
      const ports = createPorts({
        fetch: deps.fetch,
        endpoints: await endpoints(),
        getXeroToken: (options) => current.session.tokens.getAccessToken(options),
        // An XPM-only firm has no organisation: its Xero port is never called (systems leaves Xero out).
        xeroTenantId: tenantId ?? '',
        ...(practiceId ? { xpmTenantId: practiceId } : {}),
        getKarbonCredentials: () => karbonKeys.credentials(),
        ...(deps.clock ? { clock: deps.clock } : {}),
      });
      const engine = createSyncEngine({
        db: deps.db,
        ...ports,
        systems,
        xpmOptions,
        clientIdentifiers: async () => (await deps.settings.load()).karbonClientIdentifiers,
        ...(deps.onProgress ? { onProgress: deps.onProgress } : {}),
      });
      engineCache = { signature, engine };
      return engine;
    },

    /** The firm's scheduled-sync lease in Karbon; throws a not-connected ApiError without Karbon keys. */
    async runnerLease(): Promise<RunnerLease> {
      if (!(await karbonKeys.load())) {
        throw new ApiError({ service: 'karbon', kind: 'not-connected', message: 'No Karbon API keys' });
      }
      const karbon = createKarbonClient({
        fetch: deps.fetch,
        baseUrl: (await endpoints()).karbonApi,
        getCredentials: () => karbonKeys.credentials(),
      });
      return createRunnerLease({ karbon, browserId: await browserIdOf(deps.db), now: () => Date.now() });
    },

    /** Checks a Karbon key pair against the Karbon API before storing it; returns the firm's name when known. */
    async connectKarbon(keys: { bearer: string; accessKey: string }): Promise<void> {
      const client = createKarbonClient({
        fetch: deps.fetch,
        baseUrl: (await endpoints()).karbonApi,
        getCredentials: () => keys,
      });
      const tenant = await client.getTenantSettings();
      await karbonKeys.save(keys);
      // The firm's key is the path of its web app (links from the popup to a Karbon record).
      if (tenant.TenantKey) await deps.db.settings.put({ key: KARBON_FIRM_KEY, value: tenant.TenantKey });
    },

    /** The connected firm's Karbon web app root (`…/<firm>`), for links to its records; undefined until known. */
    async karbonAppUrl(): Promise<string | undefined> {
      const firm = (await deps.db.settings.get(KARBON_FIRM_KEY))?.value;
      return typeof firm === 'string' ? `${(await endpoints()).karbonApp}${encodeURIComponent(firm)}` : undefined;
    },

    /** What the UI shows about each account. */
    async connectionFacts(): Promise<Omit<ConnectionFacts, 'settings'>> {
      const health = await (await session()).session.tokens.health();
      const xero = describeXeroHealth(health, Date.now());
      const karbon = await karbonKeys.load();
      return {
        ...(xero.xero ? { xero: xero.xero } : {}),
        ...(xero.xpm ? { xpm: xero.xpm } : {}),
        ...(karbon ? { karbon: { state: 'connected' } } : {}),
      };
    },
  };
}

export type Services = ReturnType<typeof createServices>;
