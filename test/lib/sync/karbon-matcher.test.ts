import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { AppDb } from '../../../lib/db/app-db';
import type { SnapshotRow } from '../../../lib/db/rows';
import type { RunContext } from '../../../lib/sync/context';
import { buildKarbonMatcher } from '../../../lib/sync/karbon-matcher';

describe('buildKarbonMatcher', () => {
  it('reads every Karbon snapshot across chunks (and no other system) and matches on name and email', async () => {
    const db = new AppDb('matcher', { indexedDB: new IDBFactory(), IDBKeyRange });
    const snap = (system: 'karbon' | 'xero', i: number): SnapshotRow => ({
      id: `${system}:k${i}`,
      system,
      recordId: `k${i}`,
      kind: i % 2 ? 'person' : 'org',
      canonical: { name: `Client ${i}`, email: `c${i}@x.test`, phone: null, address: null },
      raw: undefined,
      modifiedAt: '',
      pulledAt: 0,
    });
    await db.snapshots.bulkPut([...[0, 1, 2, 3, 4].map((i) => snap('karbon', i)), snap('xero', 9)]);
    const ctx = { deps: { db } } as unknown as RunContext;
    const matcher = await buildKarbonMatcher(ctx, 2);
    for (const i of [0, 1, 2, 3, 4]) {
      const outcome = matcher.match({ id: `x${i}`, name: `Client ${i}`, email: `c${i}@x.test` });
      expect(outcome).toMatchObject({ kind: 'full-match', karbonId: `k${i}` });
      expect(matcher.kindOf(`k${i}`)).toBe(i % 2 ? 'person' : 'org');
    }
    expect(matcher.match({ id: 'y', name: 'Client 9', email: 'c9@x.test' }).kind).toBe('no-match');
  });
});
