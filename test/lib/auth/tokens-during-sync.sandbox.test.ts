// Xero tokens under a real sync (issue 12): the background's wiring (Xero session with its token store, ports, engine,
// sync runner) against the sandbox's OAuth server over real HTTP. Five concurrent callers share one refresh, a token
// that expires mid-run is refreshed and the run goes on, and a revoked refresh token stops the run cleanly: the UI
// says to reconnect Xero, nothing is left half-written, and after reconnecting the next run ends where a fault-free
// run would.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FetchLike } from '../../../lib/api/http-core';
import { createMemorySecretStore } from '../../../lib/auth/secret-store';
import { createXeroSession } from '../../../lib/auth/xero-session';
import { XERO_CONNECTION_KEY } from '../../../lib/auth/xero-token-store';
import { describeXeroHealth } from '../../../lib/background/describe-health';
import type { Services } from '../../../lib/background/services';
import { createSyncRunner } from '../../../lib/background/sync-runner';
import { defaultSettings } from '../../../lib/settings/settings';
import { createSettingsStore } from '../../../lib/settings/settings-store';
import type { RunResult } from '../../../lib/sync';
import type { Sandbox } from '../../sandbox/server';
import { endState, type EndState } from '../../reliability/end-state';
import { sandboxEngine, sandboxTime } from '../sync/helpers/sandbox-sync';
import { consentAs, openSandbox, revokeRefreshToken } from '../api/helpers/sandbox';

const MIN = 60_000;
let sb: Sandbox;
/** Where the edits scenario ends without any token trouble. */
let expected: EndState;

beforeAll(async () => {
  sb = await openSandbox({ port: 0 });
  const c = await connected();
  await editsScenario(c);
  expected = await endState(sb, c.db);
});
afterAll(() => sb.close());

const isTokenCall = (request: Request) => new URL(request.url).pathname.endsWith('/connect/token');
const isXeroApi = (request: Request) => new URL(request.url).pathname.includes('/api.xro/');

/**
 * The demo firm freshly reset and a Xero session signed in through the consent page, its engine on the session's
 * token store; `hook` runs before every request the engine or the token store sends.
 */
async function connected(hook: (request: Request) => Promise<void> | void = () => undefined) {
  sb.reset({ seed: 'demo', identity: true });
  sb.configureFaults({ rate: 0 });
  const sent = { token: 0, xeroAuthorizations: [] as string[] };
  const through: FetchLike = async (input, init) => {
    await hook(input);
    if (isTokenCall(input)) sent.token++;
    if (isXeroApi(input)) sent.xeroAuthorizations.push(input.headers.get('authorization') ?? '');
    return fetch(input, init);
  };
  const secrets = createMemorySecretStore();
  const session = createXeroSession({
    fetch: through,
    endpoints: sb.endpoints,
    clientId: sb.credentials.xero.clientId,
    secrets,
    clock: sandboxTime(sb),
  });
  await session.signIn(consentAs(sb, 'allow'), { xpm: false });
  const engine = sandboxEngine(sb, through, { getXeroToken: (o) => session.tokens.getAccessToken(o) });
  const refreshToken = async () =>
    ((await secrets.get(XERO_CONNECTION_KEY)) as { tokens: { refreshToken: string } }).tokens.refreshToken;
  const storeExpiry = async (expiresAt: number) => {
    const record = (await secrets.get(XERO_CONNECTION_KEY)) as { tokens: object };
    await secrets.set(XERO_CONNECTION_KEY, { ...record, tokens: { ...record.tokens, expiresAt } });
  };
  sent.token = 0;
  return { ...engine, session, sent, refreshToken, storeExpiry };
}

const isKarbonWrite = (request: Request) =>
  request.method !== 'GET' && new URL(request.url).pathname.includes('/karbon-api/');

/**
 * A first sync of the demo firm, then other users' edits on both sides (three Karbon organizations get a new email,
 * bound for Xero; three Xero contacts a new phone, bound for Karbon), then a second sync; `armed` is called right
 * before the second sync, whose Xero update batch goes out after its Karbon writes.
 */
async function editsScenario<R = RunResult>(
  c: Awaited<ReturnType<typeof connected>>,
  armed: () => Promise<void> | void = () => undefined,
  second: () => Promise<R> = () => c.engine.runSync({ trigger: 'test' }) as Promise<R>,
): Promise<R> {
  const first = await c.engine.runSync({ trigger: 'test' });
  if (first.error) throw new Error(first.error);
  const orgs = (await c.db.links.filter((l) => l.kind === 'org').toArray()).sort((a, b) =>
    a.remoteId.localeCompare(b.remoteId),
  );
  for (const [i, link] of orgs.slice(0, 3).entries()) {
    const card = (await c.karbonUser.getOrganization(link.karbonKey))?.BusinessCards?.[0]?.BusinessCardKey ?? '';
    await c.karbonUser.updateBusinessCard(card, (b) => ({ ...b, EmailAddresses: [`billing${i}@edited.test`] }));
  }
  for (const [i, link] of orgs.slice(3, 6).entries()) {
    const contact = await c.xeroUser.getContact(link.remoteId);
    await c.xeroUser.updateContacts([
      {
        ContactID: link.remoteId,
        Name: contact?.Name ?? '',
        Phones: [{ PhoneType: 'DEFAULT', PhoneNumber: `555 010${i}` }] as never,
      },
    ]);
  }
  await armed();
  return second();
}

describe('Xero tokens during a sync', () => {
  it('5 concurrent callers during a refresh share one refresh, and all 5 succeed', async () => {
    let slowToken = false;
    const c = await connected(async (request) => {
      // The token endpoint answers slowly, so all five callers arrive while the refresh is in flight.
      if (slowToken && isTokenCall(request)) await new Promise((resolve) => setTimeout(resolve, 150));
    });
    expect((await c.engine.runSync({ trigger: 'test' })).error).toBeUndefined();
    const keys = (await c.db.links.limit(5).toArray()).map((l) => l.karbonKey);
    expect(keys).toHaveLength(5);
    const before = await c.refreshToken();
    sb.clock.advance(31 * MIN);
    slowToken = true;
    c.sent.token = 0;
    c.sent.xeroAuthorizations.length = 0;
    const statuses = await Promise.all(keys.map((key) => c.engine.refreshContact(key)));
    expect(statuses.map((s) => s.remote?.name)).toEqual(statuses.map((s) => s.karbon?.name));
    expect(statuses.every((s) => s.link?.state === 'linked')).toBe(true);
    expect(c.sent.token).toBe(1);
    // Every Xero call carried the one new token, and the sandbox never had to refuse one.
    expect(new Set(c.sent.xeroAuthorizations).size).toBe(1);
    expect(sb.calls().services.xero?.unauthorized ?? 0).toBe(0);
    expect(await c.refreshToken()).not.toBe(before);
    expect((await c.session.tokens.health()).state).toBe('connected');
  });

  it.each([
    ['the store sees the expiry and refreshes first', false],
    ['only Xero knows (401), one forced refresh', true],
  ])('an access token that expires mid-run is refreshed and the run goes on: %s', async (_, serverOnly) => {
    let armed = false;
    const c = await connected((request) => {
      // Half an hour passes during the second run's Karbon writes, before its Xero update batch.
      if (armed && isKarbonWrite(request)) {
        armed = false;
        sb.clock.advance(31 * MIN);
      }
    });
    let unauthorized = 0;
    const run = await editsScenario(c, async () => {
      // A clock that runs behind Xero's keeps the old token until Xero answers 401: the stored expiry says fresh.
      if (serverOnly) await c.storeExpiry(Number.MAX_SAFE_INTEGER);
      armed = true;
      c.sent.token = 0;
      unauthorized = sb.calls().services.xero?.unauthorized ?? 0;
    });
    expect(armed).toBe(false);
    expect(run.error).toBeUndefined();
    expect(run.failedRecords).toBe(0);
    expect(run.writes.xero).toBe(1);
    expect(c.sent.token).toBe(1);
    expect((sb.calls().services.xero?.unauthorized ?? 0) - unauthorized).toBe(serverOnly ? 1 : 0);
    expect(await endState(sb, c.db)).toEqual(expected);
    expect((await c.engine.runSync({ trigger: 'test' })).writes).toEqual({ karbon: 0, xero: 0, xpm: 0 });
  });

  it('a revoked refresh token stops the run cleanly: the UI says reconnect Xero, nothing half-written, reconnect resumes', async () => {
    let armed = false;
    const box: { c?: Awaited<ReturnType<typeof connected>> } = {};
    box.c = await connected(async (request) => {
      const c = box.c;
      // The user disconnects the app in Xero during the second run's Karbon writes; half an hour later the access
      // token expires and the refresh is refused.
      if (armed && c && isKarbonWrite(request)) {
        armed = false;
        await revokeRefreshToken(sb, await c.refreshToken());
        sb.clock.advance(31 * MIN);
      }
    });
    const conn = box.c;
    const items: Record<string, unknown> = {};
    const settings = createSettingsStore(
      { get: async (k) => (k in items ? { [k]: items[k] } : {}), set: async (next) => void Object.assign(items, next) },
      defaultSettings(sb.origin),
    );
    // The popup's view of runs: the background's sync runner over this engine.
    const runner = createSyncRunner({
      db: conn.db,
      services: { engine: async () => conn.engine } as unknown as Services,
      settings,
      setBadge: async () => undefined,
    });
    let xeroWrites = 0;
    const summary = await editsScenario(
      conn,
      () => {
        armed = true;
        xeroWrites = sb.calls().services.xero?.endpoints['POST Contacts'] ?? 0;
      },
      () => runner.run('sync-now'),
    );
    expect(armed).toBe(false);
    expect(summary.error).toBe('Xero connection expired: reconnect in Options.');
    expect((await runner.lastRun())?.error).toBe(summary.error);
    const health = await conn.session.tokens.health();
    expect(health.state).toBe('reconnect-needed');
    expect(describeXeroHealth(health, sb.clock.now()).xero).toMatchObject({
      state: 'reconnect-needed',
      detail: expect.stringMatching(/^Xero connection expired: reconnect in Options\./) as unknown,
    });
    // Nothing went to Xero half-way, and nothing asks the token endpoint again until the user reconnects.
    expect(sb.calls().services.xero?.endpoints['POST Contacts'] ?? 0).toBe(xeroWrites);
    const tokenCalls = conn.sent.token;
    expect((await runner.run('sync-now')).error).toBe(summary.error);
    expect(conn.sent.token).toBe(tokenCalls);
    // The Karbon edits wait as pending (their pairs' base unmoved), the Xero edits reached Karbon and their base moved.
    const dirty = await conn.db.snapshots.where('dirty').equals(1).count();
    expect(dirty).toBe(3);

    // Reconnecting (the consent page again) lets the next run finish exactly where an untroubled run ends.
    await conn.session.signIn(consentAs(sb, 'allow'), { xpm: false });
    const resumed = await runner.run('sync-now');
    expect(resumed.error).toBeUndefined();
    expect(resumed.writes.xero).toBe(1);
    expect(await endState(sb, conn.db)).toEqual(expected);
    expect(await conn.db.outbox.where('state').equals('pending').count()).toBe(0);
  });

  it('a connection removed mid-run (the token still valid, the tenant gone) stops the run, not one issue per record', async () => {
    let armed = false;
    const box: { c?: Awaited<ReturnType<typeof connected>> } = {};
    box.c = await connected(async (request) => {
      const c = box.c;
      if (armed && c && isKarbonWrite(request)) {
        armed = false;
        await revokeRefreshToken(sb, await c.refreshToken());
      }
    });
    const c = box.c;
    const run = await editsScenario(c, () => {
      armed = true;
    });
    expect(run.error).toMatch(/^Xero denied access/);
    expect(run.failedRecords).toBe(0);
    expect(await c.db.issues.filter((i) => i.kind === 'sync-error').count()).toBe(0);
  });
});
