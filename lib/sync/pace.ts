/**
 * Progress of a long phase with the time left at the pace so far: on a large import the rate limits set that pace,
 * so the figure holds steady after the first pages (what the popup shows as "about N minutes left").
 */
export function createPace(now: () => number) {
  const startedAt = now();
  return {
    /** `total` and `remainingMs` once `processed` of `total` records are done (nothing while the total is unknown). */
    after(processed: number, total: number | undefined): { total?: number; remainingMs?: number } {
      if (total === undefined || total <= 0) return {};
      const elapsed = now() - startedAt;
      if (processed <= 0 || elapsed <= 0) return { total };
      return { total, remainingMs: Math.round((elapsed / processed) * Math.max(0, total - processed)) };
    },
  };
}
