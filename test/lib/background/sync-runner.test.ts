import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api/api-error';
import type { Services } from '../../../lib/background/services';
import { createSyncRunner } from '../../../lib/background/sync-runner';
import { AppDb } from '../../../lib/db/app-db';
import { defaultSettings } from '../../../lib/settings/settings';
import { createSettingsStore } from '../../../lib/settings/settings-store';
import type { RunResult, SyncEngine } from '../../../lib/sync';
import { resultWords } from '../../../lib/state/run-words';

const dbs: AppDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) db.close();
});

function setup(engine: () => Promise<Partial<SyncEngine>>) {
  const db = new AppDb('runner-test', { indexedDB: new IDBFactory(), IDBKeyRange });
  dbs.push(db);
  const items: Record<string, unknown> = {};
  const settings = createSettingsStore(
    { get: async (k) => (k in items ? { [k]: items[k] } : {}), set: async (next) => void Object.assign(items, next) },
    defaultSettings(''),
  );
  const badges: number[] = [];
  // An engine syncs Xero unless the test says otherwise.
  const withSystems = async () => ({ systems: () => ['xero' as const], ...(await engine()) });
  const services = { engine: withSystems } as unknown as Services;
  const runner = createSyncRunner({ db, services, settings, setBadge: async (n) => void badges.push(n) });
  return { db, runner, settings, badges };
}

const result = (dryRun: boolean): RunResult => ({
  runId: 'r1',
  dryRun,
  trigger: 'sync-now',
  startedAt: 1,
  finishedAt: 2,
  created: { karbon: [{ key: 'K9', type: 'contact', fromRemoteId: 'X9', confidence: 0.9 }], xero: [], xpm: [] },
  writes: { karbon: 1, xero: 0, xpm: 0 },
  failedWrites: { karbon: 0, xero: 0, xpm: 0 },
  failedRecords: 0,
  refused: 0,
  reads: { karbonDetails: 0, karbonPages: 2, xeroPages: 1 },
  plannedLinks: [],
  plannedIssues: [],
  conflicts: 0,
});

describe('sync runner', () => {
  it('runs as the settings say, remembers the run and sets the badge to the open issues', async () => {
    const asked: boolean[] = [];
    const { db, runner, settings, badges } = setup(async () => ({
      runSync: async ({ dryRun }) => {
        asked.push(dryRun ?? false);
        return result(dryRun ?? false);
      },
    }));
    await db.issues.put({
      id: 'match:xero:X1',
      system: 'xero',
      kind: 'name-only',
      state: 'open',
      remoteId: 'X1',
      karbonKeys: ['K1'],
      createdAt: 0,
    });
    const summary = await runner.run('sync-now');
    expect(summary).toMatchObject({ dryRun: false, createdInKarbon: 1, writes: { karbon: 1 }, systems: ['xero'] });
    expect(await runner.lastRun()).toEqual(summary);
    expect(badges).toEqual([1]);

    await settings.update({ dryRun: true });
    await runner.run('alarm');
    await runner.run('sync-now', false);
    expect(asked).toEqual([false, true, false]);
  });

  it('says which systems it synced, and that XPM was skipped when it is on but not connected', async () => {
    const { runner, settings } = setup(async () => ({ runSync: async () => result(false) }));
    await settings.update({ xpmEnabled: true });
    const summary = await runner.run('sync-now');
    expect(resultWords(summary)).toBe(
      'Xero: 0 linked, 1 created, 0 updated, 0 flagged, 0 failed. Xero Practice Manager was skipped: it is switched on but not connected (Connect XPM in Options).',
    );
  });

  it('reports a missing connection as the run outcome instead of throwing', async () => {
    const { runner } = setup(async () => {
      throw new ApiError({ service: 'xero', kind: 'not-connected', message: 'Xero is not connected' });
    });
    const summary = await runner.run('alarm');
    expect(summary.error).toBe('Xero is not connected: connect it in Options.');
    expect((await runner.lastRun())?.error).toBe(summary.error);
  });

  it('knows a run was cut short while a checkpoint is stored', async () => {
    const { db, runner } = setup(async () => ({}));
    expect(await runner.interrupted()).toBe(false);
    await db.cursors.put({ id: 'xero:contacts', checkpoint: { runId: 'r1', page: 3, startedAt: 1 } });
    expect(await runner.interrupted()).toBe(true);
  });

  it('knows a run was cut short while it was writing (no checkpoint left, but the run never finished)', async () => {
    let release: () => void = () => {};
    const { runner } = setup(async () => ({
      runSync: () =>
        new Promise<RunResult>((resolve) => {
          release = () => resolve(result(false));
        }),
    }));
    const running = runner.run('sync-now');
    await expect.poll(() => runner.interrupted()).toBe(true);
    release();
    await running;
    expect(await runner.interrupted()).toBe(false);
  });

  it('resumes a run the stopped service worker left as what it was: a Preview stays a Preview', async () => {
    const asked: boolean[] = [];
    const { db, runner } = setup(async () => ({
      runSync: async ({ dryRun }) => {
        asked.push(dryRun ?? false);
        return result(dryRun ?? false);
      },
    }));
    await db.settings.put({ key: 'runInProgress', value: { trigger: 'sync-now', startedAt: 1, dryRun: true } });
    await runner.run('startup');
    await db.settings.put({ key: 'runInProgress', value: { trigger: 'sync-now', startedAt: 1, dryRun: false } });
    await runner.run('startup');
    expect(asked).toEqual([true, false]);
  });
});
