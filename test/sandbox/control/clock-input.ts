import { ControlInputError } from './parse-json';
import type { ControlledClock } from '../core/clock';

/** Applies `POST /__sandbox/clock` input: `advanceMs`, `advanceSeconds` or `set` (ISO string or ms since epoch). */
export function applyClockInput(clock: ControlledClock, body: Record<string, unknown>): void {
  const { advanceMs, advanceSeconds, set } = body;
  if (advanceMs === undefined && advanceSeconds === undefined && set === undefined)
    throw new ControlInputError('give advanceMs, advanceSeconds or set');
  for (const [name, v] of [
    ['advanceMs', advanceMs],
    ['advanceSeconds', advanceSeconds],
  ] as const) {
    if (v !== undefined && (typeof v !== 'number' || !Number.isFinite(v) || v < 0))
      throw new ControlInputError(`${name} must be a non-negative number (sandbox time only moves forward)`);
  }
  if (typeof advanceMs === 'number') clock.advance(advanceMs);
  if (typeof advanceSeconds === 'number') clock.advance(advanceSeconds * 1000);
  if (set !== undefined) {
    const ms = typeof set === 'number' ? set : typeof set === 'string' ? Date.parse(set) : NaN;
    if (!Number.isFinite(ms)) throw new ControlInputError('set must be an ISO date string or ms since epoch');
    clock.set(ms);
  }
}
