import { describe, expect, it } from 'vitest';
import { createRecordLocks } from '../../../lib/sync/record-locks';

const deferred = () => {
  let resolve = () => {};
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};

describe('createRecordLocks', () => {
  it('lets work on other records run while one record is held', async () => {
    const locks = createRecordLocks();
    const slow = deferred();
    const first = locks.hold(['karbon:A', 'xero:1'], () => slow.promise);
    expect(locks.isHeld('karbon:A')).toBe(true);
    await expect(locks.hold(['karbon:B'], async () => 'done')).resolves.toBe('done');
    slow.resolve();
    await first;
    expect(locks.isHeld('karbon:A')).toBe(false);
  });

  it('makes work on a shared record wait, then run, even when the first holder throws', async () => {
    const locks = createRecordLocks();
    const slow = deferred();
    const events: string[] = [];
    const first = locks.hold(['xero:1'], async () => {
      await slow.promise;
      events.push('first');
      throw new Error('boom');
    });
    const second = locks.hold(['karbon:A', 'xero:1'], async () => {
      events.push('second');
    });
    await Promise.resolve();
    expect(events).toEqual([]);
    slow.resolve();
    await expect(first).rejects.toThrow('boom');
    await second;
    expect(events).toEqual(['first', 'second']);
    expect(locks.isHeld('xero:1')).toBe(false);
  });

  it('takes all keys at once, so crossing holders cannot deadlock', async () => {
    const locks = createRecordLocks();
    const runs = Array.from({ length: 20 }, (_, i) =>
      locks.hold(i % 2 ? ['a', 'b'] : ['b', 'a'], () => new Promise<number>((r) => setTimeout(() => r(i), 1))),
    );
    expect(await Promise.all(runs)).toHaveLength(20);
  });
});
