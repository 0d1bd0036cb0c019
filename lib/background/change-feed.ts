/** The storage key whose changes tell every open panel and popup that the database changed (pushed, not polled). */
export const CHANGES_KEY = 'kxs:changes';

/** What changed: the Karbon keys concerned, or everything (a sync run). */
export interface ChangeNotice {
  seq: number;
  at: number;
  keys: string[] | 'all';
}

/** How often at most a burst of changes (an action, a page view) is announced. */
export const CHANGE_FEED_THROTTLE_MS = 400;

/**
 * How often at most a running sync's progress announces itself: every open popup and panel re-reads its view on a
 * notice, which over an hour-long import would cost the worker more than the import (the popup polls progress apart).
 */
export const RUN_CHANGES_THROTTLE_MS = 3_000;

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
  let dueAt = Infinity;

  function flush(): Promise<void> {
    timer = undefined;
    dueAt = Infinity;
    const keys = pending;
    pending = undefined;
    if (!keys) return Promise.resolve();
    const notice: ChangeNotice = { seq: ++seq, at: now(), keys: keys === 'all' ? 'all' : [...keys] };
    return area.set({ [CHANGES_KEY]: notice }).catch(() => undefined);
  }

  return {
    /** Records that `keys` (Karbon keys), or everything, changed; sent within `withinMs` (400 ms unless told). */
    announce(keys: readonly string[] | 'all' = 'all', withinMs: number = CHANGE_FEED_THROTTLE_MS): void {
      if (keys === 'all' || pending === 'all') pending = 'all';
      else pending = new Set([...(pending ?? []), ...keys]);
      // A sooner deadline (an action during a run) brings the pending notice forward; a later one never delays it.
      const due = Date.now() + withinMs;
      if (timer !== undefined && due >= dueAt) return;
      clearTimeout(timer);
      dueAt = due;
      timer = setTimeout(() => void flush(), withinMs);
    },
    /** Sends what is pending now (after an action, so the other views update before the reply is read). */
    flush(): Promise<void> {
      clearTimeout(timer);
      return flush();
    },
  };
}

export type ChangeFeed = ReturnType<typeof createChangeFeed>;
