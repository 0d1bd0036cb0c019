import '../../components/kxs.css';
import { defineContentScript } from '#imports';
import { render } from 'preact';
import { PlacedPanel } from '../../components/placed-panel';
import { SANDBOX_ORIGIN } from '../../lib/config/build-env';
import { karbonAppRoots } from '../../lib/config/endpoints';
import { applyPanelTarget } from '../../lib/karbon-page/apply-panel-target';
import { currentContactRoute, sameContact } from '../../lib/karbon-page/current-route';
import { createPanelTargetDecider, type PanelTarget } from '../../lib/karbon-page/decide-panel-target';
import { contactNameOf } from '../../lib/karbon-page/contact-name';
import { findPanelPlacement } from '../../lib/karbon-page/find-panel-anchor';
import { createPanelHost } from '../../lib/karbon-page/panel-host';
import { createListMarks, onContactList, removeMarks } from '../../lib/karbon-page/list-marks';
import { watchPage } from '../../lib/karbon-page/watch-page';
import { createDockState } from '../../lib/state/dock-state';
import { createPanelState } from '../../lib/state/panel-state';
import { watchChanges } from '../../lib/state/watch-changes';
import { sendToBackground } from '../../lib/send-message';
import { createListReviewsUi } from './list-reviews-ui';

export default defineContentScript({
  // The sandbox build adds the sandbox's Karbon-style app to these matches (wxt.config.ts).
  matches: ['https://app2.karbonhq.com/*'],
  cssInjectionMode: 'ui',
  async main(ctx) {
    const appRoots = karbonAppRoots(SANDBOX_ORIGIN);
    const state = createPanelState();
    const dock = createDockState(chrome.storage.local);
    await dock.load();
    const decide = createPanelTargetDecider(() => performance.now());
    let target: PanelTarget = { kind: 'none' };
    // The background announces every change through storage: the panel reloads live, and stops with the context.
    ctx.onInvalidated(state.watch(globalThis.chrome?.storage));
    // The contact list's link-state marks come from the background's database (no API call).
    const marks = createListMarks(document, async (keys) => {
      const reply = await sendToBackground('getLinkMarks', { keys });
      if (!reply.ok) throw new Error(reply.error);
      return reply.value;
    });
    ctx.onInvalidated(watchChanges(globalThis.chrome?.storage, () => marks.forget()));
    ctx.onInvalidated(() => removeMarks(document));
    const showReviews = createListReviewsUi(ctx);
    const ui = createPanelHost({
      name: 'karbon-xero-panel',
      cssUrl: chrome.runtime.getURL('/content-scripts/karbon.css'),
      // Docked, the host sits at the end of <body> and the card inside it is fixed to the bottom right.
      append: (host) =>
        target.kind !== 'anchored'
          ? document.body.append(host)
          : target.placement.position === 'after'
            ? target.placement.anchor.after(host)
            : target.placement.anchor.append(host),
      onMount: (container) => render(<PlacedPanel state={state} dock={dock} />, container),
      onRemove: (container) => render(null, container),
    });
    ctx.onInvalidated(() => ui.remove());

    let retry: number | undefined;
    function update() {
      const route = currentContactRoute(location.href, appRoots);
      const onList = onContactList(location.hash);
      if (onList) void marks.update();
      showReviews(onList);
      if (route && !sameContact(route, state.route.value)) void state.show(route);
      const placement = route && findPanelPlacement(document, { contactName: contactNameOf(state.status.value) });
      target = decide({ onContactPage: !!route, placement, alwaysDocked: dock.alwaysDocked.value });
      dock.reason.value = target.kind === 'docked' ? target.reason : undefined;
      applyPanelTarget(ui, target, document.body);
      clearTimeout(retry);
      if (target.kind === 'wait') retry = ctx.setTimeout(update, target.retryInMs);
    }
    const look = watchPage(ctx, window, update);
    // The name heading is the strongest anchor, and it is known once the background answers; settings apply live.
    ctx.onInvalidated(state.subscribe(look));
    const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local') return;
      dock.apply(Object.fromEntries(Object.entries(changes).map(([key, change]) => [key, change.newValue])));
      look();
    };
    chrome.storage.onChanged.addListener(onStorage);
    ctx.onInvalidated(() => chrome.storage.onChanged.removeListener(onStorage));
  },
});
