import '../../components/kxs.css';
import { createShadowRootUi, defineContentScript } from '#imports';
import { render } from 'preact';
import { XeroClientPanel } from '../../components/xero-client-panel';
import { SANDBOX_ORIGIN } from '../../lib/config/build-env';
import { karbonAppRoots } from '../../lib/config/endpoints';
import { currentContactRoute, sameContact } from '../../lib/karbon-page/current-route';
import { findPanelPlacement, isPlaced } from '../../lib/karbon-page/find-panel-anchor';
import { watchPage } from '../../lib/karbon-page/watch-page';
import { createPanelState } from '../../lib/state/panel-state';

export default defineContentScript({
  // The sandbox build adds the sandbox's Karbon-style app to these matches (wxt.config.ts).
  matches: ['https://app2.karbonhq.com/*'],
  cssInjectionMode: 'ui',
  async main(ctx) {
    const appRoots = karbonAppRoots(SANDBOX_ORIGIN);
    const state = createPanelState();
    const ui = await createShadowRootUi(ctx, {
      name: 'karbon-xero-panel',
      position: 'inline',
      anchor: () => findPanelPlacement(document)?.anchor ?? null,
      append: (anchor, host) =>
        findPanelPlacement(document)?.position === 'after' ? anchor.after(host) : anchor.append(host),
      // What onMount returns is `ui.mounted`, which the watcher below reads; onRemove gets it back.
      onMount: (container) => {
        render(<XeroClientPanel state={state} />, container);
        return container;
      },
      onRemove: (container) => container && render(null, container),
    });

    watchPage(ctx, window, () => {
      const route = currentContactRoute(location.href, appRoots);
      const placement = route && findPanelPlacement(document);
      if (!route || !placement) return ui.mounted && ui.remove();
      if (!ui.mounted || !isPlaced(ui.shadowHost, placement)) {
        ui.remove();
        ui.mount();
      }
      if (!sameContact(route, state.route.value)) void state.show(route);
    });
  },
});
