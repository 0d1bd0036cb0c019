// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupApp } from '../../components/popup-app';
import type { IssueView } from '../../lib/background/issue-views';
import type { RunSummary } from '../../lib/background/sync-runner';
import type { ConnectionsSummary } from '../../lib/connections/connection-types';
import type { MessageName, Overview, Replies, Request, Result } from '../../lib/messages';
import { createPopupState } from '../../lib/state/popup-state';

const connections: ConnectionsSummary = {
  xero: { service: 'xero', state: 'connected', name: 'Demo Company (AU)' },
  xpm: { service: 'xpm', state: 'off' },
  karbon: { service: 'karbon', state: 'connected' },
};

const nameOnly: IssueView = {
  id: 'match:xero:X1',
  system: 'xero',
  kind: 'name-only',
  state: 'open',
  remoteId: 'X1',
  karbonKeys: ['K1'],
  createdAt: 0,
  signals: ['name'],
  score: 0.5,
  remote: { name: 'Grace Singh', email: 'grace@xero.example', phone: null, address: null },
  candidates: [{ key: 'K1', name: 'Grace Singh', email: 'grace@karbon.example' }],
};

const run: RunSummary = {
  trigger: 'sync-now',
  dryRun: false,
  startedAt: Date.now() - 1000,
  finishedAt: Date.now(),
  writes: { karbon: 3, xero: 1, xpm: 0 },
  createdInKarbon: 2,
  createdInXero: 0,
  plannedLinks: 0,
  plannedIssues: 0,
  conflicts: 0,
};

/** A background holding an overview; actions change it the way the real one would. */
function fakeBackground() {
  let overview: Overview = { connections, issues: [nameOnly], running: false };
  const sent: [MessageName, unknown][] = [];
  const send = async <K extends MessageName>(name: K, data: Request<K>): Promise<Result<Replies[K]>> => {
    sent.push([name, data]);
    if (name === 'syncNow') overview = { ...overview, lastRun: run };
    if (name === 'resolveIssue') overview = { ...overview, issues: [] };
    const value = name === 'syncNow' ? run : name === 'getOverview' ? overview : null;
    return { ok: true, value } as Result<Replies[K]>;
  };
  return { sent, send };
}

afterEach(cleanup);

describe('PopupApp', () => {
  it('lists open issues with both sides and resolves one', async () => {
    const background = fakeBackground();
    const state = createPopupState(background.send);
    render(<PopupApp state={state} />);
    await state.load();

    const issue = await screen.findByRole('article', { name: 'Match issue: only the name matches' });
    expect(issue.textContent).toContain('Grace Singh · grace@xero.example');
    expect(issue.textContent).toContain('Grace Singh · grace@karbon.example');
    expect(issue.textContent).toContain('score 50%');
    fireEvent.click(screen.getByRole('button', { name: 'Confirm Match' }));
    await waitFor(() => expect(screen.getByText('Nothing needs your review.')).toBeTruthy());
    expect(background.sent).toContainEqual([
      'resolveIssue',
      { issueId: 'match:xero:X1', resolution: { action: 'confirm-match', karbonKey: 'K1' } },
    ]);
  });

  it('runs Sync now and reports what it did; Preview asks for a dry run', async () => {
    const background = fakeBackground();
    const state = createPopupState(background.send);
    render(<PopupApp state={state} />);
    await state.load();
    fireEvent.click(screen.getByRole('button', { name: 'Sync now' }));
    await waitFor(() => expect(screen.getByLabelText('Last sync').textContent).toContain('2 created'));
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    await waitFor(() => expect(background.sent).toContainEqual(['syncNow', { dryRun: true }]));
    expect(background.sent).toContainEqual(['syncNow', {}]);
  });

  it('while a sync runs, polls its progress only and reads the whole overview again once it is over', async () => {
    let finish: (summary: RunSummary) => void = () => {};
    const sent: MessageName[] = [];
    const state = createPopupState(async <K extends MessageName>(name: K): Promise<Result<Replies[K]>> => {
      sent.push(name);
      if (name === 'syncNow')
        return { ok: true, value: await new Promise<RunSummary>((done) => (finish = done)) } as Result<Replies[K]>;
      if (name === 'getProgress') {
        const progress = { runId: 'r1', phase: 'xero-pull', page: 1, processed: 120, total: 1000 } as const;
        return { ok: true, value: { running: true, progress } } as Result<Replies[K]>;
      }
      const overview: Overview = { connections, issues: [], running: false, firstSyncDone: true, lastRun };
      return { ok: true, value: overview } as Result<Replies[K]>;
    });
    let lastRun: RunSummary | undefined = undefined;
    render(<PopupApp state={state} />);
    await state.load();
    fireEvent.click(screen.getByRole('button', { name: 'Sync now' }));
    await waitFor(() => expect(screen.getByLabelText('Sync progress').textContent).toContain('120'), {
      timeout: 3_000,
    });
    expect(sent.filter((n) => n === 'getOverview')).toHaveLength(1);
    lastRun = run;
    finish(run);
    await waitFor(() => expect(screen.getByLabelText('Last sync').textContent).toContain('2 created'));
    expect(sent.filter((n) => n === 'getOverview')).toHaveLength(2);
  });

  it('shows a failed sync as an alert', async () => {
    const state = createPopupState(async <K extends MessageName>(name: K) => {
      if (name === 'syncNow')
        return { ok: false, error: 'Xero connection expired: reconnect in Options.' } as Result<Replies[K]>;
      const overview: Overview = { connections, issues: [], running: false };
      return { ok: true, value: overview } as Result<Replies[K]>;
    });
    render(<PopupApp state={state} />);
    await state.load();
    fireEvent.click(screen.getByRole('button', { name: 'Sync now' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Xero connection expired: reconnect in Options.');
  });
});
