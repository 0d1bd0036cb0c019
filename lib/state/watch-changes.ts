import { CHANGES_KEY, type ChangeNotice } from '../background/change-feed';

/** The part of chrome.storage the pages listen on (the content script uses `chrome` directly: no polyfill). */
export interface StorageEvents {
  onChanged: {
    addListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
    removeListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
  };
}

/** Calls `onChange` whenever the background announces a database change; returns the unsubscribe function. */
export function watchChanges(events: StorageEvents | undefined, onChange: (notice: ChangeNotice) => void): () => void {
  if (!events) return () => {};
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const notice = changes[CHANGES_KEY]?.newValue as ChangeNotice | undefined;
    if (area === 'local' && notice) onChange(notice);
  };
  events.onChanged.addListener(listener);
  return () => events.onChanged.removeListener(listener);
}

/** True when a change notice concerns the Karbon record `key`. */
export const concerns = (notice: ChangeNotice, key: string): boolean =>
  notice.keys === 'all' || notice.keys.includes(key);
