import { describe, expect, it } from 'vitest';
import { emptyStats } from '../../../lib/sync/context';
import { estimateRun } from '../../../lib/sync/estimate';
import { createPace } from '../../../lib/sync/pace';

describe('the Preview estimate and the time left', () => {
  it('adds the list pages, detail reads and writes, and times them at the bulk share of each limit', () => {
    const stats = emptyStats('r', true);
    stats.reads = { karbonPages: 100, karbonDetails: 3000, xeroPages: 10 };
    stats.writes = { karbon: 3749, xero: 0, xpm: 0 };
    const estimate = estimateRun(stats);
    expect(estimate.calls).toEqual({ karbon: 6849, xero: 10 });
    // Karbon keeps 24 of 120 calls per 61 s window for user actions: 96 per 61 s for the run.
    expect(estimate.minutes).toBeCloseTo((6849 / 96) * (61 / 60), 0);
  });

  it('says nothing about time left until the total is known, then extrapolates the pace so far', () => {
    let t = 0;
    const pace = createPace(() => t);
    expect(pace.after(0, undefined)).toEqual({});
    expect(pace.after(0, 10_000)).toEqual({ total: 10_000 });
    t = 60_000;
    expect(pace.after(1000, 10_000)).toEqual({ total: 10_000, remainingMs: 540_000 });
    t = 600_000;
    expect(pace.after(10_000, 10_000)).toEqual({ total: 10_000, remainingMs: 0 });
  });
});
