/** Something a view can watch: it calls each listener after every change. */
export interface Watchable {
  subscribe(listener: () => void): () => void;
}

/** One value held by a store. */
export interface Box<T> {
  value: T;
}

/**
 * The content script's observable state: boxes whose every change is announced to the store's subscribers. A few
 * hundred bytes where @preact/signals brings about 8 kB into a script that loads on every Karbon page.
 */
export function createStore() {
  const listeners = new Set<() => void>();
  return {
    box<T>(initial: T): Box<T> {
      let value = initial;
      return {
        get value() {
          return value;
        },
        set value(next) {
          if (next === value) return;
          value = next;
          for (const listener of [...listeners]) listener();
        },
      };
    },
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
