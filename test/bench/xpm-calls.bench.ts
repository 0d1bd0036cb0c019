import { DEFAULT_XPM_OPTIONS } from '../../lib/sync/adapters/xpm-remote';
import type { RunResult } from '../../lib/sync/engine';
import { buildScaleDataset } from '../sandbox/seed/scale';
import { formatCalls, openSyncScenario, type CallCount, type SyncScenario } from './support/sync-scenario';
import { judge, type BenchEntry, type BenchMetric, type BenchResult } from './types';

const CLIENTS = 2_000;
const QUICK_CLIENTS = 300;
const PUSHES = 30;

/**
 * XPM calls of whole runs against the sandbox (XPM only: Clients only, the default Business Types), under its real
 * limits in virtual time. XPM is the tighter limit (60/minute, 5,000/day per practice), and client.api/list has no
 * paging, so:
 * - `xpm-calls-initial`: importing N clients (60% matching Karbon records, the rest created in Karbon) reads the list
 *   once, never a client on its own: 1 XPM call, whatever N;
 * - `xpm-calls-noop`: a run with nothing changed: 1 XPM read (`list?detailed=true&modifiedsince=`), no write anywhere;
 * - `xpm-calls-push`: 30 linked organizations whose email changed in Karbon: 1 list read + 30 updates (XPM has no
 *   batch update, so one call per changed client is the minimum).
 */
export const xpmCallsBench: BenchEntry = {
  name: 'xpm calls',
  reports: ['xpm-calls-initial', 'xpm-calls-noop', 'xpm-calls-push'],
  async run({ port, log, quick }) {
    const n = quick ? QUICK_CLIENTS : CLIENTS;
    const scale = buildScaleDataset(n);
    const dataset = { xero: { contacts: [] }, karbon: scale.karbon, xpm: scale.xpm };
    const s = await openSyncScenario({
      port,
      dataset,
      time: 'virtual',
      log,
      systems: ['xpm'],
      xpmOptions: DEFAULT_XPM_OPTIONS,
    });
    try {
      let before = s.calls();
      log(`importing ${n} XPM clients`);
      const first = await s.engine.runSync({ trigger: 'test' });
      const results = [
        xpmResult('xpm-calls-initial', s.since(before), 1, first, [
          { label: 'minimum', value: `xpm: 1 list read for ${n} clients (client.api/list has no paging)` },
          { label: 'links / created in Karbon', value: `${await s.db.links.count()} / ${first.created.karbon.length}` },
        ]),
      ];

      // The next run reads the import's own Karbon creates back (newer than the Karbon cursors): a one-off.
      await s.engine.runSync({ trigger: 'test' });
      before = s.calls();
      log('a run with nothing changed');
      const noop = await s.engine.runSync({ trigger: 'test' });
      const quiet = xpmResult('xpm-calls-noop', s.since(before), 1, noop, [
        { label: 'minimum', value: 'xpm: 1 list read (modifiedsince)' },
      ]);
      const wrote = noop.writes.xpm + noop.writes.karbon;
      results.push(wrote === 0 ? quiet : { ...quiet, pass: false, failures: [...quiet.failures, `${wrote} writes`] });

      log(`${PUSHES} organization emails changed in Karbon`);
      await editOrganizationEmails(s, PUSHES);
      // The edits were made a minute before the run (the user's calls are not the sync's budget).
      await s.clock.sleep(61_000);
      before = s.calls();
      const push = await s.engine.runSync({ trigger: 'test' });
      const arrived = ((s.sb.state().xpm?.clients ?? []) as { Email?: string }[]).filter((c) =>
        c.Email?.startsWith('changed.'),
      ).length;
      const pushed = xpmResult('xpm-calls-push', s.since(before), 1 + PUSHES, push, [
        { label: 'minimum', value: `xpm: 1 list read + ${PUSHES} updates (one call per changed client)` },
        { label: 'changed emails now in XPM', value: `${arrived} of ${PUSHES}` },
      ]);
      results.push(
        arrived === PUSHES ? pushed : { ...pushed, pass: false, failures: [...pushed.failures, `${arrived} arrived`] },
      );
      return results;
    } finally {
      await s.close();
    }
  },
};

function xpmResult(name: string, calls: CallCount, target: number, run: RunResult, extra: BenchMetric[]): BenchResult {
  const failures: string[] = [];
  if (calls.served429 > 0) failures.push(`${calls.served429} answers were 429`);
  if (run.error) failures.push(`the run failed: ${run.error}`);
  return judge({
    name,
    value: calls.xpm,
    unit: 'XPM calls',
    target,
    failures,
    details: [
      { label: 'calls', value: `${formatCalls(calls)}; 429s ${calls.served429}` },
      { label: 'writes', value: JSON.stringify(run.writes) },
      { label: 'by endpoint', value: JSON.stringify(calls.endpoints) },
      ...extra,
    ],
  });
}

// A Karbon user changes the first email of `count` linked organizations' primary card (through the API).
async function editOrganizationEmails(s: SyncScenario, count: number): Promise<void> {
  const orgs = (await s.db.links.toArray()).filter((l) => l.kind === 'org' && l.state === 'linked');
  for (const link of orgs.slice(0, count)) {
    const org = await s.karbonUser.getOrganization(link.karbonKey);
    const card = org?.BusinessCards?.find((c) => c.IsPrimaryCard) ?? org?.BusinessCards?.[0];
    if (!card?.BusinessCardKey) throw new Error(`no card on ${link.karbonKey}`);
    await s.karbonUser.updateBusinessCard(card.BusinessCardKey, (body) => ({
      ...body,
      EmailAddresses: [`changed.${link.karbonKey.toLowerCase()}@example.net`, ...(body.EmailAddresses ?? []).slice(1)],
    }));
  }
}
