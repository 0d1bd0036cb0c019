import { applyClockInput } from './clock-input';
import { parseFaultConfig } from './faults-input';
import { ControlInputError, jsonObject } from './parse-json';
import { sandboxCredentials } from '../core/credentials';
import { json } from '../core/responses';
import type { CallLog } from '../core/call-log';
import type { ControlledClock } from '../core/clock';
import type { FaultInjector } from '../core/faults';
import type { TokenSet } from '../identity/token-store';
import type { Dataset, Handler, Route, SandboxRequest, SandboxResponse } from '../core/types';

export type SeedName = 'demo' | 'empty';

/** What the control API drives; the server implements it. */
export interface ControlTarget {
  clock: ControlledClock;
  faults: FaultInjector;
  calls: CallLog;
  /** Empties every store (and auth when asked), clears counters and limits, reloads the seed, restores startup faults. */
  reset(options: { seed?: SeedName; identity?: boolean }): void;
  /** Replaces the named services' records, all or nothing; returns record counts per service. */
  loadDataset(dataset: Dataset): Record<string, number>;
  state(): Dataset;
  issueTokens(scopes: string[]): TokenSet;
}

const DEFAULT_TEST_SCOPES = [
  'openid',
  'profile',
  'email',
  'offline_access',
  'accounting.contacts',
  'practicemanager.client',
];

function guard(handler: (req: SandboxRequest) => SandboxResponse): Handler {
  return (req) => {
    try {
      return handler(req);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return json(400, { error: error instanceof ControlInputError ? message : `dataset rejected: ${message}` });
    }
  };
}

const route = (method: Route['method'], path: string, handler: (req: SandboxRequest) => SandboxResponse): Route => ({
  method,
  pattern: `/__sandbox/${path}`,
  service: 'control',
  endpoint: `${method} ${path}`,
  handler: guard(handler),
});

const clockBody = (clock: ControlledClock) => ({ now: new Date(clock.now()).toISOString(), nowMs: clock.now() });

/** `/__sandbox/*`: reset, dataset, state, calls, faults, clock, credentials, tokens. Tests and benchmarks only. */
export function createControlRoutes(target: ControlTarget): Route[] {
  return [
    route('POST', 'reset', (req) => {
      const body = jsonObject(req);
      if (body.seed !== undefined && body.seed !== 'demo' && body.seed !== 'empty')
        throw new ControlInputError('seed must be demo or empty');
      target.reset({ seed: body.seed as SeedName | undefined, identity: body.identity === true });
      return json(200, { ok: true });
    }),
    route('POST', 'dataset', (req) => {
      const body = jsonObject(req);
      const unknown = Object.keys(body).filter((k) => !['xero', 'xpm', 'karbon'].includes(k));
      if (unknown.length > 0) throw new ControlInputError(`unknown dataset keys: ${unknown.join(', ')}`);
      return json(200, { ok: true, loaded: target.loadDataset(body as Dataset) });
    }),
    route('GET', 'state', () => json(200, target.state())),
    route('GET', 'calls', () => json(200, target.calls.snapshot())),
    route('DELETE', 'calls', () => {
      target.calls.reset();
      return { status: 204, body: '' };
    }),
    route('GET', 'faults', () => json(200, target.faults.config)),
    route('POST', 'faults', (req) => {
      target.faults.configure(parseFaultConfig(jsonObject(req), target.faults.config));
      return json(200, target.faults.config);
    }),
    route('GET', 'clock', () => json(200, clockBody(target.clock))),
    route('POST', 'clock', (req) => {
      applyClockInput(target.clock, jsonObject(req));
      return json(200, clockBody(target.clock));
    }),
    route('GET', 'credentials', () => json(200, sandboxCredentials())),
    route('POST', 'tokens', (req) => {
      const body = jsonObject(req);
      const scopes = body.scopes ?? DEFAULT_TEST_SCOPES;
      if (!Array.isArray(scopes) || !scopes.every((s) => typeof s === 'string'))
        throw new ControlInputError('scopes must be an array of strings');
      return json(200, target.issueTokens(scopes as string[]));
    }),
  ];
}
