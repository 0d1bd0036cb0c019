import type { Clock } from './types';

/** Sandbox time: real time plus an offset, or frozen at a fixed instant; both move forward with `advance`. */
export interface ControlledClock extends Clock {
  advance(ms: number): void;
  /** Jump to an absolute instant (ms since epoch). */
  set(ms: number): void;
  frozen: boolean;
}

export function createClock(options: { frozenAt?: number } = {}): ControlledClock {
  const frozen = options.frozenAt !== undefined;
  let frozenNow = options.frozenAt ?? 0;
  let offset = 0;
  return {
    frozen,
    now: () => (frozen ? frozenNow : Date.now() + offset),
    advance(ms) {
      if (frozen) frozenNow += ms;
      else offset += ms;
    },
    set(ms) {
      if (frozen) frozenNow = ms;
      else offset = ms - Date.now();
    },
  };
}
