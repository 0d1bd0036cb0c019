import type { ScriptContext } from './content-script-context';

/** The Navigation API (Chromium): it also sees history.pushState navigations, which fire no event on window. */
type WithNavigation = Window & typeof globalThis & { navigation?: EventTarget };

/**
 * Calls `onChange` (at most once per frame) whenever the page may have moved: a hash or history navigation, or a DOM
 * change. Karbon re-renders its contact pages on hash navigation, so the panel's anchor can vanish without a route change.
 * Returns the scheduler, for other reasons to look again (the contact's name arrived, a setting changed).
 */
export function watchPage(ctx: ScriptContext, win: WithNavigation, onChange: () => void): () => void {
  let scheduled = false;
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    win.requestAnimationFrame(() => {
      scheduled = false;
      onChange();
    });
  };
  for (const type of ['hashchange', 'popstate']) ctx.addEventListener(win, type, schedule);
  if (win.navigation) ctx.addEventListener(win.navigation, 'navigate', schedule);
  const observer = new win.MutationObserver(schedule);
  observer.observe(win.document.body, { childList: true, subtree: true });
  ctx.onInvalidated(() => observer.disconnect());
  onChange();
  return schedule;
}
