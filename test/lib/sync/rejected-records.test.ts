import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { AppDb } from '../../../lib/db/app-db';
import { emptyStats, type RunContext } from '../../../lib/sync/context';
import { rejectedIssueId, rejectedRecords } from '../../../lib/sync/rejected-records';
import { resolveIssue } from '../../../lib/sync/resolve-issue';

function context(dryRun = false) {
  const db = new AppDb(`rejected-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const messages: string[] = [];
  const ctx = {
    deps: { db, now: () => 1000 },
    runId: 'run',
    dryRun,
    stats: emptyStats('run', dryRun),
    system: 'xero',
    progress: (p: { message?: string }) => p.message && messages.push(p.message),
  } as unknown as RunContext;
  return { ctx, db, messages };
}

const bad = { id: 'c1', name: 'Broken Ltd', error: 'Xero contact "Broken Ltd" (c1) skipped: Name: required' };

describe('rejectedRecords', () => {
  it.each([
    [{ id: 'c1', name: 'A', error: 'e' }, 'rejected:xero:c1'],
    [{ name: 'Acme', error: 'e' }, 'rejected:xero:name:acme'],
    [{ error: 'Xero contact (no id) skipped' }, 'rejected:xero:error:Xero contact (no id) skipped'],
  ])('names the issue of %o deterministically: %s', (record, id) => {
    expect(rejectedIssueId('xero', record)).toBe(id);
  });

  it('raises one issue per refused record however often it is seen, and reports it as progress', async () => {
    const { ctx, db, messages } = context();
    for (let run = 0; run < 2; run++) await (await rejectedRecords(ctx, 'xero')).report([bad]);
    expect(await db.issues.toArray()).toEqual([
      {
        id: 'rejected:xero:c1',
        system: 'xero',
        kind: 'sync-error',
        state: 'open',
        remoteId: 'c1',
        karbonKeys: [],
        message: bad.error,
        createdAt: 1000,
      },
    ]);
    expect(messages).toEqual([bad.error, bad.error]);
  });

  it('puts a refused Karbon row under its key, with no Xero id', async () => {
    const { ctx, db } = context();
    await (await rejectedRecords(ctx, 'karbon')).report([{ id: 'k1', error: 'Karbon contact (k1) skipped' }]);
    expect(await db.issues.get('rejected:karbon:k1')).toMatchObject({ remoteId: '', karbonKeys: ['k1'] });
  });

  it('closes the issue once the record parses (by id, or by name when it had no id), and reopens it if refused again', async () => {
    const { ctx, db } = context();
    const first = await rejectedRecords(ctx, 'xero');
    await first.report([bad, { name: 'No Id', error: 'no id' }]);
    await first.parsed({ id: 'other', name: 'Someone' });
    expect((await db.issues.toArray()).map((i) => i.state)).toEqual(['open', 'open']);

    const second = await rejectedRecords(ctx, 'xero');
    await second.parsed({ id: 'c1', name: 'Broken Ltd' });
    await second.parsed({ id: 'new-id', name: 'no id' });
    expect((await db.issues.toArray()).map((i) => [i.id, i.state, i.resolution])).toEqual([
      ['rejected:xero:c1', 'resolved', 'parsed'],
      ['rejected:xero:name:no id', 'resolved', 'parsed'],
    ]);

    await (await rejectedRecords(ctx, 'xero')).report([bad]);
    expect(await db.issues.get('rejected:xero:c1')).toMatchObject({ state: 'open' });
  });

  it('leaves an issue the user dismissed closed when the same record is refused again', async () => {
    const { ctx, db } = context();
    await (await rejectedRecords(ctx, 'xero')).report([bad]);
    await resolveIssue(ctx, 'rejected:xero:c1', { action: 'dismiss' });
    await (await rejectedRecords(ctx, 'xero')).report([bad]);
    expect(await db.issues.get('rejected:xero:c1')).toMatchObject({ state: 'resolved' });
  });

  it('writes nothing in a dry run but plans the issue', async () => {
    const { ctx, db } = context(true);
    await (await rejectedRecords(ctx, 'xero')).report([bad]);
    expect(await db.issues.count()).toBe(0);
    expect(ctx.stats.plannedIssues.map((i) => i.id)).toEqual(['rejected:xero:c1']);
  });
});
