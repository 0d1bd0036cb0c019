import { describe, expect, it, vi } from 'vitest';
import { badgeLook } from '../../../lib/background/badge';
import { CHANGES_KEY, createChangeFeed, type ChangeNotice } from '../../../lib/background/change-feed';
import { concerns, watchChanges, type StorageEvents } from '../../../lib/state/watch-changes';

function fakeStorage() {
  const written: ChangeNotice[] = [];
  const listeners: Parameters<StorageEvents['onChanged']['addListener']>[0][] = [];
  return {
    written,
    async set(items: Record<string, unknown>) {
      const notice = items[CHANGES_KEY] as ChangeNotice;
      written.push(notice);
      for (const l of listeners) l({ [CHANGES_KEY]: { newValue: notice } }, 'local');
    },
    events: {
      onChanged: {
        addListener: (l: (typeof listeners)[number]) => void listeners.push(l),
        removeListener: (l: (typeof listeners)[number]) => void listeners.splice(listeners.indexOf(l), 1),
      },
    } satisfies StorageEvents,
  };
}

describe('change feed', () => {
  it('merges a burst of announcements into one notice that the pages receive', async () => {
    const storage = fakeStorage();
    const feed = createChangeFeed(storage, () => 5);
    const seen: ChangeNotice[] = [];
    const stop = watchChanges(storage.events, (n) => seen.push(n));
    feed.announce(['K1']);
    feed.announce(['K2', 'K1']);
    await feed.flush();
    expect(seen).toEqual([{ seq: 1, at: 5, keys: ['K1', 'K2'] }]);
    expect(concerns(seen[0]!, 'K2')).toBe(true);
    expect(concerns(seen[0]!, 'K3')).toBe(false);
    feed.announce(['K3']);
    feed.announce('all');
    await feed.flush();
    expect(concerns(seen[1]!, 'anything')).toBe(true);
    stop();
    feed.announce(['K4']);
    await feed.flush();
    expect(seen).toHaveLength(2);
    expect(storage.written).toHaveLength(3);
  });

  it("holds a run's notices to their slower pace, and an action's sooner deadline brings them forward", async () => {
    vi.useFakeTimers();
    try {
      const storage = fakeStorage();
      const feed = createChangeFeed(storage);
      feed.announce('all', 3_000);
      await vi.advanceTimersByTimeAsync(2_000);
      feed.announce('all', 3_000);
      expect(storage.written).toHaveLength(0);
      await vi.advanceTimersByTimeAsync(1_000);
      expect(storage.written).toHaveLength(1);
      feed.announce('all', 3_000);
      await vi.advanceTimersByTimeAsync(100);
      feed.announce(['K1']);
      await vi.advanceTimersByTimeAsync(400);
      expect(storage.written).toHaveLength(2);
      expect(storage.written[1]?.keys).toBe('all');
    } finally {
      vi.useRealTimers();
    }
  });

  it('sends a throttled burst by itself', async () => {
    const storage = fakeStorage();
    const feed = createChangeFeed(storage);
    feed.announce(['K1']);
    await expect.poll(() => storage.written.length, { timeout: 2_000 }).toBe(1);
  });
});

describe('badge', () => {
  it.each([
    ['issues', 3, '3', '#B45309'],
    ['running', 0, '…', '#1D4ED8'],
    ['error', 0, '!', '#B91C1C'],
    ['idle', 0, '', '#5F6B7A'],
  ] as const)('%s with %i issues reads %j in %s', (state, open, text, color) => {
    expect(badgeLook(state, open)).toEqual({ text, color });
  });
});
