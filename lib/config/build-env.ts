/** The sandbox origin baked into a sandbox build (`npm run build:sandbox`); empty in the production build. */
export const SANDBOX_ORIGIN: string = import.meta.env.WXT_SANDBOX_ORIGIN ?? '';

/**
 * How many times faster than the wall clock the worker paces its API calls: 1, except in a sandbox build made for a
 * benchmark (`CLOCK_SPEED=N`) against a sandbox whose clock runs N times faster (test/bench/extension-import.bench.ts).
 */
export const CLOCK_SPEED: number = Number(import.meta.env.WXT_CLOCK_SPEED || 1);

/** The sandbox's demo credentials that Options' "Use sandbox" fills in (sandbox builds only). */
export interface SandboxDemo {
  xeroClientId: string;
  bearer: string;
  accessKey: string;
}

/** Parses the baked-in demo credentials; undefined in the production build. */
export function sandboxDemo(raw: string | undefined = import.meta.env.WXT_SANDBOX_DEMO): SandboxDemo | undefined {
  if (!raw) return undefined;
  const value = JSON.parse(raw) as Partial<SandboxDemo>;
  return value.xeroClientId && value.bearer && value.accessKey
    ? { xeroClientId: value.xeroClientId, bearer: value.bearer, accessKey: value.accessKey }
    : undefined;
}
