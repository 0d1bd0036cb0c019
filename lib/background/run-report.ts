import type { AppDb } from '../db/app-db';
import type { IssueKind } from '../db/rows';
import type { RunResult } from '../sync';

/** How many entries of each Preview list are kept with the run (the popup says how many more there are). */
export const PLAN_LIST_LIMIT = 100;

/** What a run did, in the words of the popup's result line. */
export interface RunCounts {
  linked: number;
  created: number;
  updated: number;
  flagged: number;
  failed: number;
}

/** A Preview's lists: what the real run would link, create (with the classifier's reasons) and flag. */
export interface RunPlan {
  links: { xeroName: string; karbonName: string }[];
  creates: { name: string; type: 'contact' | 'organization'; why: string }[];
  flags: { name: string; kind: IssueKind; candidates: string[] }[];
  /** Entries left out of each list beyond PLAN_LIST_LIMIT. */
  more: { links: number; creates: number; flags: number };
}

async function realCounts(db: AppDb, run: RunResult): Promise<RunCounts> {
  const entries = await db.activity.where('runId').equals(run.runId).toArray();
  const raised = await db.issues
    .where('state')
    .equals('open')
    .filter((i) => i.createdAt >= run.startedAt)
    .toArray();
  return {
    linked: entries.filter((e) => e.action === 'link' && e.cause !== 'created-in-karbon').length,
    created: run.created.karbon.length + run.created.xero.length + run.created.xpm.length,
    updated: new Set(entries.filter((e) => e.action === 'update').map((e) => `${e.system}:${e.recordId}`)).size,
    flagged: raised.filter((i) => i.kind !== 'sync-error').length,
    failed: raised.filter((i) => i.kind === 'sync-error').length,
  };
}

async function plan(db: AppDb, run: RunResult): Promise<RunPlan> {
  const links = run.plannedLinks.filter((l) => l.how !== 'created-in-karbon');
  const shownLinks = links.slice(0, PLAN_LIST_LIMIT);
  const karbon = await db.snapshots.bulkGet(shownLinks.map((l) => `karbon:${l.karbonKey}`));
  const flags = run.plannedIssues.filter((i) => i.kind !== 'sync-error');
  const shownFlags = flags.slice(0, PLAN_LIST_LIMIT);
  const candidateKeys = [...new Set(shownFlags.flatMap((i) => i.karbonKeys))];
  const candidates = await db.snapshots.bulkGet(candidateKeys.map((k) => `karbon:${k}`));
  const candidateName = new Map(candidateKeys.map((k, i) => [k, candidates[i]?.canonical.name || k]));
  const creates = run.created.karbon;
  return {
    links: shownLinks.map((l, i) => ({ xeroName: l.base.name, karbonName: karbon[i]?.canonical.name || l.base.name })),
    creates: creates.slice(0, PLAN_LIST_LIMIT).map((c) => ({
      name: c.name ?? c.fromRemoteId,
      type: c.type,
      why: c.reasons?.length ? c.reasons.join('; ') : `classifier ${Math.round(c.confidence * 100)}% sure`,
    })),
    flags: shownFlags.map((i) => ({
      name: i.remote?.name ?? i.remoteId,
      kind: i.kind,
      candidates: i.karbonKeys.map((k) => candidateName.get(k) ?? k),
    })),
    more: {
      links: links.length - shownLinks.length,
      creates: Math.max(0, creates.length - PLAN_LIST_LIMIT),
      flags: flags.length - shownFlags.length,
    },
  };
}

/** The result line's counts of a run and, for a Preview, its lists. */
export async function runReport(db: AppDb, run: RunResult): Promise<{ counts: RunCounts; plan?: RunPlan }> {
  if (!run.dryRun) return { counts: await realCounts(db, run) };
  const planned = await plan(db, run);
  const counts: RunCounts = {
    linked: planned.links.length + planned.more.links,
    created: run.created.karbon.length,
    updated: 0,
    flagged: planned.flags.length + planned.more.flags,
    failed: run.plannedIssues.length - planned.flags.length - planned.more.flags,
  };
  return { counts, plan: planned };
}
