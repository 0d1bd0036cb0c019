import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openSandbox, postJson, xeroClient } from '../test-helpers';
import type { Sandbox } from '../server';

let sb: Sandbox;
let api: ReturnType<typeof xeroClient>;
beforeAll(async () => {
  sb = await openSandbox({ limits: false });
  api = xeroClient(sb);
});
beforeEach(() => sb.reset());
afterAll(() => sb.close());

const faults = (body: unknown) => postJson(`${sb.origin}/__sandbox/faults`, body);

describe('injected faults', () => {
  it.each([
    ['429', 429],
    ['500', 500],
    ['503', 503],
  ])('serves a queued %s', async (kind, status) => {
    await faults({ queue: [kind] });
    const res = await api('/Contacts');
    expect(res.status).toBe(status);
    if (status === 429) expect(res.headers.get('retry-after')).toBe('1');
    expect((await api('/Contacts')).status).toBe(200);
    expect(sb.calls().services.xero?.faults[kind]).toBe(1);
    expect(sb.calls().served429).toBe(status === 429 ? 1 : 0);
  });

  it('serves a malformed body that does not parse', async () => {
    await faults({ queue: ['malformed'] });
    const res = await api('/Contacts');
    expect(res.status).toBe(200);
    await expect(res.json()).rejects.toThrow();
  });

  it('drops the connection after the write happened (the client never hears back)', async () => {
    await faults({ queue: ['drop'] });
    await expect(api('/Contacts', { method: 'PUT', json: { Name: 'Ghost Write Ltd' } })).rejects.toThrow();
    expect(sb.state().xero?.contacts).toHaveLength(1);
  });

  it('answers slower than a client timeout', async () => {
    await faults({ queue: ['slow'], slowMs: 400 });
    await expect(api('/Contacts', { signal: AbortSignal.timeout(100) })).rejects.toThrow();
    await faults({ queue: ['slow'], slowMs: 150 });
    const started = Date.now();
    expect((await api('/Contacts')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('draws faults at the given rate, the same sequence for the same seed, only on API services', async () => {
    const run = async () => {
      await faults({ rate: 0.4, seed: 42, kinds: ['500', '503', '429'] });
      const statuses: number[] = [];
      for (let i = 0; i < 40; i++) statuses.push((await api('/Contacts')).status);
      return statuses;
    };
    const first = await run();
    const second = await run();
    expect(second).toEqual(first);
    const failed = first.filter((s) => s !== 200).length;
    expect(failed).toBeGreaterThan(6);
    expect(failed).toBeLessThan(28);
    expect((await fetch(`${sb.origin}/__sandbox/state`)).status).toBe(200);
  });

  it('can be configured in-process too', async () => {
    expect(sb.configureFaults({ queue: ['503'] }).queue).toEqual(['503']);
    expect((await api('/Contacts')).status).toBe(503);
    expect(() => sb.configureFaults({ rate: -1 })).toThrow();
  });

  it('rejects bad fault settings with 400', async () => {
    expect((await faults({ rate: 2 })).status).toBe(400);
    expect((await faults({ kinds: ['explode'] })).status).toBe(400);
  });
});
