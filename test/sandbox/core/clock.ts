import { speededClock } from '../../../lib/api/clock';
import type { Clock } from './types';

/** Sandbox time: real time plus an offset, or frozen at a fixed instant; both move forward with `advance`. */
export interface ControlledClock extends Clock {
  advance(ms: number): void;
  /** Jump to an absolute instant (ms since epoch). */
  set(ms: number): void;
  frozen: boolean;
  /** How many sandbox milliseconds pass per real millisecond (1 = real time; benchmarks run the limits faster). */
  speed: number;
}

/**
 * `speed` > 1 makes sandbox time (token expiry, rate windows) pass that many times faster than real time, from the
 * moment the clock is made: a benchmark whose client paces itself on the same speeded clock then meets the real
 * limits (120 Karbon calls per sandbox minute) in a fraction of the real time, and still gets 429s if it outpaces them.
 */
export function createClock(options: { frozenAt?: number; speed?: number } = {}): ControlledClock {
  const frozen = options.frozenAt !== undefined;
  const speed = options.speed ?? 1;
  if (!(speed >= 1 && speed <= 1000)) throw new Error('clock speed must be from 1 to 1000');
  const flowing = speededClock(speed).now;
  let frozenNow = options.frozenAt ?? 0;
  let offset = 0;
  return {
    frozen,
    speed,
    now: () => (frozen ? frozenNow : flowing() + offset),
    advance(ms) {
      if (frozen) frozenNow += ms;
      else offset += ms;
    },
    set(ms) {
      if (frozen) frozenNow = ms;
      else offset = ms - flowing();
    },
  };
}
