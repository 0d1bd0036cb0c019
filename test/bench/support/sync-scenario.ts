import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Clock } from '../../../lib/api/clock';
import { createKarbonClient } from '../../../lib/api/karbon-client';
import { AppDb } from '../../../lib/db/app-db';
import { createPorts } from '../../../lib/sync/adapters/create-ports';
import type { RemoteSystem } from '../../../lib/db/rows';
import type { XpmSyncOptions } from '../../../lib/sync/adapters/xpm-remote';
import { createSyncEngine, type SyncEngine } from '../../../lib/sync/engine';
import type { CallsReport } from '../../sandbox/core/call-log';
import type { Dataset } from '../../sandbox/core/types';
import { startSandbox, type Sandbox } from '../../sandbox/server';

/** Calls one run made, per service, with the 429s the sandbox answered. */
export interface CallCount {
  xero: number;
  karbon: number;
  xpm: number;
  served429: number;
  endpoints: Record<string, number>;
}

/**
 * Time for a scenario: `real` runs under the sandbox's limits in wall time; `virtual` binds the clients' clock to the
 * sandbox clock, so a wait of the rate limiter moves sandbox time instead of sleeping: the limits hold exactly (a
 * client that outpaced them would get 429s) and an hour of Karbon calls takes as long as the machine needs.
 */
export type ScenarioTime = 'real' | 'virtual';

/** A sandbox loaded with `dataset` and one engine over real HTTP and an in-memory database, as the CLI runs it. */
export interface SyncScenario {
  sb: Sandbox;
  db: AppDb;
  engine: SyncEngine;
  clock: Clock;
  /** A Karbon user editing through the API (its calls are counted too: measure around them). */
  karbonUser: ReturnType<typeof createKarbonClient>;
  /** Calls so far; `since(before)` gives the calls made after `before`. */
  calls(): CallsReport;
  since(before: CallsReport): CallCount;
  close(): Promise<void>;
}

/** Starts a sandbox on `port` with `dataset` and builds the engine against it. */
export async function openSyncScenario(options: {
  port: number;
  dataset: Dataset;
  time: ScenarioTime;
  log?: (line: string) => void;
  /** The remote systems the engine syncs (default: Xero only); with 'xpm' the sandbox practice is connected. */
  systems?: RemoteSystem[];
  xpmOptions?: XpmSyncOptions;
}): Promise<SyncScenario> {
  // Virtual time runs on from the wall clock (stamps stay distinct) and jumps ahead whenever a client waits.
  const sb = await startSandbox({ port: options.port, seed: 'empty' });
  sb.loadDataset(options.dataset);
  const clock: Clock =
    options.time === 'virtual'
      ? {
          now: () => sb.clock.now(),
          sleep: async (ms) => {
            sb.clock.advance(Math.max(0, ms));
            await new Promise((resolve) => setImmediate(resolve));
          },
        }
      : { now: () => Date.now(), sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))) };
  // Sandbox tokens expire with sandbox time: renewed a minute before expiry, as the extension's token store does.
  let token = sb.issueTokens();
  let expiresAt = sb.clock.now() + token.expires_in * 1000;
  const getXeroToken = async (o?: { forceRefresh?: boolean }) => {
    if (o?.forceRefresh || sb.clock.now() > expiresAt - 60_000) {
      token = sb.issueTokens();
      expiresAt = sb.clock.now() + token.expires_in * 1000;
    }
    return token.access_token;
  };
  const fetchLike = (input: Request, init?: RequestInit) => fetch(input, init);
  const db = new AppDb(`bench-${options.port}-${Date.now()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const engine = createSyncEngine({
    db,
    ...createPorts({
      fetch: fetchLike,
      endpoints: sb.endpoints,
      getXeroToken,
      xeroTenantId: sb.credentials.xero.orgTenantId,
      ...(options.systems?.includes('xpm') ? { xpmTenantId: sb.credentials.xero.practiceTenantId } : {}),
      getKarbonCredentials: () => sb.credentials.karbon,
      clock,
    }),
    ...(options.systems ? { systems: options.systems } : {}),
    ...(options.xpmOptions ? { xpmOptions: options.xpmOptions } : {}),
    now: () => clock.now(),
    onProgress: (p) => {
      if (p.phase === 'xero-pull' || p.phase === 'reconcile' || p.phase === 'error') {
        options.log?.(
          `${p.phase} ${p.page !== undefined ? `page ${p.page} ` : ''}${p.processed ?? ''} ${p.message ?? ''}`,
        );
      }
    },
  });
  const karbonUser = createKarbonClient({
    fetch: fetchLike,
    baseUrl: sb.endpoints.karbonApi,
    getCredentials: () => sb.credentials.karbon,
    clock,
  });
  return {
    sb,
    db,
    engine,
    clock,
    karbonUser,
    calls: () => sb.calls(),
    since: (before) => callsBetween(before, sb.calls()),
    async close() {
      db.close();
      await sb.close();
    },
  };
}

/** The calls made between two snapshots of the sandbox's counters. */
export function callsBetween(before: CallsReport, after: CallsReport): CallCount {
  const total = (r: CallsReport, s: 'xero' | 'karbon' | 'xpm') => r.services[s]?.total ?? 0;
  const endpoints: Record<string, number> = {};
  for (const service of ['xero', 'karbon', 'xpm'] as const) {
    for (const [endpoint, n] of Object.entries(after.services[service]?.endpoints ?? {})) {
      const diff = n - (before.services[service]?.endpoints[endpoint] ?? 0);
      if (diff > 0) endpoints[`${service} ${endpoint}`] = diff;
    }
  }
  return {
    xero: total(after, 'xero') - total(before, 'xero'),
    karbon: total(after, 'karbon') - total(before, 'karbon'),
    xpm: total(after, 'xpm') - total(before, 'xpm'),
    served429: after.served429 - before.served429,
    endpoints,
  };
}

/** "xero 10, karbon 100, xpm 0" */
export function formatCalls(c: { xero: number; karbon: number; xpm: number }): string {
  return `xero ${c.xero}, karbon ${c.karbon}, xpm ${c.xpm}`;
}
