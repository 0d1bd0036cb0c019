// Several browsers of one organisation share Xero's 60 calls a minute and Karbon's 120: each client reads the quota
// the server reports and slows down before a 429, and a 429 another browser caused is waited out, not a failure.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createKarbonClient } from '../../../lib/api/karbon-client';
import { createRateLimiter, KARBON_RATE_POLICY, XERO_RATE_POLICY } from '../../../lib/api/rate-limiter';
import { MAX_ATTEMPTS } from '../../../lib/api/retry-policy';
import { createXeroClient } from '../../../lib/api/xero-client';
import type { Sandbox } from '../../sandbox/server';
import { createFakeClock } from './helpers/fake-clock';
import { createFakeFetch } from './helpers/fake-fetch';
import { openSandbox, sandboxClock } from './helpers/sandbox';

let sb: Sandbox;
beforeAll(async () => {
  sb = await openSandbox();
});
afterAll(() => sb.close());
beforeEach(() => sb.reset({ seed: 'empty' }));

/** One browser's Xero client: its own limiter, the shared organisation. */
function xeroBrowser() {
  const clock = sandboxClock(sb);
  return createXeroClient({
    fetch: (input, init) => fetch(input, init),
    baseUrl: sb.endpoints.xeroAccounting,
    tenantId: sb.credentials.xero.orgTenantId,
    clock,
    getToken: async () => sb.issueTokens().access_token,
    limiter: createRateLimiter(XERO_RATE_POLICY, clock),
  });
}

describe('shared budgets', () => {
  it('the limiter counts calls other browsers made (X-MinLimit-Remaining) against its window', async () => {
    const { clock, sleeps } = createFakeClock();
    const limiter = createRateLimiter({ perWindow: 60, windowMs: 60_000, concurrency: 5 }, clock);
    await limiter.run(async () => undefined);
    // The server says 10 are left: 49 calls came from elsewhere.
    limiter.observeRemaining?.(10);
    expect(limiter.stats().startedInWindow).toBe(50);
    for (let i = 0; i < 10; i++) await limiter.run(async () => undefined);
    expect(sleeps).toEqual([]);
    await limiter.run(async () => undefined);
    expect(sleeps).toHaveLength(1);
    // A report of more room than this client has used itself changes nothing.
    limiter.observeRemaining?.(59);
    expect(limiter.stats().startedInWindow).toBeGreaterThan(0);
  });

  it('a second browser joining a spent minute slows down instead of running into 429s', async () => {
    const first = xeroBrowser();
    // 45 calls fit one browser's own share of the minute (60 less the 12 kept for user actions) with no wait.
    await Promise.all(Array.from({ length: 45 }, (_, i) => first.getContactByNumber(`A-${i}`)));
    const second = xeroBrowser();
    const t0 = sb.clock.now();
    await Promise.all(Array.from({ length: 30 }, (_, i) => second.getContactByNumber(`B-${i}`)));
    const xero = sb.calls().services.xero;
    expect(xero?.total).toBe(75);
    expect(xero?.rateLimited ?? 0).toBe(0);
    // Only 15 calls were left in the minute: the second browser waited for the window instead of hitting 429s.
    expect(sb.clock.now() - t0).toBeGreaterThanOrEqual(55_000);
  });

  it('two browsers at full speed against Karbon: every 429 is waited out and every call succeeds', async () => {
    const browsers = [0, 1].map(() => {
      const clock = sandboxClock(sb);
      return createKarbonClient({
        fetch: (input, init) => fetch(input, init),
        baseUrl: sb.endpoints.karbonApi,
        getCredentials: () => sb.credentials.karbon,
        clock,
        limiter: createRateLimiter(KARBON_RATE_POLICY, clock),
      });
    });
    const reads = browsers.flatMap((k, b) => Array.from({ length: 150 }, (_, i) => k.getContact(`missing-${b}-${i}`)));
    expect((await Promise.all(reads)).every((r) => r === undefined)).toBe(true);
    const karbon = sb.calls().services.karbon;
    expect(karbon?.served429).toBe(karbon?.rateLimited);
    expect(karbon?.total).toBe(300 + (karbon?.rateLimited ?? 0));
  });

  it(`a request refused with 429 more than ${MAX_ATTEMPTS} times is still waited out`, async () => {
    const limited = () => new Response('{}', { status: 429, headers: { 'retry-after': '5' } });
    const ok = new Response(JSON.stringify({ Contacts: [] }), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
    const { fetch: fake, seen } = createFakeFetch(...Array.from({ length: 8 }, limited), ok);
    const { clock } = createFakeClock();
    const xero = createXeroClient({
      fetch: fake,
      baseUrl: 'https://api.xero.test/api.xro/2.0',
      tenantId: 't',
      clock,
      getToken: async () => 'token',
    });
    await expect(xero.getContactByNumber('N-1')).resolves.toBeUndefined();
    expect(seen).toHaveLength(9);
  });
});
