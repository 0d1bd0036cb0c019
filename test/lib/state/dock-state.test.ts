import { describe, expect, it } from 'vitest';
import { createDockState, DOCK_STORAGE_KEY, type DockStorage } from '../../../lib/state/dock-state';

function memoryArea(initial: Record<string, unknown> = {}): DockStorage & { items: Record<string, unknown> } {
  const items = { ...initial };
  return {
    items,
    get: async (keys) => Object.fromEntries(keys.filter((k) => k in items).map((k) => [k, items[k]])),
    set: async (patch) => void Object.assign(items, patch),
  };
}

describe('createDockState', () => {
  it('reads the placement choice and the remembered collapsed state', async () => {
    const dock = createDockState(
      memoryArea({ settings: { panelPlacement: 'docked' }, [DOCK_STORAGE_KEY]: { collapsed: true } }),
    );
    await dock.load();
    expect([dock.alwaysDocked.value, dock.collapsed.value]).toEqual([true, true]);
  });

  it('defaults to automatic and open, whatever odd values are stored', async () => {
    const dock = createDockState(memoryArea({ settings: 'garbage', [DOCK_STORAGE_KEY]: { collapsed: 'yes' } }));
    await dock.load();
    expect([dock.alwaysDocked.value, dock.collapsed.value]).toEqual([false, false]);
  });

  it('remembers a collapse for the next page, and follows changes made elsewhere', async () => {
    const area = memoryArea();
    const dock = createDockState(area);
    await dock.load();
    await dock.toggle();
    expect(area.items[DOCK_STORAGE_KEY]).toEqual({ collapsed: true });
    const next = createDockState(area);
    await next.load();
    expect(next.collapsed.value).toBe(true);
    next.apply({ settings: { panelPlacement: 'docked' } });
    expect(next.alwaysDocked.value).toBe(true);
    next.apply({ settings: undefined });
    expect(next.alwaysDocked.value).toBe(false);
  });
});
