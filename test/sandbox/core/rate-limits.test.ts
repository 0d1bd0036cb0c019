import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { KARBON_FIRM } from './credentials';
import { createRateLimiter, XERO_LIMITS } from './rate-limiter';
import { FIXTURES, openSandbox, postJson, xeroClient } from '../test-helpers';
import type { Sandbox } from '../server';

let sb: Sandbox;
beforeAll(async () => {
  sb = await openSandbox();
});
beforeEach(() => sb.reset());
afterAll(() => sb.close());

const karbon = (
  path: string,
  headers: Record<string, string> = { Authorization: `Bearer ${KARBON_FIRM.bearer}`, AccessKey: KARBON_FIRM.accessKey },
) => fetch(`${sb.endpoints.karbonApi}${path}`, { headers });

describe('Xero limits over HTTP', () => {
  it('allows 60 calls a minute per tenant with X-*-Remaining headers, then 429 with Retry-After and X-Rate-Limit-Problem', async () => {
    const api = xeroClient(sb);
    for (let i = 0; i < 60; i++) {
      const res = await api('/Contacts');
      expect(res.status).toBe(200);
      expect(res.headers.get('x-minlimit-remaining')).toBe(String(59 - i));
      expect(res.headers.get('x-daylimit-remaining')).toBe(String(4999 - i));
      expect(res.headers.get('x-appminlimit-remaining')).toBe(String(9999 - i));
    }
    const limited = await api('/Contacts');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('x-rate-limit-problem')).toBe('minute');
    expect(Number(limited.headers.get('retry-after'))).toBe(60);
    expect(limited.headers.get('x-minlimit-remaining')).toBe('0');
    const calls = sb.calls();
    expect(calls.rateLimited).toBe(1);
    expect(calls.served429).toBe(1);
    expect(calls.services.xero?.endpoints['GET Contacts']).toBe(61);
    sb.clock.advance(30_000);
    expect(Number((await api('/Contacts')).headers.get('retry-after'))).toBe(30);
    sb.clock.advance(30_000);
    expect((await api('/Contacts')).status).toBe(200);
  });

  it('allows 5 concurrent calls per tenant; the sixth in flight gets 429 concurrent', async () => {
    const api = xeroClient(sb);
    await postJson(`${sb.origin}/__sandbox/faults`, { queue: ['slow', 'slow', 'slow', 'slow', 'slow'], slowMs: 400 });
    const slow = Array.from({ length: 5 }, () => api('/Contacts'));
    await new Promise((r) => setTimeout(r, 100));
    const sixth = await api('/Contacts');
    expect(sixth.status).toBe(429);
    expect(sixth.headers.get('x-rate-limit-problem')).toBe('concurrent');
    expect((await Promise.all(slow)).map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect((await api('/Contacts')).status).toBe(200);
  });
});

describe('limiter rules', () => {
  it('caps 5,000 calls per rolling day and keeps tenants apart', () => {
    let now = 0;
    const limiter = createRateLimiter(() => now);
    for (let i = 0; i < 5000; i++) {
      const a = limiter.admit('xero-app', 'org', XERO_LIMITS);
      expect(a.ok).toBe(true);
      if (a.ok) a.release();
      now += 1_001;
    }
    const over = limiter.admit('xero-app', 'org', XERO_LIMITS);
    expect(over).toMatchObject({ ok: false, problem: 'day' });
    expect(limiter.admit('xero-app', 'practice', XERO_LIMITS).ok).toBe(true);
    now = 24 * 3_600_000 + 1;
    expect(limiter.admit('xero-app', 'org', XERO_LIMITS).ok).toBe(true);
  });
});

describe('Karbon limits and auth', () => {
  it('allows 120 calls a minute, then 429 with Retry-After and the documented body', async () => {
    for (let i = 0; i < 120; i++) expect((await karbon('/TenantSettings')).status).toBe(200);
    const limited = await karbon('/TenantSettings');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('60');
    expect(await limited.json()).toEqual({
      statusCode: '429',
      message: 'Rate limit is exceeded. Try again in 60 seconds.',
    });
  });

  it('answers a missing AccessKey with the documented 401 body, and a wrong pair with the same shape', async () => {
    const missing = await karbon('/Contacts', { Authorization: `Bearer ${KARBON_FIRM.bearer}` });
    expect(missing.status).toBe(401);
    expect(await missing.json()).toEqual(
      JSON.parse(readFileSync(`${FIXTURES}/karbon/errors/UnauthorizedAccess.json`, 'utf8')),
    );
    const swapped = await karbon('/Contacts', {
      Authorization: `Bearer ${KARBON_FIRM.accessKey}`,
      AccessKey: KARBON_FIRM.bearer,
    });
    expect(swapped.status).toBe(401);
    expect(await swapped.json()).toMatchObject({ error: { statusCode: '401' } });
    expect(sb.calls().services.karbon?.unauthorized).toBe(2);
  });
});
