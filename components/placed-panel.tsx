import type { DockState } from '../lib/state/dock-state';
import type { PanelState } from '../lib/state/panel-state';
import { live } from './live';
import { XeroClientPanel } from './xero-client-panel';

/** The panel where the content script placed it: in the page, or docked at the bottom right with its dock controls. */
export const PlacedPanel = live(Placed, ({ dock }) => [dock]);

function Placed({ state, dock }: { state: PanelState; dock: DockState }) {
  const reason = dock.reason.value;
  return (
    <XeroClientPanel
      state={state}
      {...(reason ? { dock: { reason, collapsed: dock.collapsed.value, onToggle: () => void dock.toggle() } } : {})}
    />
  );
}
