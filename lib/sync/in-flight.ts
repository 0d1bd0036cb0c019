/**
 * Records of one page a run handles at once. Each record waits mostly on the database and the network, so a few in
 * flight overlap those waits; the rate limiters still pace every call, and a user's click keeps its own lane.
 */
export const RECORDS_IN_FLIGHT = 8;

/**
 * Runs `work` on every item, at most `limit` at a time, in order of start. The first error stops new items from
 * starting; it is thrown once the ones already started have settled (none is left half-done in the background).
 */
export async function forEachInFlight<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const lane = async () => {
    while (!failure && next < items.length) {
      const item = items[next++] as T;
      try {
        await work(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
  if (failure) throw failure.error;
}
