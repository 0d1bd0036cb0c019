// The firm's scheduled sync against the sandbox: several browsers (own databases, one Karbon firm) whose alarms fire
// read one runner marker in Karbon, and only the runner syncs.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createKarbonClient } from '../../../lib/api/karbon-client';
import { createScheduledSync } from '../../../lib/background/scheduled-sync';
import type { RunSummary } from '../../../lib/background/sync-runner';
import { AppDb } from '../../../lib/db/app-db';
import { createRunnerLease } from '../../../lib/firm-runner/runner-lease';
import { defaultSettings } from '../../../lib/settings/settings';
import { createSettingsStore } from '../../../lib/settings/settings-store';
import type { Sandbox } from '../../sandbox/server';
import { openSandbox } from '../api/helpers/sandbox';

let sb: Sandbox;
beforeAll(async () => {
  sb = await openSandbox({ port: 0 });
});
afterAll(() => sb.close());
beforeEach(() => sb.reset({ seed: 'empty' }));

const karbon = () =>
  createKarbonClient({
    fetch: (input, init) => fetch(input, init),
    baseUrl: sb.endpoints.karbonApi,
    getCredentials: () => sb.credentials.karbon,
  });

let n = 0;
/** One member of staff's browser: its database, settings, lease and a stand-in sync that counts its runs. */
async function browser(name: string) {
  const db = new AppDb(`sched-${n++}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const items: Record<string, unknown> = {};
  const settings = createSettingsStore(
    { get: async (k) => (k in items ? { [k]: items[k] } : {}), set: async (next) => void Object.assign(items, next) },
    defaultSettings(''),
  );
  await settings.update({ staffName: name, syncIntervalMinutes: 30 });
  const runs: number[] = [];
  const now = () => sb.clock.now();
  const lease = createRunnerLease({ karbon: karbon(), browserId: `browser-${name}`, now });
  const scheduled = createScheduledSync({
    db,
    settings,
    now,
    lease: async () => lease,
    runner: {
      run: async (trigger): Promise<RunSummary> => {
        runs.push(now());
        return {
          trigger,
          dryRun: false,
          startedAt: now(),
          finishedAt: now(),
          writes: { karbon: 0, xero: 0, xpm: 0 },
          createdInKarbon: 0,
          createdInXero: 0,
          plannedLinks: 0,
          plannedIssues: 0,
          conflicts: 0,
        };
      },
    },
  });
  return { scheduled, runs, lease };
}

const markers = async () =>
  (await karbon().listCustomFields()).records.filter((d) => d.Name.startsWith('Xero sync runner: '));

describe('one scheduled sync per firm', () => {
  it('the first alarm takes the role; the others skip while it runs; all popups show it', async () => {
    const [anna, ben, cleo] = await Promise.all([browser('Anna'), browser('Ben'), browser('Cleo')]);
    for (let round = 0; round < 3; round++) {
      for (const b of [anna, ben, cleo]) await b.scheduled.onAlarm();
      sb.clock.advance(30 * 60_000);
    }
    expect([anna.runs.length, ben.runs.length, cleo.runs.length]).toEqual([3, 0, 0]);
    expect(await markers()).toHaveLength(1);
    const views = await Promise.all([ben, cleo].map((b) => b.scheduled.view()));
    for (const view of views) expect(view.runner).toMatchObject({ name: 'Anna', thisBrowser: false });
    expect((await anna.scheduled.view()).runner).toMatchObject({ name: 'Anna', thisBrowser: true });
  });

  it('choosing a browser in Options moves the role; the old runner stops at its next alarm', async () => {
    const [anna, ben] = await Promise.all([browser('Anna'), browser('Ben')]);
    await anna.scheduled.onAlarm();
    sb.clock.advance(1_000);
    const view = await ben.scheduled.claim('Ben B');
    expect(view.runner).toMatchObject({ name: 'Ben B', thisBrowser: true });
    sb.clock.advance(30 * 60_000);
    await anna.scheduled.onAlarm();
    await ben.scheduled.onAlarm();
    expect([anna.runs.length, ben.runs.length]).toEqual([1, 1]);
    expect(await markers()).toHaveLength(1);
  });

  it('a renewal never overrides a newer claim, and racing claims settle on one marker', async () => {
    const [anna, ben] = await Promise.all([browser('Anna'), browser('Ben')]);
    await anna.lease.claim('Anna', 30);
    sb.clock.advance(1_000);
    await ben.lease.claim('Ben', 30);
    expect(await anna.lease.renew(sb.clock.now(), 30)).toMatchObject({ browserId: 'browser-Ben' });
    await Promise.all([anna.lease.claim('Anna', 30), ben.lease.claim('Ben', 30)]);
    const current = await anna.lease.read();
    expect(await ben.lease.read()).toEqual(current);
    expect(await markers()).toHaveLength(1);
  });

  it('a runner gone quiet for three intervals is taken over by the next alarm', async () => {
    const [anna, ben] = await Promise.all([browser('Anna'), browser('Ben')]);
    await anna.scheduled.onAlarm();
    sb.clock.advance(90 * 60_000);
    await ben.scheduled.onAlarm();
    expect(ben.runs).toHaveLength(0);
    sb.clock.advance(16 * 60_000);
    await ben.scheduled.onAlarm();
    expect(ben.runs).toHaveLength(1);
    expect((await ben.scheduled.view()).runner).toMatchObject({ name: 'Ben', thisBrowser: true });
  });
});
