// A Preview reads list pages only, and its estimate of the real run's calls is what the real run then makes.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDb } from '../../../lib/db/app-db';
import { createPorts } from '../../../lib/sync/adapters/create-ports';
import { createSyncEngine } from '../../../lib/sync/engine';
import { buildScaleDataset } from '../../sandbox/seed/scale';
import type { Sandbox } from '../../sandbox/server';
import { openSandbox, sandboxClock } from '../api/helpers/sandbox';

const sandboxes: Sandbox[] = [];
afterEach(async () => {
  while (sandboxes.length) await sandboxes.pop()!.close();
});

async function setup(scale: number) {
  const sb = await openSandbox({ seed: 'empty' });
  sandboxes.push(sb);
  sb.loadDataset(buildScaleDataset(scale));
  const token = sb.issueTokens().access_token;
  const clock = sandboxClock(sb);
  const db = new AppDb(`preview-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const engine = createSyncEngine({
    db,
    now: () => clock.now(),
    ...createPorts({
      fetch: (input, init) => fetch(input, init),
      endpoints: sb.endpoints,
      getXeroToken: async () => token,
      xeroTenantId: sb.credentials.xero.orgTenantId,
      getKarbonCredentials: () => sb.credentials.karbon,
      clock,
    }),
  });
  const calls = () => {
    const s = sb.calls().services;
    return { xero: s.xero?.total ?? 0, karbon: s.karbon?.total ?? 0, endpoints: s.karbon?.endpoints ?? {} };
  };
  return { sb, engine, calls };
}

describe('Preview (dry run) against the sandbox', () => {
  it('reads list pages only, and the real run makes the calls it estimated', { timeout: 120_000 }, async () => {
    // 250 per system: 125 people and 125 organizations in Karbon (2 pages each), 250 Xero contacts (1 page).
    const c = await setup(250);
    const preview = await c.engine.runSync({ trigger: 'test', dryRun: true });
    expect(preview.error).toBeUndefined();
    const previewCalls = c.calls();
    expect({ xero: previewCalls.xero, karbon: previewCalls.karbon }).toEqual({ xero: 1, karbon: 4 });
    expect(Object.keys(previewCalls.endpoints).sort()).toEqual(['GET Contacts', 'GET Organizations']);
    expect(preview.created.karbon.length).toBeGreaterThan(0);
    // Matched organizations need their detail (no address in their rows); matched people are settled by their rows.
    expect(preview.reads.karbonDetails).toBeGreaterThan(0);
    expect(preview.estimate?.calls).toEqual({
      xero: 1,
      karbon: 4 + preview.reads.karbonDetails + preview.writes.karbon,
    });

    const real = await c.engine.runSync({ trigger: 'test' });
    expect(real.error).toBeUndefined();
    const after = c.calls();
    expect({ xero: after.xero - previewCalls.xero, karbon: after.karbon - previewCalls.karbon }).toEqual(
      preview.estimate?.calls,
    );
    expect(c.sb.calls().served429).toBe(0);
  });
});
