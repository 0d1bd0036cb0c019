// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { XeroClientPanel } from '../../components/xero-client-panel';
import type { ConnectionsSummary } from '../../lib/connections/connection-types';
import type { MessageName, Replies, Request, Result } from '../../lib/messages';
import { createPanelState } from '../../lib/state/panel-state';

const notConnected: ConnectionsSummary = {
  xero: { service: 'xero', state: 'not-connected', detail: 'Connect Xero in Options.' },
  xpm: { service: 'xpm', state: 'off' },
  karbon: { service: 'karbon', state: 'not-connected', detail: 'Enter your Karbon API keys in Options.' },
};

/** A background that answers from a table and records what it was asked. */
function fakeBackground(answer: (name: MessageName, data: unknown) => Result<unknown>) {
  const sent: [MessageName, unknown][] = [];
  const send = async <K extends MessageName>(name: K, data: Request<K>) => {
    sent.push([name, data]);
    return answer(name, data) as Result<Replies[K]>;
  };
  return { sent, send };
}

afterEach(cleanup);

describe('XeroClientPanel', () => {
  it('says honestly that nothing is connected and opens Options', async () => {
    const background = fakeBackground((name, data) =>
      name === 'getContactStatus'
        ? { ok: true, value: { contact: data, connections: notConnected } }
        : { ok: true, value: null },
    );
    const state = createPanelState(background.send);
    render(<XeroClientPanel state={state} />);
    await state.show({ kind: 'contact', key: 'K1' });

    const region = await screen.findByRole('region', { name: 'Xero Client' });
    expect(region.textContent).toContain('not connected to Xero or Karbon');
    expect(region.textContent).toContain('Connect Xero in Options.');
    fireEvent.click(screen.getByRole('button', { name: 'Open Options' }));
    await waitFor(() => expect(background.sent.map(([name]) => name)).toContain('openOptions'));
  });

  it('shows the background error instead of a status when the request fails', async () => {
    const background = fakeBackground(() => ({ ok: false, error: 'The extension is not reachable; reload the page.' }));
    const state = createPanelState(background.send);
    render(<XeroClientPanel state={state} />);
    await state.show({ kind: 'organization', key: 'O1' });
    expect((await screen.findByRole('alert')).textContent).toContain(
      'The extension is not reachable; reload the page.',
    );
  });

  it('drops a late reply for a contact the user already left', async () => {
    let release: (() => void) | undefined;
    const send = async <K extends MessageName>(_name: K, data: Request<K>) => {
      const ref = data as { key: string };
      if (ref.key === 'SLOW') await new Promise<void>((resolve) => (release = resolve));
      return { ok: true, value: { contact: data, connections: notConnected } } as Result<Replies[K]>;
    };
    const state = createPanelState(send);
    const slow = state.show({ kind: 'contact', key: 'SLOW' });
    await state.show({ kind: 'contact', key: 'FAST' });
    release?.();
    await slow;
    const status = state.status.value;
    expect(status.status === 'ready' && status.value.contact.key).toBe('FAST');
  });
});

describe('XeroClientPanel once connected', () => {
  const connected: ConnectionsSummary = {
    xero: { service: 'xero', state: 'connected', name: 'Demo Company (AU)' },
    xpm: { service: 'xpm', state: 'off' },
    karbon: { service: 'karbon', state: 'connected' },
  };
  const karbon = {
    name: 'Hamish Sutherland',
    email: 'h@example.com',
    phone: { number: '+61 2 6091 2038' },
    address: null,
  };
  const remote = {
    name: 'Hamish Sutherland',
    email: 'hamish@example.com',
    phone: { number: '02 6091 2038' },
    address: null,
  };

  it('shows a linked contact, its fields side by side, and stops syncing on request', async () => {
    let linkState: 'linked' | 'unsynced' = 'linked';
    const background = fakeBackground((name, data) => {
      if (name === 'unsync') linkState = 'unsynced';
      if (name !== 'getContactStatus' && name !== 'refreshContact') return { ok: true, value: null };
      const link = {
        id: 'xero:X1',
        system: 'xero',
        remoteId: 'X1',
        karbonKey: 'K1',
        karbonType: 'contact',
        kind: 'person',
        state: linkState,
        base: remote,
        how: 'full-match',
        linkedAt: 0,
      };
      return {
        ok: true,
        value: {
          contact: data,
          connections: connected,
          // The background compares the values (lib/background/differing-fields.ts): the phones are the same number.
          sync: { karbonKey: 'K1', link, issues: [], karbon, remote, differs: ['email'] },
        },
      };
    });
    const state = createPanelState(background.send);
    render(<XeroClientPanel state={state} />);
    await state.show({ kind: 'contact', key: 'K1' });

    const region = await screen.findByRole('region', { name: 'Xero Client' });
    expect(region.textContent).toContain('Linked');
    expect(region.textContent).toContain('matched on name and billing email');
    const table = screen.getByRole('table', { name: 'Synced fields' });
    // Only the fields the background found different are highlighted.
    const flagged = [...table.querySelectorAll('.kxs-fields__differs')].map(
      (row) => row.querySelector('th')?.textContent,
    );
    expect(flagged).toEqual(['Billing Email']);
    expect(background.sent.map(([n]) => n)).toEqual(['getContactStatus', 'refreshContact']);

    fireEvent.click(screen.getByRole('button', { name: 'Stop Syncing Contact' }));
    expect(await screen.findByRole('button', { name: 'Re-sync' })).toBeTruthy();
    expect(background.sent).toContainEqual(['unsync', { linkId: 'xero:X1' }]);
  });

  it('offers Create Contact for an unlinked contact and reports a name clash without renaming', async () => {
    const background = fakeBackground((name, data) => {
      if (name === 'createContactInXero') {
        return {
          ok: true,
          value: { status: 'name-clash', issue: {}, existing: { contactId: 'X9', name: 'Hamish Sutherland' } },
        };
      }
      return { ok: true, value: { contact: data, connections: connected, sync: { karbonKey: 'K2', issues: [] } } };
    });
    const state = createPanelState(background.send);
    render(<XeroClientPanel state={state} />);
    await state.show({ kind: 'contact', key: 'K2' });
    fireEvent.click(await screen.findByRole('button', { name: 'Create Contact' }));
    expect((await screen.findByRole('status')).textContent).toContain(
      'Xero already has a contact named "Hamish Sutherland"',
    );
    expect(background.sent).toContainEqual(['createContactInXero', { kind: 'contact', key: 'K2' }]);
  });
});
