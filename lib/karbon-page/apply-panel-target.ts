import type { PanelTarget } from './decide-panel-target';
import { isPlaced } from './find-panel-anchor';

/** The panel host the placement moves (lib/karbon-page/panel-host.ts). */
export interface MountableUi {
  mounted: unknown;
  shadowHost: Element;
  mount(): void;
  remove(): void;
}

/** Mounts, moves or removes the panel so it sits where `target` says; a panel already in place is left alone. */
export function applyPanelTarget(ui: MountableUi, target: PanelTarget, dockParent: Element): void {
  const host = ui.shadowHost;
  if (target.kind === 'none' || (target.kind === 'wait' && !host.isConnected)) {
    if (ui.mounted) ui.remove();
    return;
  }
  if (target.kind === 'wait') return;
  const inPlace =
    ui.mounted &&
    host.isConnected &&
    (target.kind === 'docked' ? host.parentElement === dockParent : isPlaced(host, target.placement));
  if (inPlace) return;
  ui.remove();
  ui.mount();
}
