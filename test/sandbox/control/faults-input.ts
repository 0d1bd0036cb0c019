import { FAULT_KINDS, type FaultConfig, type FaultKind } from '../core/faults';
import { ControlInputError } from './parse-json';
import type { ServiceName } from '../core/types';

const SERVICES: readonly ServiceName[] = ['identity', 'xero', 'xpm', 'karbon', 'karbon-app', 'control'];

function kindList(value: unknown, field: string): FaultKind[] {
  if (!Array.isArray(value) || !value.every((k) => FAULT_KINDS.includes(k as FaultKind)))
    throw new ControlInputError(`${field} must be an array of ${FAULT_KINDS.join(', ')}`);
  return value as FaultKind[];
}

/** Merges `POST /__sandbox/faults` input (`rate`, `seed`, `kinds`, `services`, `slowMs`, `queue`) into a config. */
export function parseFaultConfig(body: Record<string, unknown>, current: FaultConfig): FaultConfig {
  const next: FaultConfig = { ...current, queue: [] };
  if (body.rate !== undefined) {
    if (typeof body.rate !== 'number' || !(body.rate >= 0 && body.rate <= 1))
      throw new ControlInputError('rate must be a number in [0, 1]');
    next.rate = body.rate;
  }
  if (body.seed !== undefined) {
    if (typeof body.seed !== 'number' || !Number.isInteger(body.seed))
      throw new ControlInputError('seed must be an integer');
    next.seed = body.seed;
  }
  if (body.kinds !== undefined) next.kinds = kindList(body.kinds, 'kinds');
  if (body.queue !== undefined) next.queue = kindList(body.queue, 'queue');
  if (body.services !== undefined) {
    if (!Array.isArray(body.services) || !body.services.every((s) => SERVICES.includes(s as ServiceName)))
      throw new ControlInputError(`services must be an array of ${SERVICES.join(', ')}`);
    next.services = body.services as ServiceName[];
  }
  if (body.slowMs !== undefined) {
    if (typeof body.slowMs !== 'number' || body.slowMs < 0)
      throw new ControlInputError('slowMs must be a non-negative number');
    next.slowMs = body.slowMs;
  }
  return next;
}
