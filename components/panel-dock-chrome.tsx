import type { DockReason } from '../lib/karbon-page/decide-panel-target';

/** The docked card's controls, passed to the panel when it is docked instead of placed in Karbon's page. */
export interface PanelDock {
  reason: DockReason;
  collapsed: boolean;
  onToggle: () => void;
}

const WHY: Record<DockReason, string> = {
  unrecognised: "Docked: this Karbon page's layout was not recognised.",
  chosen: 'Docked, as chosen in Options (Panel placement).',
};

/** The collapse / expand button in the docked card's header. */
export function DockToggle({ dock }: { dock: PanelDock }) {
  return (
    <button
      type="button"
      class="kxs-dock-toggle"
      aria-expanded={!dock.collapsed}
      aria-label={dock.collapsed ? 'Expand Xero Client' : 'Collapse Xero Client'}
      onClick={dock.onToggle}
    >
      {dock.collapsed ? '▴' : '▾'}
    </button>
  );
}

/** The header line that says why the panel is docked. */
export function DockNote({ dock }: { dock: PanelDock }) {
  return <p class="kxs-dock-note">{WHY[dock.reason]}</p>;
}
