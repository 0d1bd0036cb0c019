/** What the page watcher needs from the content script's context (WXT's `ctx`), so it stops when the extension reloads. */
export interface WatchContext {
  addEventListener(target: Window, type: string, listener: () => void): void;
  onInvalidated(callback: () => void): void;
}

/**
 * Calls `onChange` (at most once per frame) whenever the page may have moved: a hash or history navigation, or a DOM
 * change. Karbon re-renders its contact pages on hash navigation, so the panel's anchor can vanish without a route change.
 * Returns the scheduler, for other reasons to look again (the contact's name arrived, a setting changed).
 */
export function watchPage(ctx: WatchContext, win: Window & typeof globalThis, onChange: () => void): () => void {
  let scheduled = false;
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    win.requestAnimationFrame(() => {
      scheduled = false;
      onChange();
    });
  };
  for (const type of ['hashchange', 'popstate', 'wxt:locationchange']) ctx.addEventListener(win, type, schedule);
  const observer = new win.MutationObserver(schedule);
  observer.observe(win.document.body, { childList: true, subtree: true });
  ctx.onInvalidated(() => observer.disconnect());
  onChange();
  return schedule;
}
