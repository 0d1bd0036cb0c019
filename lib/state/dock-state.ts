import type { DockReason } from '../karbon-page/decide-panel-target';
import { createStore } from './store';

/** The slice of `chrome.storage.local` the docked card needs (a Map-backed fake in tests). */
export interface DockStorage {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** Where the docked card's open/collapsed state is kept (per browser profile, like the settings). */
export const DOCK_STORAGE_KEY = 'panelDock';
const SETTINGS_KEY = 'settings';

/** The docked card's state: whether and why it is docked, whether it is collapsed, and the user's placement choice. */
export function createDockState(area: DockStorage) {
  const store = createStore();
  const reason = store.box<DockReason | undefined>(undefined);
  const collapsed = store.box(false);
  const alwaysDocked = store.box(false);

  /** Reads stored values; read raw (no zod) to keep the content script small, anything unexpected means the default. */
  function apply(items: Record<string, unknown>) {
    if (SETTINGS_KEY in items) alwaysDocked.value = field(items[SETTINGS_KEY], 'panelPlacement') === 'docked';
    if (DOCK_STORAGE_KEY in items) collapsed.value = field(items[DOCK_STORAGE_KEY], 'collapsed') === true;
  }

  return {
    subscribe: store.subscribe,
    reason,
    collapsed,
    alwaysDocked,
    apply,
    load: async () => apply(await area.get([SETTINGS_KEY, DOCK_STORAGE_KEY])),
    /** Opens or collapses the docked card and remembers it for the next page. */
    async toggle() {
      collapsed.value = !collapsed.value;
      await area.set({ [DOCK_STORAGE_KEY]: { collapsed: collapsed.value } });
    },
  };
}

export type DockState = ReturnType<typeof createDockState>;

function field(record: unknown, name: string): unknown {
  return typeof record === 'object' && record !== null ? (record as Record<string, unknown>)[name] : undefined;
}
