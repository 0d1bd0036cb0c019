import { createPrng, type Prng } from './prng';
import type { ServiceName } from './types';

/** Kinds of injected failure: a 429, a 5xx, a response slower than a client's timeout, a dropped socket, a cut body. */
export type FaultKind = '429' | '500' | '503' | 'slow' | 'drop' | 'malformed';

export const FAULT_KINDS: readonly FaultKind[] = ['429', '500', '503', 'slow', 'drop', 'malformed'];

/** Services faults apply to by default (the three remote APIs; never identity or control). */
export const DEFAULT_FAULT_SERVICES: readonly ServiceName[] = ['xero', 'xpm', 'karbon'];

/** Longer than any sensible client timeout (ky's default is 10 s). */
export const DEFAULT_SLOW_MS = 30_000;

export interface FaultConfig {
  /** Probability in [0, 1] that an eligible request gets a fault. */
  rate: number;
  seed: number;
  kinds: FaultKind[];
  services: ServiceName[];
  slowMs: number;
  /** Faults served, in order, to the next eligible requests before the random draw applies. */
  queue: FaultKind[];
}

export function defaultFaultConfig(rate = 0, seed = 1): FaultConfig {
  return {
    rate,
    seed,
    kinds: [...FAULT_KINDS],
    services: [...DEFAULT_FAULT_SERVICES],
    slowMs: DEFAULT_SLOW_MS,
    queue: [],
  };
}

/** Decides, deterministically for a given seed and request order, which requests fail and how. */
export function createFaultInjector(initial: FaultConfig) {
  let config = initial;
  let prng: Prng = createPrng(config.seed);
  return {
    get config(): FaultConfig {
      return config;
    },
    configure(next: FaultConfig): void {
      config = next;
      prng = createPrng(next.seed);
    },
    draw(service: ServiceName): FaultKind | undefined {
      if (!config.services.includes(service)) return undefined;
      const queued = config.queue.shift();
      if (queued) return queued;
      if (config.rate <= 0 || config.kinds.length === 0) return undefined;
      const roll = prng.next();
      const kind = prng.pick(config.kinds);
      return roll < config.rate ? kind : undefined;
    },
  };
}

export type FaultInjector = ReturnType<typeof createFaultInjector>;
