/** The storage key whose changes tell every open panel and popup that the database changed (pushed, not polled). */
export const CHANGES_KEY = 'kxs:changes';

/** What changed: the Karbon keys concerned, or everything (a sync run). */
export interface ChangeNotice {
  seq: number;
  at: number;
  keys: string[] | 'all';
}

/** How often at most a burst of changes (a run writing page after page) is announced. */
export const CHANGE_FEED_THROTTLE_MS = 400;

/**
 * Announces database changes through `storage.local`, whose onChanged event reaches the content scripts of every tab
 * and the popup without a tabs permission or an open port; bursts are merged and sent at most every 400 ms.
 */
export function createChangeFeed(
  area: { set(items: Record<string, unknown>): Promise<void> },
  now: () => number = Date.now,
) {
  let seq = 0;
  let pending: Set<string> | 'all' | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function flush(): Promise<void> {
    timer = undefined;
    const keys = pending;
    pending = undefined;
    if (!keys) return Promise.resolve();
    const notice: ChangeNotice = { seq: ++seq, at: now(), keys: keys === 'all' ? 'all' : [...keys] };
    return area.set({ [CHANGES_KEY]: notice }).catch(() => undefined);
  }

  return {
    /** Records that `keys` (Karbon keys), or everything, changed; sent within 400 ms. */
    announce(keys: readonly string[] | 'all' = 'all'): void {
      if (keys === 'all' || pending === 'all') pending = 'all';
      else pending = new Set([...(pending ?? []), ...keys]);
      timer ??= setTimeout(() => void flush(), CHANGE_FEED_THROTTLE_MS);
    },
    /** Sends what is pending now (after an action, so the other views update before the reply is read). */
    flush(): Promise<void> {
      clearTimeout(timer);
      return flush();
    },
  };
}

export type ChangeFeed = ReturnType<typeof createChangeFeed>;
