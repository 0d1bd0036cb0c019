import { createServer, type Server } from 'node:http';
import { sandboxEndpoints, type Endpoints } from '../../lib/config/endpoints';
import { createCallLog, type CallsReport } from './core/call-log';
import { createClock, type ControlledClock } from './core/clock';
import { sandboxCredentials, type SandboxCredentials } from './core/credentials';
import { createFaultInjector, defaultFaultConfig, type FaultConfig } from './core/faults';
import { createIdSource } from './core/ids';
import { createPipeline } from './core/pipeline';
import { createRateLimiter } from './core/rate-limiter';
import { createControlRoutes, type SeedName } from './control';
import { parseFaultConfig } from './control/faults-input';
import { createIdentityModule } from './identity';
import { createKarbonModule } from './karbon';
import { createKarbonAppModule } from './karbon-app';
import type { KarbonMarkup } from './karbon-app/page';
import { buildSeed } from './seed';
import { createXeroModule } from './xero';
import { createXpmModule } from './xpm';
import type { TokenSet } from './identity/token-store';
import type { Dataset, ModuleContext, ServiceModule } from './core/types';

export interface SandboxOptions {
  /** 0 (default) picks a free port; the CLI defaults to 4010. */
  port?: number;
  host?: '127.0.0.1';
  /** Records loaded at start and on reset (default `empty`, or the scale dataset when `scale` is given). */
  seed?: SeedName;
  /** Generate this many records per system (1..100,000) instead of the demo firm (benchmarks). */
  scale?: number;
  /** Injected fault rate in [0, 1] (default 0). */
  faults?: number;
  /** Seed of the fault draw (default 1). */
  faultSeed?: number;
  /** Freeze sandbox time at this instant (ms); it then moves only through `clock.advance` / `POST /__sandbox/clock`. */
  frozenAt?: number;
  /** Sandbox milliseconds per real millisecond (default 1): benchmarks run the real limits faster (core/clock.ts). */
  speed?: number;
  /** Rate limits on (default true). */
  limits?: boolean;
  /** Accepted Xero/XPM OAuth client id (default the demo one). */
  xeroClientId?: string;
  /** The Karbon-style page's default markup (`standard`); a page URL's `?markup=` picks another per load. */
  karbonMarkup?: KarbonMarkup;
}

export interface Sandbox {
  /** e.g. `http://127.0.0.1:4010`. */
  origin: string;
  port: number;
  /** Every service root under this sandbox (lib/config/endpoints `sandboxEndpoints`). */
  endpoints: Endpoints;
  credentials: SandboxCredentials;
  clock: ControlledClock;
  /** Connects the tenants and returns a Xero token set without the consent page. */
  issueTokens(scopes?: string[]): TokenSet;
  loadDataset(dataset: Dataset): Record<string, number>;
  state(): Dataset;
  calls(): CallsReport;
  /** Same input as `POST /__sandbox/faults` (`rate`, `seed`, `kinds`, `services`, `slowMs`, `queue`); returns the config. */
  configureFaults(input: Record<string, unknown>): FaultConfig;
  reset(options?: { seed?: SeedName; identity?: boolean }): void;
  /** Record counts per system of the last seed load (empty after a reset to `empty`). */
  seedCounts(): Record<string, number>;
  /** Names of the wired service modules. */
  modules: string[];
  close(): Promise<void>;
}

const DEFAULT_SCOPES = [
  'openid',
  'profile',
  'email',
  'offline_access',
  'accounting.contacts',
  'practicemanager.client',
];
const DATASET_SERVICES = ['xero', 'xpm', 'karbon'] as const;
type DataService = (typeof DATASET_SERVICES)[number];

/** Starts the sandbox on 127.0.0.1: Xero identity + Accounting, XPM, Karbon API and web app, control API. */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const clock = createClock({ frozenAt: options.frozenAt, speed: options.speed });
  const ctx: ModuleContext = { clock, newId: createIdSource('karbon-xero-sandbox') };
  const identity = createIdentityModule(ctx, { clientId: options.xeroClientId });
  const karbon = createKarbonModule(ctx);
  const data: Record<DataService, ServiceModule> = { xero: createXeroModule(ctx), xpm: createXpmModule(ctx), karbon };
  const extra: Record<string, ServiceModule> = {
    'karbon-app': createKarbonAppModule(ctx, karbon, options.karbonMarkup),
  };

  const startupFaults = defaultFaultConfig(options.faults ?? 0, options.faultSeed ?? 1);
  const faults = createFaultInjector(structuredClone(startupFaults));
  const calls = createCallLog();
  const limiter = createRateLimiter(() => clock.now());
  const startupSeed: SeedName = options.seed ?? (options.scale ? 'demo' : 'empty');

  function loadDataset(dataset: Dataset): Record<string, number> {
    const counts: Record<string, number> = {};
    const before: Partial<Record<DataService, Dataset>> = {};
    try {
      for (const name of DATASET_SERVICES) {
        if (dataset[name] === undefined) continue;
        const module = data[name];
        before[name] = module.dump();
        module.load({ [name]: dataset[name] });
        const part = dataset[name] as Record<string, unknown[] | undefined>;
        counts[name] = Object.values(part).reduce((n, list) => n + (Array.isArray(list) ? list.length : 0), 0);
      }
    } catch (error) {
      // All or nothing: put back what was there before the failing load.
      for (const [name, snapshot] of Object.entries(before) as [DataService, Dataset][]) {
        data[name].reset();
        data[name].load(snapshot);
      }
      throw error;
    }
    return counts;
  }

  let seedCounts: Record<string, number> = {};
  function reset(opts: { seed?: SeedName; identity?: boolean } = {}): void {
    for (const module of [...Object.values(data), ...Object.values(extra)]) module.reset();
    if (opts.identity) identity.resetAuth();
    calls.reset();
    limiter.reset();
    faults.configure(structuredClone(startupFaults));
    const seed = opts.seed ?? startupSeed;
    seedCounts = seed === 'demo' ? loadDataset(buildSeed({ scale: options.scale })) : {};
  }

  function state(): Dataset {
    return Object.assign({}, ...Object.values(data).map((m) => m.dump())) as Dataset;
  }

  const issueTokens = (scopes: string[] = DEFAULT_SCOPES) => identity.issueTokens(scopes);
  const routes = [
    ...identity.routes,
    ...Object.values(data).flatMap((m) => m.routes),
    ...Object.values(extra).flatMap((m) => m.routes),
    ...createControlRoutes({ clock, faults, calls, reset, loadDataset, state, issueTokens }),
  ];
  const listener = createPipeline({
    routes,
    limiter,
    limitsEnabled: () => options.limits !== false,
    faults,
    calls,
    verifier: identity,
    tenantService: (id) => identity.tenantService(id),
  });
  reset({ seed: startupSeed });

  const server: Server = createServer(listener);
  server.keepAliveTimeout = 5_000;
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 0);
  const origin = `http://${host}:${port}`;
  return {
    origin,
    port,
    endpoints: sandboxEndpoints(origin),
    credentials: sandboxCredentials(),
    clock,
    issueTokens,
    loadDataset,
    state,
    calls: () => calls.snapshot(),
    configureFaults(input) {
      faults.configure(parseFaultConfig(input, faults.config));
      return faults.config;
    },
    reset,
    seedCounts: () => seedCounts,
    modules: ['identity', ...Object.keys(data), ...Object.keys(extra)],
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
