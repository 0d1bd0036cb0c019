// Fuzzed API bodies (issue 12): the sandbox's real answers, mutated by fast-check (values replaced by any JSON, keys
// dropped, bodies cut short, XML text and tags garbled), fed to the real Xero, Karbon and XPM clients and to a whole
// sync run. Never a crash: a client either parses (bad records set aside with a reason) or throws its ApiError, and a
// run either finishes (each unusable record an issue) or stops with a sentence naming the service; nothing in Karbon
// or Xero is deleted, and once the answers are sound again the next run finishes.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isApiError } from '../../lib/api/api-error';
import type { FetchLike } from '../../lib/api/http-core';
import { createKarbonClient } from '../../lib/api/karbon-client';
import { createXeroClient } from '../../lib/api/xero-client';
import { createXpmClient } from '../../lib/api/xpm-client';
import type { Sandbox } from '../sandbox/server';
import { openSandbox, sandboxClock } from '../lib/api/helpers/sandbox';
import { sandboxEngine } from '../lib/sync/helpers/sandbox-sync';

let sb: Sandbox;
beforeAll(async () => {
  sb = await openSandbox({ port: 0, seed: 'demo' });
});
afterAll(() => sb.close());

/** One mutation of a body: which kind, where, and with what. */
const arbMutation = fc.record({
  kind: fc.constantFrom('replace', 'drop', 'cut', 'garbage', 'swap-type'),
  at: fc.nat(),
  value: fc.jsonValue({ maxDepth: 2 }),
  text: fc.string({ unit: 'binary', maxLength: 40 }),
});
type Mutation = typeof arbMutation extends fc.Arbitrary<infer M> ? M : never;

type Json = Record<string, unknown> | unknown[];

/** Every [container, key] pair in a parsed JSON body (depth-first), so a mutation can pick one by index. */
function slots(node: unknown, out: [Json, string | number][] = []): [Json, string | number][] {
  const entries: [string | number, unknown][] = Array.isArray(node)
    ? node.map((v, i) => [i, v])
    : node && typeof node === 'object'
      ? Object.entries(node)
      : [];
  for (const [key, value] of entries) {
    out.push([node as Json, key]);
    slots(value, out);
  }
  return out;
}

function mutateJson(text: string, m: Mutation): string {
  if (m.kind === 'cut') return text.slice(0, m.at % (text.length + 1));
  if (m.kind === 'garbage') return m.text;
  const body: unknown = JSON.parse(text);
  const all = slots(body);
  const slot = all[m.at % Math.max(1, all.length)];
  if (!slot) return JSON.stringify(m.value);
  const [container, key] = slot;
  const current = (container as Record<string | number, unknown>)[key];
  if (m.kind === 'drop') {
    if (Array.isArray(container)) container.splice(Number(key), 1);
    else delete container[key as string];
  } else {
    const swapped = typeof current === 'string' ? 12345 : typeof current === 'number' ? 'not a number' : m.text;
    (container as Record<string | number, unknown>)[key] = m.kind === 'swap-type' ? swapped : m.value;
  }
  return JSON.stringify(body);
}

function mutateXml(text: string, m: Mutation): string {
  const at = m.at % (text.length + 1);
  if (m.kind === 'cut') return text.slice(0, at);
  if (m.kind === 'garbage') return text.slice(0, at) + m.text + text.slice(at);
  // Replace the text of the n-th element, or drop the n-th closing tag.
  const elements = [...text.matchAll(/>([^<]*)</g)];
  const hit = elements[m.at % Math.max(1, elements.length)];
  if (!hit || hit.index === undefined) return m.text;
  if (m.kind === 'drop') {
    const close = text.indexOf('</', hit.index);
    const end = text.indexOf('>', close);
    return close < 0 || end < 0 ? text : text.slice(0, close) + text.slice(end + 1);
  }
  const replacement = m.kind === 'swap-type' ? '' : typeof m.value === 'string' ? m.value : JSON.stringify(m.value);
  return text.slice(0, hit.index + 1) + replacement + text.slice(hit.index + 1 + (hit[1]?.length ?? 0));
}

/** A fetch that answers requests `matches` picks with the sandbox's real answer, mutated. */
function fuzzing(matches: (url: URL, method: string) => boolean, mutate: (text: string) => string): FetchLike {
  return async (input, init) => {
    const response = await fetch(input, init);
    if (!matches(new URL(input.url), input.method) || !response.ok) return response;
    return new Response(mutate(await response.text()), { status: response.status, headers: response.headers });
  };
}

const isList = (path: string) => (url: URL, method: string) => method === 'GET' && url.pathname.endsWith(path);

/** The property every client call must hold: a result, or the client's own ApiError (never a TypeError or the like). */
async function parsesOrThrowsApiError(call: () => Promise<{ records: unknown[]; rejected: { error: string }[] }>) {
  try {
    const { records, rejected } = await call();
    expect(Array.isArray(records)).toBe(true);
    for (const r of rejected) expect(r.error).toMatch(/skipped: /);
  } catch (error) {
    if (!isApiError(error)) throw error;
    expect(error.message).not.toBe('');
  }
}

const clock = () => sandboxClock(sb);
const token = () => sb.issueTokens(['accounting.contacts', 'practicemanager.client']).access_token;

describe('fuzzed API bodies through the real clients', () => {
  it('Xero Contacts (JSON)', async () => {
    sb.reset({ seed: 'demo' });
    const access = token();
    await fc.assert(
      fc.asyncProperty(arbMutation, async (m) => {
        const xero = createXeroClient({
          fetch: fuzzing(isList('/Contacts'), (t) => mutateJson(t, m)),
          getToken: async () => access,
          baseUrl: sb.endpoints.xeroAccounting,
          tenantId: sb.credentials.xero.orgTenantId,
          clock: clock(),
        });
        await parsesOrThrowsApiError(() => xero.listContacts());
      }),
      { numRuns: 40 },
    );
  });

  it('Karbon Organizations and Contacts (JSON, OData paging)', async () => {
    sb.reset({ seed: 'demo' });
    await fc.assert(
      fc.asyncProperty(arbMutation, fc.boolean(), async (m, people) => {
        const karbon = createKarbonClient({
          fetch: fuzzing(isList(people ? '/v3/Contacts' : '/v3/Organizations'), (t) => mutateJson(t, m)),
          baseUrl: sb.endpoints.karbonApi,
          getCredentials: () => sb.credentials.karbon,
          clock: clock(),
        });
        await parsesOrThrowsApiError(() => (people ? karbon.listContacts() : karbon.listOrganizations()));
      }),
      { numRuns: 40 },
    );
  });

  it('XPM client list (XML)', async () => {
    sb.reset({ seed: 'demo' });
    const access = token();
    await fc.assert(
      fc.asyncProperty(arbMutation, async (m) => {
        const xpm = createXpmClient({
          fetch: fuzzing(isList('/client.api/list'), (t) => mutateXml(t, m)),
          getToken: async () => access,
          baseUrl: sb.endpoints.xpm,
          tenantId: sb.credentials.xero.practiceTenantId,
          clock: clock(),
        });
        await parsesOrThrowsApiError(() => xpm.listClients({ detailed: true }));
      }),
      { numRuns: 40 },
    );
  });
});

const SMALL_FIRM = {
  xero: {
    contacts: [
      {
        Name: 'Acme Pty Ltd',
        EmailAddress: 'accounts@acme.test',
        Phones: [{ PhoneType: 'DEFAULT', PhoneNumber: '1' }],
      },
      { Name: 'Jane Smith', FirstName: 'Jane', LastName: 'Smith', EmailAddress: 'jane@smith.test' },
      { Name: 'Gamma Ltd', EmailAddress: 'g@gamma.test' },
    ],
  },
  karbon: {
    organizations: [
      { FullName: 'Acme Pty Ltd', BusinessCards: [{ IsPrimaryCard: true, EmailAddresses: ['accounts@acme.test'] }] },
      { FullName: 'Gamma Ltd', BusinessCards: [{ IsPrimaryCard: true, EmailAddresses: ['other@gamma.test'] }] },
    ],
    contacts: [{ FirstName: 'Ann', LastName: 'Lee', BusinessCards: [{ IsPrimaryCard: true, EmailAddresses: [] }] }],
  },
};

const keysOf = (state: ReturnType<Sandbox['state']>) => ({
  xero: ((state.xero?.contacts ?? []) as { ContactID: string }[]).map((c) => c.ContactID).sort(),
  karbon: [
    ...((state.karbon?.organizations ?? []) as { OrganizationKey: string }[]).map((o) => o.OrganizationKey),
    ...((state.karbon?.contacts ?? []) as { ContactKey: string }[]).map((p) => p.ContactKey),
  ].sort(),
});

describe('fuzzed API bodies through a sync run', () => {
  it.each([
    ['Xero Contacts', isList('/Contacts')],
    ['Karbon Organizations', isList('/v3/Organizations')],
  ])(
    '%s: the run finishes or stops with a sentence; nothing deleted; sound answers sync again',
    async (_, list) => {
      await fc.assert(
        fc.asyncProperty(arbMutation, async (m) => {
          sb.reset({ seed: 'empty' });
          sb.loadDataset(SMALL_FIRM);
          const before = keysOf(sb.state());
          let fuzz = true;
          const through: FetchLike = async (input, init) =>
            fuzz ? fuzzing(list, (t) => mutateJson(t, m))(input, init) : fetch(input, init);
          const c = sandboxEngine(sb, through);
          const run = await c.engine.runSync({ trigger: 'test' });
          // A service's words ("Xero sent an answer we could not read ..."), never a TypeError's.
          if (run.error) expect(run.error).toMatch(/^(Xero|Karbon|Could not reach)/);
          const issues = await c.db.issues.toArray();
          for (const issue of issues) expect(issue.message ?? issue.kind).not.toMatch(/undefined|\[object Object\]/);
          expect(issues.filter((i) => i.kind === 'sync-error' && i.id.startsWith('error:')).length).toBe(
            run.failedRecords > 0 ? issues.filter((i) => i.id.startsWith('error:')).length : 0,
          );
          const after = keysOf(sb.state());
          for (const key of before.karbon) expect(after.karbon).toContain(key);
          for (const id of before.xero) expect(after.xero).toContain(id);
          fuzz = false;
          const sound = await c.engine.runSync({ trigger: 'test' });
          expect(sound.error).toBeUndefined();
        }),
        { numRuns: 12 },
      );
    },
    120_000,
  );
});
