import { describe, expect, it } from 'vitest';
import { formatDuration, formatEstimate } from '../../../lib/state/format-duration';

describe('durations and estimates as the popup words them', () => {
  it.each([
    [20_000, 'under a minute'],
    [60_000, 'about 1 minute'],
    [25 * 60_000, 'about 25 minutes'],
    [72 * 60_000, 'about 1 h 12 min'],
  ])('%d ms is %s', (ms, text) => expect(formatDuration(ms)).toBe(text));

  it('says the calls and the time before the real sync starts', () => {
    expect(formatEstimate({ calls: { karbon: 6849, xero: 10 }, minutes: 72.6 })).toBe(
      "A real sync makes about 6,849 Karbon and 10 Xero calls: about 1 h 13 min at the services' rate limits. " +
        'It runs in the background and carries on after the browser restarts.',
    );
  });
});
