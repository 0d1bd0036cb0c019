import { ApiError, type ServiceName } from '../api/api-error';
import { userMessage } from '../api/error-message';
import type { ConnectionsSummary, ServiceId } from '../connections/connection-types';
import type { AppDb } from '../db/app-db';

/** The last failure of a service, kept until the next success. */
export interface ServiceFailure {
  message: string;
  at: number;
}

const KEY = 'serviceFailures';
const AS_SERVICE: Record<ServiceName, ServiceId> = { xero: 'xero', identity: 'xero', xpm: 'xpm', karbon: 'karbon' };

/**
 * Remembers which service failed last and why, so the connection pills say "Failing" with the cause instead of
 * "Connected" while nothing gets through; any later success clears it.
 */
export function createServiceFailures(db: AppDb, now: () => number = Date.now) {
  async function load(): Promise<Partial<Record<ServiceId, ServiceFailure>>> {
    return ((await db.settings.get(KEY))?.value as Partial<Record<ServiceId, ServiceFailure>> | undefined) ?? {};
  }
  return {
    /** Records a failure of `service` with the sentence the user saw. */
    async record(service: ServiceName, message: string): Promise<void> {
      await db.settings.put({ key: KEY, value: { ...(await load()), [AS_SERVICE[service]]: { message, at: now() } } });
    },
    /** Records the service behind an error, when it is an API error. */
    async recordError(error: unknown): Promise<void> {
      if (error instanceof ApiError && error.kind !== 'not-connected')
        await this.record(error.service, userMessage(error));
    },
    /** A call went through: every pill shows its plain state again. */
    clear: () => db.settings.delete(KEY),
    /** Adds each failing service's cause to its connection (the pill turns to "Failing"). */
    async apply(summary: ConnectionsSummary): Promise<ConnectionsSummary> {
      const failures = await load();
      const out = { ...summary };
      for (const [service, failure] of Object.entries(failures) as [ServiceId, ServiceFailure][]) {
        if (out[service].state === 'connected') out[service] = { ...out[service], problem: failure.message };
      }
      return out;
    },
  };
}

export type ServiceFailures = ReturnType<typeof createServiceFailures>;
