import { describe, expect, it } from 'vitest';
import {
  currentMarker,
  isStale,
  markerDefinition,
  markerOf,
  scheduledDecision,
  type RunnerMarker,
} from '../../../lib/firm-runner/runner-marker';
import { runnerLine, runnerView } from '../../../lib/firm-runner/runner-view';

const HOUR = 3_600_000;
const anna: RunnerMarker = { browserId: 'b-anna', name: 'Anna', claimedAt: 10 * HOUR, everyMinutes: 60 };

describe('the runner marker', () => {
  it('round-trips through a custom field definition that shows on no contact', () => {
    const definition = markerDefinition({ ...anna, lastRunAt: 11 * HOUR });
    expect(definition).toMatchObject({ IsVisibleToContacts: false, IsVisibleToOrganizations: false });
    expect(definition.Name.length).toBeLessThanOrEqual(100);
    expect(definition.ListOptions[0]!.length).toBeLessThanOrEqual(256);
    expect(markerOf({ Key: 'CF1', ...definition })).toEqual({ ...anna, lastRunAt: 11 * HOUR, key: 'CF1' });
  });

  it.each([
    { Key: 'A', Name: 'Industry Type', Type: 'Text', ListOptions: [] },
    { Key: 'B', Name: 'Xero sync runner: x', ListOptions: ['not json'] },
    { Key: 'C', Name: 'Xero sync runner: x', ListOptions: ['{"v":2}'] },
  ])('ignores any other custom field: $Key', (definition) => {
    expect(markerOf(definition)).toBeUndefined();
  });

  it('keeps a long name within Karbon’s 100 characters', () => {
    expect(markerDefinition({ ...anna, name: 'x'.repeat(60) }).Name).toHaveLength(100);
  });

  it('racing writes resolve to the latest claim, whatever the write order', () => {
    const renewal = { ...anna, lastRunAt: 14 * HOUR };
    const ben = { browserId: 'b-ben', name: 'Ben', claimedAt: 12 * HOUR, everyMinutes: 30 };
    expect(currentMarker([renewal, ben])).toBe(ben);
    expect(currentMarker([ben, renewal])).toBe(ben);
    expect(currentMarker([])).toBeUndefined();
  });

  it.each([
    [undefined, 'b-anna', 'claim'],
    [anna, 'b-anna', 'run'],
    [anna, 'b-ben', 'skip'],
  ] as const)('a fresh lease %#: %s decides %s', (marker, browser, decision) => {
    expect(scheduledDecision(marker, browser, 11 * HOUR)).toBe(decision);
  });

  it('a runner silent for three of its intervals (plus 15 minutes) is taken over', () => {
    const last = { ...anna, lastRunAt: 12 * HOUR };
    expect(isStale(last, 15 * HOUR + 15 * 60_000)).toBe(false);
    expect(isStale(last, 15 * HOUR + 15 * 60_000 + 1)).toBe(true);
    expect(scheduledDecision(last, 'b-ben', 16 * HOUR)).toBe('claim');
    expect(scheduledDecision(last, 'b-anna', 16 * HOUR)).toBe('run');
  });

  it.each([
    [runnerView(undefined, 'b-ben', 0), /No browser runs the firm's scheduled sync yet/],
    [runnerView(anna, 'b-ben', 10 * HOUR), /^Scheduled sync runs from Anna's browser, not run yet\.$/],
    [
      runnerView({ ...anna, lastRunAt: 10 * HOUR }, 'b-anna', 10 * HOUR),
      /^Scheduled sync runs from Anna's browser \(this one\), last run 5 minutes ago\.$/,
    ],
    [runnerView(anna, 'b-ben', 20 * HOUR), /overdue/],
    [{ error: 'Karbon is not connected' }, /unknown: Karbon is not connected/],
  ])('the popup line %#', (view, line) => {
    expect(runnerLine(view, 10 * HOUR + 5 * 60_000)).toMatch(line);
  });
});
