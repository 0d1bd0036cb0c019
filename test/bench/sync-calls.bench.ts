import type { RunResult } from '../../lib/sync/engine';
import { buildScaleDataset } from '../sandbox/seed/scale';
import { initialImportMinimum, KARBON_PAGE, XERO_PAGE, type CallMinimum } from './support/call-minimum';
import { formatCalls, openSyncScenario, type CallCount, type SyncScenario } from './support/sync-scenario';
import { judge, type BenchEntry, type BenchMetric, type BenchResult } from './types';

const FIRM = 10_000;
const PUSHES = 120;

/**
 * API calls of whole runs against the sandbox, counted by the sandbox, under its real limits in virtual time (the
 * clients' waits move the sandbox clock, so the first import's hour of Karbon calls takes minutes; a client that
 * outpaced a limit would get 429s, which fail the entry):
 * - `calls-initial-10k`: the first real sync of 10,000 Xero x 10,000 Karbon contacts (minimum: see call-minimum.ts);
 * - `calls-noop`: a run with nothing changed since the last one: one read per watched list (Xero Contacts, Karbon
 *   Contacts, Karbon Organizations; XPM is not connected here). The run right after the import is not that run: the
 *   records it created are newer than the Karbon cursors, so it pages through them once (shown under the entry);
 * - `calls-push-120`: 120 linked people whose email changed in Karbon: the Karbon list pages down to the cursor (2 of
 *   people, 1 of organizations), one Xero list read, and ceil(120 / 50) = 3 Xero writes; no Karbon detail (the list
 *   rows carry the changed email, and the rest is unchanged).
 */
export const syncCallsBench: BenchEntry = {
  name: 'sync calls',
  reports: ['calls-initial-10k', 'calls-noop', 'calls-push-120'],
  async run({ port, log }) {
    log(`building the ${FIRM} x ${FIRM} firm`);
    const dataset = buildScaleDataset(FIRM);
    const minimum = initialImportMinimum(dataset);
    const s = await openSyncScenario({ port, dataset, time: 'virtual', log });
    try {
      const results: BenchResult[] = [];
      let before = s.calls();
      let started = Date.now();
      let simStart = s.clock.now();
      log('first real sync');
      const first = await s.engine.runSync({ trigger: 'test' });
      results.push(
        callsResult('calls-initial-10k', s.since(before), minimum, first, [
          { label: 'wall time (virtual sandbox time)', value: `${secs(started)} s (${minutes(s, simStart)} min)` },
          { label: 'links / created in Karbon', value: `${await s.db.links.count()} / ${first.created.karbon.length}` },
        ]),
      );

      // The next run reads the import's own creates back (they are newer than the Karbon cursors): a one-off.
      before = s.calls();
      log("second run: the import's own creates come back");
      const echo = await s.engine.runSync({ trigger: 'test' });
      const echoCalls = s.since(before);
      before = s.calls();
      started = Date.now();
      log('third run, nothing changed');
      const noop = await s.engine.runSync({ trigger: 'test' });
      results.push(
        callsResult('calls-noop', s.since(before), { xero: 1, karbon: 2, xpm: 0, parts: NOOP_PARTS }, noop, [
          { label: 'wall time', value: `${secs(started)} s` },
          {
            label: "the run before (reading back the import's creates, newer than the cursors)",
            value: `${formatCalls(echoCalls)}; writes ${JSON.stringify(echo.writes)}`,
          },
        ]),
      );

      log(`${PUSHES} emails changed in Karbon`);
      await editPeopleEmails(s, PUSHES);
      before = s.calls();
      started = Date.now();
      simStart = s.clock.now();
      const push = await s.engine.runSync({ trigger: 'test' });
      const pushMinimum: CallMinimum = {
        xero: 1 + Math.ceil(PUSHES / 50),
        karbon: Math.ceil(PUSHES / KARBON_PAGE) + 1,
        xpm: 0,
        parts: [
          `xero: 1 list read + ${Math.ceil(PUSHES / 50)} batched writes (50 per request)`,
          `karbon: ${Math.ceil(PUSHES / KARBON_PAGE)} people list pages down to the cursor + 1 organizations page`,
        ],
      };
      const pushCalls = s.since(before);
      const arrived = ((s.sb.state().xero?.contacts ?? []) as { EmailAddress?: string }[]).filter((c) =>
        c.EmailAddress?.startsWith('changed.'),
      ).length;
      const result = callsResult('calls-push-120', pushCalls, pushMinimum, push, [
        { label: 'wall time', value: `${secs(started)} s` },
        { label: 'changed emails now in Xero', value: `${arrived} of ${PUSHES}` },
      ]);
      results.push(
        arrived === PUSHES ? result : { ...result, pass: false, failures: [...result.failures, `${arrived} arrived`] },
      );
      return results;
    } finally {
      await s.close();
    }
  },
};

const NOOP_PARTS = [`xero: 1 list read (If-Modified-Since, pages of ${XERO_PAGE})`, 'karbon: 1 read per list (2)'];

const secs = (since: number) => ((Date.now() - since) / 1000).toFixed(1);
const minutes = (s: SyncScenario, since: number) => ((s.clock.now() - since) / 60_000).toFixed(1);

function callsResult(
  name: string,
  calls: CallCount,
  minimum: CallMinimum,
  run: RunResult,
  extra: BenchMetric[],
): BenchResult {
  const failures: string[] = [];
  for (const system of ['xero', 'karbon', 'xpm'] as const) {
    if (calls[system] > minimum[system]) {
      failures.push(`${system}: ${calls[system]} calls, ${calls[system] - minimum[system]} over the minimum`);
    }
  }
  if (calls.served429 > 0) failures.push(`${calls.served429} answers were 429`);
  if (run.error) failures.push(`the run failed: ${run.error}`);
  return judge({
    name,
    value: calls.xero + calls.karbon + calls.xpm,
    unit: 'calls',
    target: minimum.xero + minimum.karbon + minimum.xpm,
    failures,
    details: [
      { label: 'calls', value: `${formatCalls(calls)}; 429s ${calls.served429}` },
      { label: 'minimum', value: formatCalls(minimum) },
      ...minimum.parts.map((part) => ({ label: 'minimum', value: part })),
      { label: 'by endpoint', value: JSON.stringify(calls.endpoints) },
      ...extra,
    ],
  });
}

// A Karbon user edits the first email of `count` linked people's primary card (through the API, like the web app).
async function editPeopleEmails(s: SyncScenario, count: number): Promise<void> {
  const people = (await s.db.links.toArray()).filter((l) => l.kind === 'person' && l.state === 'linked');
  for (const link of people.slice(0, count)) {
    const person = await s.karbonUser.getContact(link.karbonKey);
    const card = person?.BusinessCards?.find((c) => c.IsPrimaryCard) ?? person?.BusinessCards?.[0];
    if (!card?.BusinessCardKey) throw new Error(`no card on ${link.karbonKey}`);
    await s.karbonUser.updateBusinessCard(card.BusinessCardKey, (body) => ({
      ...body,
      EmailAddresses: [`changed.${link.karbonKey.toLowerCase()}@example.net`, ...(body.EmailAddresses ?? []).slice(1)],
    }));
  }
}
