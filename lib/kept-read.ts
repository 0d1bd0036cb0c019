/**
 * A read kept in memory until `forget()`: every caller shares the one read in flight or done, and a failed read is not
 * kept (the next caller reads again). For values read on every request that only change through known writes.
 */
export function keptRead<T>(read: () => Promise<T>) {
  let held: Promise<T> | undefined;
  return {
    get(): Promise<T> {
      held ??= read().catch((error: unknown) => {
        held = undefined;
        throw error;
      });
      return held;
    },
    forget(): void {
      held = undefined;
    },
  };
}
