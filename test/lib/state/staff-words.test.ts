import { describe, expect, it } from 'vitest';
import type { IssueView } from '../../../lib/background/issue-views';
import type { RunSummary } from '../../../lib/background/sync-runner';
import { matchWords } from '../../../lib/state/issue-words';
import { onThisPage } from '../../../lib/state/options-state';
import { bulkResolution } from '../../../lib/state/popup-state';
import { progressWords, resultWords } from '../../../lib/state/run-words';

const issue = (over: Partial<IssueView>): IssueView => ({
  id: 'match:xero:X1',
  system: 'xero',
  kind: 'name-only',
  state: 'open',
  remoteId: 'X1',
  karbonKeys: ['K1'],
  createdAt: 1,
  signals: ['name'],
  score: 0.6,
  remote: { name: 'Acme Pty Ltd', email: 'a@acme.test', phone: null, address: null },
  candidates: [{ key: 'K1', name: 'Acme Pty Ltd', email: 'b@acme.test' }],
  ...over,
});

const run = (over: Partial<RunSummary>): RunSummary => ({
  trigger: 'sync-now',
  dryRun: false,
  startedAt: 0,
  finishedAt: 1,
  writes: { karbon: 0, xero: 0, xpm: 0 },
  createdInKarbon: 0,
  createdInXero: 0,
  plannedLinks: 0,
  plannedIssues: 0,
  conflicts: 0,
  ...over,
});

describe('words the popup and panel use', () => {
  it('says what matched and what differs instead of signal names', () => {
    expect(matchWords(issue({}))).toEqual({ matched: 'Same name.', differs: 'Differs: billing email.' });
  });

  it('resolves in bulk only where one choice fits', () => {
    expect(bulkResolution('confirm', issue({}))).toEqual({ action: 'confirm-match', karbonKey: 'K1' });
    const two = issue({ candidates: [issue({}).candidates[0]!, { key: 'K2', name: 'Acme', email: '' }] });
    expect(bulkResolution('confirm', two)).toBeUndefined();
    expect(bulkResolution('confirm', issue({ kind: 'field-conflict' }))).toBeUndefined();
    expect(bulkResolution('ignore', issue({ kind: 'field-conflict' }))).toEqual({ action: 'dismiss' });
  });

  it('states linked, created, updated, flagged and failed; a run error names the service as given', () => {
    const counts = { linked: 3, created: 2, updated: 1, flagged: 4, failed: 0 };
    expect(resultWords(run({ counts }))).toBe('3 linked, 2 created, 1 updated, 4 flagged, 0 failed.');
    expect(resultWords(run({ dryRun: true, counts }))).toBe(
      'would link 3, create 2 in Karbon, flag 4; nothing was written.',
    );
    expect(
      resultWords(run({ error: 'Could not reach Karbon: check the internet connection; sync will retry.' })),
    ).toMatch(/^Could not reach Karbon/);
  });

  it('tells progress in words', () => {
    expect(
      progressWords({ runId: 'r', phase: 'karbon-pull', list: 'karbon:organizations', page: 2, processed: 63 }),
    ).toBe('Reading Karbon organizations: 63 read so far (page 2)…');
    const known = {
      runId: 'r',
      phase: 'karbon-pull',
      list: 'karbon:organizations',
      processed: 63,
      total: 134,
    } as const;
    expect(progressWords(known)).toBe('Reading Karbon organizations: 63 of 134…');
    expect(progressWords({ ...known, remainingMs: 150_000 })).toBe(
      'Reading Karbon organizations: 63 of 134, about 3 minutes left…',
    );
  });

  it('points Options messages at the page itself', () => {
    expect(onThisPage('Xero connection expired: reconnect in Options.')).toBe(
      'Xero connection expired: reconnect below.',
    );
  });
});
