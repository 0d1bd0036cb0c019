// Scenario: unsure Person/Organization decisions are held as type-review issues and resolved through the popup's
// actions, against the real engine over the sandbox (real HTTP on 127.0.0.1). The cards' clicks are covered by
// test/components/type-review-card.test.tsx.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { issueViews } from '../../../lib/background/issue-views';
import type { ConnectionsSummary } from '../../../lib/connections/connection-types';
import { AppDb } from '../../../lib/db/app-db';
import type { MessageName, Overview, Replies, Request, Result } from '../../../lib/messages';
import { createPopupState } from '../../../lib/state/popup-state';
import { createPorts } from '../../../lib/sync/adapters/create-ports';
import { createSyncEngine } from '../../../lib/sync/engine';
import { buildReport } from '../../../lib/sync/report';
import type { IssueResolution } from '../../../lib/sync';
import { startSandbox, type Sandbox } from '../../sandbox/server';

const COUPLES = ['Mr & Mrs Featherby', 'Kirsten & Ole Bergqvist', 'Dr & Mrs Pennant', 'Hamish & Tui Waretini'];
const DATASET = {
  xero: {
    contacts: [
      ...COUPLES.map((Name, i) => ({ Name, EmailAddress: `couple${i}@home.test` })),
      { Name: 'Harbourside Joinery Pty Ltd', EmailAddress: 'accounts@harbourside.test' },
    ],
  },
  karbon: { organizations: [], contacts: [] },
};
const connections: ConnectionsSummary = {
  xero: { service: 'xero', state: 'connected', name: 'Demo' },
  xpm: { service: 'xpm', state: 'off' },
  karbon: { service: 'karbon', state: 'connected' },
};

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
});

async function setup() {
  sandbox = await startSandbox({ port: 0 });
  const sb = sandbox;
  sb.loadDataset(structuredClone(DATASET));
  const token = sb.issueTokens().access_token;
  const db = new AppDb(`tr-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const engine = createSyncEngine({
    db,
    ...createPorts({
      fetch: (input, init) => fetch(input, init),
      endpoints: sb.endpoints,
      getXeroToken: async () => token,
      xeroTenantId: sb.credentials.xero.orgTenantId,
      getKarbonCredentials: () => sb.credentials.karbon,
    }),
  });
  // The popup's messages answered by the real engine, as the background's handlers do.
  const send = async <K extends MessageName>(name: K, data: Request<K>): Promise<Result<Replies[K]>> => {
    try {
      if (name === 'getOverview') {
        const overview: Overview = {
          connections,
          issues: await issueViews(db, await engine.openIssues()),
          running: false,
        };
        return { ok: true, value: overview } as Result<Replies[K]>;
      }
      if (name === 'resolveIssue') {
        const { issueId, resolution } = data as { issueId: string; resolution: IssueResolution };
        await engine.resolveIssue(issueId, resolution);
        return { ok: true, value: null } as Result<Replies[K]>;
      }
      return { ok: false, error: `unexpected ${name}` };
    } catch (error) {
      return { ok: false, error: String(error) };
    }
  };
  const karbon = () => {
    const state = sb.state().karbon ?? {};
    return {
      orgs: ((state.organizations ?? []) as { FullName: string }[]).map((o) => o.FullName).sort(),
      people: ((state.contacts ?? []) as { FirstName: string; LastName: string }[]).map(
        (p) => `${p.FirstName} / ${p.LastName}`,
      ),
    };
  };
  return { db, engine, send, karbon };
}

describe('type-review issues ("Person or Organization?")', () => {
  it('holds couples for review, creates nothing for them until confirmed (one by one both ways, then in bulk), and a second run neither re-raises nor duplicates', async () => {
    const s = await setup();
    const first = await s.engine.runSync({ trigger: 'test' });
    expect(s.karbon().orgs).toEqual(['Harbourside Joinery Pty Ltd']);
    expect(s.karbon().people).toEqual([]);
    const open = await s.engine.openIssues();
    expect(open.map((i) => i.kind)).toEqual(COUPLES.map(() => 'type-review'));
    expect(open.every((i) => i.suggestedKind === 'org' && (i.reasons ?? []).some((r) => /couple/i.test(r)))).toBe(true);

    // The CLI report lists them with the Xero remoteId.
    const report = await buildReport(s.db, first, { xero: 0, xpm: 0, karbon: 0 });
    const featherby = open.find((i) => i.remote?.name === 'Mr & Mrs Featherby')!;
    expect(report.issues).toContainEqual(
      expect.objectContaining({ kind: 'type-review', remoteId: featherby.remoteId, suggestedKind: 'org' }),
    );

    // A run while they are open refreshes them: same ids, nothing created.
    await s.engine.runSync({ trigger: 'test' });
    expect((await s.engine.openIssues()).map((i) => i.id).sort()).toEqual(open.map((i) => i.id).sort());
    expect(s.karbon().orgs).toHaveLength(1);

    const state = createPopupState(s.send);
    await state.load();
    const issueOf = (name: string) => {
      const overview = state.overview.value;
      return overview.status === 'ready' ? overview.value.issues.find((i) => i.remote?.name === name) : undefined;
    };

    // Confirm with the suggestion (what one click on the card sends).
    const pennant = issueOf('Dr & Mrs Pennant')!;
    await state.resolve(pennant.id, { action: 'create-new', kind: pennant.suggestedKind! });
    expect(s.karbon().orgs).toContain('Dr & Mrs Pennant');

    // The other way: Person chosen, then Confirm.
    await state.resolve(issueOf('Kirsten & Ole Bergqvist')!.id, { action: 'create-new', kind: 'person' });
    expect(s.karbon().people).toEqual(['Kirsten & Ole / Bergqvist']);

    // In bulk: the two left, each with its suggestion.
    const overview = state.overview.value;
    const left = overview.status === 'ready' ? overview.value.issues : [];
    expect(left).toHaveLength(2);
    await state.resolveAll(
      left.map((i) => ({ issueId: i.id, resolution: { action: 'create-new', kind: i.suggestedKind! } })),
    );
    expect(state.notice.value).toEqual({ tone: 'ok', text: 'Resolved 2.' });
    expect(s.karbon().orgs).toEqual(
      ['Dr & Mrs Pennant', 'Hamish & Tui Waretini', 'Harbourside Joinery Pty Ltd', 'Mr & Mrs Featherby'].sort(),
    );
    const links = await s.db.links.toArray();
    expect(links.find((l) => l.karbonType === 'contact')?.classification?.confirmedByUser).toBe(true);

    // A second run: nothing re-raised, nothing created twice.
    const again = await s.engine.runSync({ trigger: 'test' });
    expect(await s.engine.openIssues()).toEqual([]);
    expect(again.created.karbon).toEqual([]);
    expect(s.karbon().orgs).toHaveLength(4);
    expect(s.karbon().people).toHaveLength(1);
    expect(await s.db.issues.count()).toBe(COUPLES.length);
  }, 60_000);
});
