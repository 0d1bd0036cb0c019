import { render } from 'preact';
import { ListReviews } from '../../components/list-reviews';
import type { ScriptContext } from '../../lib/karbon-page/content-script-context';
import { createPanelHost } from '../../lib/karbon-page/panel-host';
import { createReviewState } from '../../lib/state/review-state';

/** The contact list's "Xero contacts to add" card: returns a switch that shows it on the list and removes it elsewhere. */
export function createListReviewsUi(ctx: ScriptContext): (onList: boolean) => void {
  const state = createReviewState();
  ctx.onInvalidated(state.watch(globalThis.chrome?.storage));
  const ui = createPanelHost({
    name: 'karbon-xero-reviews',
    cssUrl: chrome.runtime.getURL('/content-scripts/karbon.css'),
    // Docked like the panel: the card inside is fixed to the bottom right.
    append: (host) => document.body.append(host),
    onMount: (container) => render(<ListReviews state={state} />, container),
    onRemove: (container) => render(null, container),
  });
  ctx.onInvalidated(() => ui.remove());
  return (onList) => {
    if (onList === ui.mounted) return;
    if (!onList) return ui.remove();
    ui.mount();
    void state.load();
  };
}
