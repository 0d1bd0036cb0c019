import type { MountableUi } from './apply-panel-target';

export interface PanelHostOptions {
  /** The host element's tag (a custom element name: two words, kebab-case). */
  name: string;
  /** The panel's stylesheet: the content script's CSS, web-accessible on Karbon pages only (wxt.config.ts). */
  cssUrl: string;
  /** Puts the host where the current placement says (inside the page, or at the end of <body> when docked). */
  append(host: HTMLElement): void;
  onMount(container: HTMLElement): void;
  onRemove(container: HTMLElement): void;
}

/**
 * The panel's host element with an open shadow root: Karbon's styles stay out (`all: initial` on the host) and ours
 * stay in. It is what applyPanelTarget mounts, moves and removes. A few hundred bytes where WXT's shadow-root UI
 * brings about 8 kB of helpers we do not use (auto-mount, overlay and modal positions, CSS splitting) into the
 * content script, which loads on every Karbon page. The stylesheet is linked, not fetched: the content script makes
 * no network call, and it loads once per page (the shadow root outlives a remove).
 */
export function createPanelHost(options: PanelHostOptions): MountableUi {
  const host = document.createElement(options.name);
  const shadow = host.attachShadow({ mode: 'open' });
  const reset = document.createElement('style');
  reset.textContent = ':host{all:initial !important}';
  const sheet = document.createElement('link');
  sheet.rel = 'stylesheet';
  sheet.href = options.cssUrl;
  const container = document.createElement('div');
  shadow.append(reset, sheet, container);
  let mounted = false;
  return {
    get mounted() {
      return mounted;
    },
    shadowHost: host,
    mount() {
      options.append(host);
      options.onMount(container);
      mounted = true;
    },
    remove() {
      if (mounted) options.onRemove(container);
      host.remove();
      mounted = false;
    },
  };
}
