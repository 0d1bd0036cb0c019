// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ClassificationNote } from '../../components/classification-note';
import { PopupApp } from '../../components/popup-app';
import type { IssueView } from '../../lib/background/issue-views';
import type { ConnectionsSummary } from '../../lib/connections/connection-types';
import type { MessageName, Overview, Replies, Request, Result } from '../../lib/messages';
import { createPopupState } from '../../lib/state/popup-state';

const connections: ConnectionsSummary = {
  xero: { service: 'xero', state: 'connected', name: 'Demo' },
  xpm: { service: 'xpm', state: 'off' },
  karbon: { service: 'karbon', state: 'connected' },
};

const review = (id: string, name: string, suggestedKind: 'person' | 'org'): IssueView => ({
  id: `match:xero:${id}`,
  system: 'xero',
  kind: 'type-review',
  state: 'open',
  remoteId: id,
  karbonKeys: [],
  createdAt: 0,
  remote: { name, email: '', phone: null, address: null },
  suggestedKind,
  confidence: 0.55,
  reasons: ['Not sure enough (55%): choose Person or Organization.', `The model reads "${name}" as ...`],
  candidates: [],
});

function background(issues: IssueView[]) {
  const sent: [MessageName, unknown][] = [];
  let open = issues;
  const send = async <K extends MessageName>(name: K, data: Request<K>): Promise<Result<Replies[K]>> => {
    sent.push([name, data]);
    if (name === 'resolveIssue') open = open.filter((i) => i.id !== (data as { issueId: string }).issueId);
    const overview: Overview = { connections, issues: open, running: false };
    return { ok: true, value: name === 'getOverview' ? overview : null } as Result<Replies[K]>;
  };
  return { sent, send };
}

afterEach(cleanup);

describe('type-review card in the popup', () => {
  it('preselects the suggestion with its reasons; Confirm sends it, or the other kind when chosen', async () => {
    const bg = background([review('A', 'Ngaio Pennant', 'person'), review('B', 'Tallowwood', 'org')]);
    const state = createPopupState(bg.send);
    render(<PopupApp state={state} />);
    await state.load();
    const a = await screen.findByRole('article', { name: 'Person or Organization? Ngaio Pennant' });
    expect(within(a).getByRole('radio', { name: 'Person' })).toHaveProperty('checked', true);
    expect(within(a).getByRole('list', { name: 'Reasons' }).textContent).toContain('Not sure enough (55%)');
    expect(a.textContent).toContain('Suggested: Person (55% sure)');
    fireEvent.click(within(a).getByRole('radio', { name: 'Organization' }));
    fireEvent.click(within(a).getByRole('button', { name: 'Confirm' }));
    await waitFor(() =>
      expect(bg.sent).toContainEqual([
        'resolveIssue',
        { issueId: 'match:xero:A', resolution: { action: 'create-new', kind: 'org' } },
      ]),
    );
    const b = await screen.findByRole('article', { name: 'Person or Organization? Tallowwood' });
    fireEvent.click(within(b).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(screen.getByText('Nothing needs your review.')).toBeTruthy());
    expect(bg.sent).toContainEqual([
      'resolveIssue',
      { issueId: 'match:xero:B', resolution: { action: 'create-new', kind: 'org' } },
    ]);
  });

  it('selected with other cards, a review takes its suggestion; the filter shows reviews alone', async () => {
    const bg = background([review('A', 'Ngaio Pennant', 'person'), review('B', 'Tallowwood', 'org')]);
    const state = createPopupState(bg.send);
    render(<PopupApp state={state} />);
    await state.load();
    fireEvent.change(await screen.findByRole('combobox', { name: 'Show' }), { target: { value: 'type' } });
    expect(screen.getAllByRole('article')).toHaveLength(2);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select: Ngaio Pennant' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select: Tallowwood' }));
    fireEvent.click(screen.getByRole('button', { name: 'Confirm selected (2)' }));
    await waitFor(() => expect(screen.getByText('Nothing needs your review.')).toBeTruthy());
    expect(bg.sent.filter(([name]) => name === 'resolveIssue').map(([, data]) => data)).toEqual([
      { issueId: 'match:xero:A', resolution: { action: 'create-new', kind: 'person' } },
      { issueId: 'match:xero:B', resolution: { action: 'create-new', kind: 'org' } },
    ]);
  });

  it('confirms every suggestion in bulk', async () => {
    const bg = background([review('A', 'Ngaio Pennant', 'person'), review('B', 'Tallowwood', 'org')]);
    const state = createPopupState(bg.send);
    render(<PopupApp state={state} />);
    await state.load();
    fireEvent.click(await screen.findByRole('button', { name: 'Confirm all 2 suggestions' }));
    await waitFor(() => expect(screen.getByText('Resolved 2.')).toBeTruthy());
    expect(bg.sent.filter(([name]) => name === 'resolveIssue').map(([, data]) => data)).toEqual([
      { issueId: 'match:xero:A', resolution: { action: 'create-new', kind: 'person' } },
      { issueId: 'match:xero:B', resolution: { action: 'create-new', kind: 'org' } },
    ]);
  });
});

describe('ClassificationNote (panel)', () => {
  it('says how a created record got its kind and why', () => {
    render(
      <ClassificationNote
        classification={{ kind: 'org', confidence: 0.96, reasons: ['"telstra" is a well-known organization.'] }}
      />,
    );
    expect(screen.getByText('Created as an Organization (decided automatically, 96% sure)')).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Reasons', hidden: true }).textContent).toContain('telstra');
  });
});
