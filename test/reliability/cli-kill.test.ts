// SIGKILL at seeded points of a CLI import of the demo firm: the next run resumes from the state file and ends in
// exactly the fault-free state (no duplicate, every link made as it would have been, created records included).
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppDb } from '../../lib/db/app-db';
import { importState, type StateFile } from '../../lib/db/state-file';
import { createPrng } from '../sandbox/core/prng';
import { startSandbox, type Sandbox } from '../sandbox/server';
import { runSyncChild } from './cli-kill';
import { endState, type EndState } from './end-state';
import { faultFreeState } from './settle';

const KILLS = Number(process.env.RELIABILITY_KILLS ?? 1);

// Small enough that one import stays inside Karbon's per-minute budget (the child's limiter waits in real time): 10
// full matches whose phone Xero overwrites, 36 organizations and 4 people to create.
const phone = (n: number) => [{ PhoneType: 'DEFAULT', PhoneNumber: `09 555 ${String(1000 + n)}` }];
const DATASET = {
  xero: {
    contacts: [
      ...Array.from({ length: 46 }, (_, i) => ({
        Name: `Harbour Client ${i} Ltd`,
        EmailAddress: `c${i}@harbour.test`,
        Phones: phone(i),
      })),
      ...['Ana Lopez', 'Ben Tui', 'Cara Ngata', 'Dev Rao'].map((Name, i) => {
        const [FirstName, LastName] = Name.split(' ');
        return { Name, FirstName, LastName, EmailAddress: `p${i}@people.test` };
      }),
    ],
  },
  karbon: {
    organizations: Array.from({ length: 10 }, (_, i) => ({
      FullName: `Harbour Client ${i} Ltd`,
      BusinessCards: [{ IsPrimaryCard: true, EmailAddresses: [`c${i}@harbour.test`] }],
    })),
    contacts: [],
  },
};
const load = () => {
  sb.reset({ seed: 'empty' });
  sb.loadDataset(structuredClone(DATASET));
};

let sb: Sandbox;
let expected: EndState;
beforeAll(async () => {
  // Real time in a child process: the sandbox's own limits stay off; the CLI's limiter still paces it.
  sb = await startSandbox({ port: 0, limits: false });
  expected = await faultFreeState(sb, load);
}, 120_000);
afterAll(() => sb.close());

async function stateOf(file: string): Promise<AppDb> {
  const db = new AppDb(`cli-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await importState(db, JSON.parse(await readFile(file, 'utf8')) as StateFile);
  return db;
}

describe('a CLI import killed with SIGKILL', () => {
  it(`resumes from its state file after ${KILLS} kills and ends as a run never killed`, async () => {
    load();
    const state = join(await mkdtemp(join(tmpdir(), 'sync-kill-')), 'state.json');
    const prng = createPrng(`kills-${KILLS}`);
    let killedRuns = 0;
    for (let i = 0; i < KILLS; i++) {
      // Somewhere in the import (about 90 calls): in the lists, among the overwrites or among the creates.
      const run = await runSyncChild(sb, state, 2 + prng.int(85));
      if (run.killed) killedRuns++;
    }
    expect(killedRuns).toBeGreaterThan(0);
    const last = await runSyncChild(sb, state);
    expect(last.output).not.toMatch(/sync failed/);
    expect(last.code).toBe(0);
    expect(await endState(sb, await stateOf(state))).toEqual(expected);
    const quiet = await runSyncChild(sb, state);
    expect(quiet.output).toMatch(/writes \{"karbon":0,"xero":0,"xpm":0\}/);
  }, 600_000);
});
