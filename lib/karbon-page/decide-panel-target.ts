import type { PanelPlacement } from './find-panel-anchor';

/** How long a contact page may go without a recognised anchor before the panel docks (DESIGN.md §6: about 2 s). */
export const DOCK_AFTER_MS = 2000;

/** Why the panel is docked: the user chose it in Options, or the page's layout was not recognised. */
export type DockReason = 'chosen' | 'unrecognised';

/** Where the panel should be right now. */
export type PanelTarget =
  | { kind: 'none' }
  | { kind: 'anchored'; placement: PanelPlacement }
  | { kind: 'docked'; reason: DockReason }
  /** No anchor yet on a contact page: look again in `retryInMs` even if the page does not change. */
  | { kind: 'wait'; retryInMs: number };

/** What the page shows at one moment. */
export interface PageLook {
  onContactPage: boolean;
  placement: PanelPlacement | undefined;
  alwaysDocked: boolean;
}

/**
 * Decides between anchoring, waiting and docking. Once a page's layout went unrecognised the panel stays docked on
 * the next contacts too (the same app will not grow an anchor by navigating), until an anchor does appear.
 */
export function createPanelTargetDecider(now: () => number, dockAfterMs = DOCK_AFTER_MS) {
  let waitingSince: number | undefined;
  let unrecognised = false;
  return (look: PageLook): PanelTarget => {
    if (!look.onContactPage) {
      waitingSince = undefined;
      return { kind: 'none' };
    }
    if (look.alwaysDocked) return { kind: 'docked', reason: 'chosen' };
    if (look.placement) {
      waitingSince = undefined;
      unrecognised = false;
      return { kind: 'anchored', placement: look.placement };
    }
    if (unrecognised) return { kind: 'docked', reason: 'unrecognised' };
    waitingSince ??= now();
    const waited = now() - waitingSince;
    if (waited < dockAfterMs) return { kind: 'wait', retryInMs: dockAfterMs - waited };
    unrecognised = true;
    return { kind: 'docked', reason: 'unrecognised' };
  };
}
