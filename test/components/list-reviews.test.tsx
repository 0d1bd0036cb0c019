// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ListReviews } from '../../components/list-reviews';
import type { IssueView } from '../../lib/background/issue-views';
import type { MessageName, Replies, Request, Result } from '../../lib/messages';
import { createReviewState } from '../../lib/state/review-state';

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
  confidence: 0.52,
  reasons: [`"${name}" reads as a couple.`],
  candidates: [],
});

function background(issues: IssueView[], failFirst = false) {
  const sent: [MessageName, unknown][] = [];
  let open = issues;
  let fail = failFirst;
  const send = async <K extends MessageName>(name: K, data: Request<K>): Promise<Result<Replies[K]>> => {
    sent.push([name, data]);
    if (fail) {
      fail = false;
      return { ok: false, error: 'The extension is not reachable; reload the page.' };
    }
    if (name === 'resolveIssue') open = open.filter((i) => i.id !== (data as { issueId: string }).issueId);
    return { ok: true, value: name === 'getTypeReviews' ? open : null } as Result<Replies[K]>;
  };
  return { sent, send };
}

afterEach(cleanup);

describe("the contact list's 'Xero contacts to add' card", () => {
  it('confirms each review either way, with the suggestion preselected and its reasons shown', async () => {
    const bg = background([
      review('A', 'Kirsten & Ole Bergqvist', 'person'),
      review('B', 'Hamish & Tui <b>Waretini</b>', 'org'),
    ]);
    const state = createReviewState(bg.send);
    render(<ListReviews state={state} />);
    await state.load();
    const region = await screen.findByRole('region', { name: 'Xero contacts to add' });
    expect(within(region).getByRole('heading', { name: 'Xero contacts to add (2)' })).toBeTruthy();
    const a = within(region).getByRole('article', { name: 'Person or Organization? Kirsten & Ole Bergqvist' });
    expect(within(a).getByRole('radio', { name: 'Person' })).toHaveProperty('checked', true);
    expect(within(a).getByRole('list', { name: 'Reasons' }).textContent).toContain('reads as a couple');
    fireEvent.click(within(a).getByRole('radio', { name: 'Organization' }));
    fireEvent.click(within(a).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(within(region).getByRole('status').textContent).toBe('Created in Karbon.'));

    // A name with markup stays text.
    const b = within(region).getByRole('article', { name: 'Person or Organization? Hamish & Tui <b>Waretini</b>' });
    expect(b.querySelector('b')).toBeNull();
    expect(within(b).getByRole('radio', { name: 'Organization' })).toHaveProperty('checked', true);
    fireEvent.click(within(b).getByRole('radio', { name: 'Person' }));
    fireEvent.click(within(b).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Xero contacts to add' })).toBeNull());
    expect(bg.sent.filter(([name]) => name === 'resolveIssue').map(([, data]) => data)).toEqual([
      { issueId: 'match:xero:A', resolution: { action: 'create-new', kind: 'org' } },
      { issueId: 'match:xero:B', resolution: { action: 'create-new', kind: 'person' } },
    ]);
  });

  it('shows nothing when no review waits, and an error with Retry when the background fails', async () => {
    const empty = createReviewState(background([]).send);
    const { container } = render(<ListReviews state={empty} />);
    await empty.load();
    expect(container.textContent).toBe('');
    cleanup();

    const state = createReviewState(background([review('A', 'Mr & Mrs Featherby', 'person')], true).send);
    render(<ListReviews state={state} />);
    await state.load();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('not reachable');
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('article', { name: 'Person or Organization? Mr & Mrs Featherby' })).toBeTruthy();
  });

  it('shows what a card is doing while its review is resolved', async () => {
    let finish: () => void = () => {};
    const issues = [review('A', 'Dr & Mrs Pennant', 'person')];
    const state = createReviewState(async <K extends MessageName>(name: K): Promise<Result<Replies[K]>> => {
      if (name === 'resolveIssue') await new Promise<void>((resolve) => (finish = resolve));
      return { ok: true, value: name === 'getTypeReviews' ? issues : null } as Result<Replies[K]>;
    });
    render(<ListReviews state={state} />);
    await state.load();
    fireEvent.click(await screen.findByRole('button', { name: 'Confirm' }));
    expect((await screen.findByText('Creating in Karbon…')).getAttribute('aria-live')).toBe('polite');
    expect(screen.queryByRole('button', { name: 'Confirm' })).toBeNull();
    finish();
  });
});
