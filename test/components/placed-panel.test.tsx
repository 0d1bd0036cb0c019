// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PlacedPanel } from '../../components/placed-panel';
import type { ConnectionsSummary } from '../../lib/connections/connection-types';
import type { MessageName, Replies, Request, Result } from '../../lib/messages';
import { createDockState, DOCK_STORAGE_KEY } from '../../lib/state/dock-state';
import { createPanelState } from '../../lib/state/panel-state';

const notConnected: ConnectionsSummary = {
  xero: { service: 'xero', state: 'not-connected', detail: 'Connect Xero in Options.' },
  xpm: { service: 'xpm', state: 'off' },
  karbon: { service: 'karbon', state: 'not-connected', detail: 'Enter your Karbon API keys in Options.' },
};

async function shownPanel() {
  const send = async <K extends MessageName>(name: K, data: Request<K>) =>
    ({ ok: true, value: name === 'getContactStatus' ? { contact: data, connections: notConnected } : null }) as Result<
      Replies[K]
    >;
  const state = createPanelState(send);
  const stored: Record<string, unknown> = {};
  const dock = createDockState({
    get: async () => ({}),
    set: async (items) => void Object.assign(stored, items),
  });
  render(<PlacedPanel state={state} dock={dock} />);
  await state.show({ kind: 'contact', key: 'K1' });
  return { dock, stored, region: await screen.findByRole('region', { name: 'Xero Client' }) };
}

afterEach(cleanup);

describe('PlacedPanel', () => {
  it('in the page: the plain section, with no dock controls', async () => {
    const { region } = await shownPanel();
    expect(region.textContent).toContain('not connected to Xero or Karbon');
    expect(screen.queryByRole('button', { name: /Collapse|Expand/ })).toBeNull();
    expect(region.className).toBe('kxs-panel');
  });

  it('docked: says why in its header, collapses to the header and remembers it', async () => {
    const { dock, stored, region } = await shownPanel();
    dock.reason.value = 'unrecognised';
    await waitFor(() => expect(region.textContent).toContain("this Karbon page's layout was not recognised"));
    expect(region.className).toBe('kxs-panel kxs-panel--docked');
    const collapse = screen.getByRole('button', { name: 'Collapse Xero Client' });
    expect(collapse.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(collapse);
    await waitFor(() => expect(region.textContent).not.toContain('not connected to Xero or Karbon'));
    expect(stored[DOCK_STORAGE_KEY]).toEqual({ collapsed: true });
    expect(screen.getByRole('button', { name: 'Expand Xero Client' }).getAttribute('aria-expanded')).toBe('false');

    dock.reason.value = 'chosen';
    await waitFor(() => expect(region.textContent).toContain('as chosen in Options'));
  });
});
