import type { ServiceName } from './types';

/** Per-service counters served by GET /__sandbox/calls. */
export interface ServiceCalls {
  total: number;
  /** Calls refused with 429 by the rate limiter (injected 429s are counted under `faults`). */
  rateLimited: number;
  /** Every 429 answered: limiter refusals plus injected 429 faults. */
  served429: number;
  unauthorized: number;
  faults: Record<string, number>;
  endpoints: Record<string, number>;
}

export interface CallsReport {
  total: number;
  rateLimited: number;
  served429: number;
  services: Partial<Record<ServiceName, ServiceCalls>>;
}

export function createCallLog() {
  let report: CallsReport = { total: 0, rateLimited: 0, served429: 0, services: {} };
  const service = (name: ServiceName): ServiceCalls => {
    let s = report.services[name];
    if (!s) {
      s = { total: 0, rateLimited: 0, served429: 0, unauthorized: 0, faults: {}, endpoints: {} };
      report.services[name] = s;
    }
    return s;
  };
  return {
    call(name: ServiceName, endpoint: string): void {
      const s = service(name);
      report.total++;
      s.total++;
      s.endpoints[endpoint] = (s.endpoints[endpoint] ?? 0) + 1;
    },
    rateLimited(name: ServiceName): void {
      const s = service(name);
      report.rateLimited++;
      report.served429++;
      s.rateLimited++;
      s.served429++;
    },
    unauthorized(name: ServiceName): void {
      service(name).unauthorized++;
    },
    fault(name: ServiceName, kind: string): void {
      const s = service(name);
      s.faults[kind] = (s.faults[kind] ?? 0) + 1;
      if (kind === '429') {
        s.served429++;
        report.served429++;
      }
    },
    snapshot: (): CallsReport => structuredClone(report),
    reset(): void {
      report = { total: 0, rateLimited: 0, served429: 0, services: {} };
    },
  };
}

export type CallLog = ReturnType<typeof createCallLog>;
