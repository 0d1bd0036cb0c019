import type { KarbonClient } from '../api/karbon-client';
import { currentMarker, markerDefinition, markerOf, type RunnerMarker } from './runner-marker';

/** The Karbon calls the lease makes (custom field definitions). */
export type CustomFieldsApi = Pick<KarbonClient, 'listCustomFields' | 'createCustomField' | 'deleteCustomField'>;

/**
 * The firm's scheduled-sync lease in Karbon: read who holds it, claim it, renew it after a run. A write adds a new
 * marker and then removes the older ones; racing writers resolve to the latest claim (see `currentMarker`), and a
 * renewal never overrides a newer claim. Nothing here guards the data: keyed creates do that, whoever runs.
 */
export function createRunnerLease(deps: { karbon: CustomFieldsApi; browserId: string; now: () => number }) {
  const { karbon, browserId } = deps;

  async function markers(): Promise<RunnerMarker[]> {
    const { records } = await karbon.listCustomFields();
    return records.map(markerOf).filter((m): m is RunnerMarker => m !== undefined);
  }

  async function removeAll(stale: RunnerMarker[]): Promise<void> {
    for (const marker of stale) if (marker.key) await karbon.deleteCustomField(marker.key);
  }

  async function write(next: RunnerMarker, previous: RunnerMarker[]): Promise<RunnerMarker> {
    const created = await karbon.createCustomField(markerDefinition(next));
    await removeAll(previous.filter((m) => m.key !== created.Key));
    return markerOf(created) ?? { ...next, key: created.Key };
  }

  return {
    browserId,
    /** The marker in force (undefined when no browser has the role), tidying leftovers of racing writes. */
    async read(): Promise<RunnerMarker | undefined> {
      const all = await markers();
      const current = currentMarker(all);
      if (all.length > 1) await removeAll(all.filter((m) => m !== current));
      return current;
    },
    /** Makes this browser the runner; answers the marker in force afterwards (another browser's if it claimed later). */
    async claim(name: string, everyMinutes: number): Promise<RunnerMarker | undefined> {
      const before = await markers();
      await write({ browserId, name, claimedAt: deps.now(), everyMinutes }, before);
      const after = await markers();
      const current = currentMarker(after);
      await removeAll(after.filter((m) => m !== current));
      return current;
    },
    /** Records a finished scheduled run, if this browser still holds the role; answers the marker in force. */
    async renew(lastRunAt: number, everyMinutes: number, name?: string): Promise<RunnerMarker | undefined> {
      const before = await markers();
      const current = currentMarker(before);
      if (current?.browserId !== browserId) return current;
      const { key: _key, ...held } = current;
      return write({ ...held, lastRunAt, everyMinutes, ...(name ? { name } : {}) }, before);
    },
  };
}

export type RunnerLease = ReturnType<typeof createRunnerLease>;
