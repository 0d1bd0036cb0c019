import type { AppDb } from '../db/app-db';
import type { IssueRow, LinkRow } from '../db/rows';
import type { RunResult } from './engine';

/** The `--report` JSON of the CLI (issue 6): state after the run plus this run's work. */
export interface SyncReport {
  dryRun: boolean;
  links: {
    system: 'xero' | 'xpm';
    karbonKey: string;
    karbonType: 'contact' | 'organization';
    remoteId: string;
    how: string;
  }[];
  issues: {
    id: string;
    system: 'xero' | 'xpm';
    kind: string;
    remoteId: string;
    karbonKeys: string[];
    field?: string;
    /** `type-review`: the suggested kind (nothing is created until the issue is resolved), and why. */
    suggestedKind?: 'person' | 'org';
    confidence?: number;
    reasons?: string[];
    /** What the service (or the name check) said, for `sync-error` and `rejected-write` issues. */
    message?: string;
  }[];
  created: {
    karbon: RunResult['created']['karbon'];
    xero: RunResult['created']['xero'];
    xpm: RunResult['created']['xpm'];
  };
  /** Write calls that succeeded (a dry run: the calls it would make). */
  writes: { karbon: number; xero: number; xpm: number };
  /** Write calls that failed or were refused (each attempt once; a refused element of a Xero batch counts one). */
  failedWrites: { karbon: number; xero: number; xpm: number };
  /** Records that still failed after this run's retries (each has a `sync-error` issue). */
  failedRecords: number;
  /** Values refused this run (each is a `rejected-write` issue, not resent until one side changes). */
  refused: number;
  /** True when something did not go through this run (a record failed, or a value was refused). */
  partial: boolean;
  apiCalls: { xero: number; xpm: number; karbon: number };
  error?: string;
}

const linkEntry = (l: LinkRow): SyncReport['links'][number] => ({
  system: l.system,
  karbonKey: l.karbonKey,
  karbonType: l.karbonType,
  remoteId: l.remoteId,
  how: l.how,
});

const issueEntry = (i: IssueRow): SyncReport['issues'][number] => ({
  id: i.id,
  system: i.system,
  kind: i.kind,
  remoteId: i.remoteId,
  karbonKeys: i.karbonKeys,
  ...(i.field ? { field: i.field } : {}),
  ...(i.kind === 'type-review'
    ? { suggestedKind: i.suggestedKind ?? 'org', confidence: i.confidence ?? 0.5, reasons: i.reasons ?? [] }
    : {}),
  ...(i.message ? { message: i.message } : {}),
});

/** Builds the report from the database and the run; a dry run adds what it would have linked and flagged. */
export async function buildReport(db: AppDb, run: RunResult, apiCalls: SyncReport['apiCalls']): Promise<SyncReport> {
  const links = (await db.links.toArray()).filter((l) => l.state === 'linked' || l.state === 'unsynced');
  const issues = await db.issues.where('state').equals('open').toArray();
  const plannedIssues = run.plannedIssues.filter((p) => !issues.some((i) => i.id === p.id));
  return {
    dryRun: run.dryRun,
    links: [...links, ...run.plannedLinks].map(linkEntry),
    issues: [...issues, ...plannedIssues].map(issueEntry),
    created: run.created,
    writes: run.writes,
    failedWrites: run.failedWrites,
    failedRecords: run.failedRecords,
    refused: run.refused,
    partial: isPartial(run),
    apiCalls,
    ...(run.error ? { error: run.error } : {}),
  };
}

/** True when a run finished but left something undone: a record that still failed, or a value that was refused. */
export function isPartial(run: Pick<RunResult, 'failedRecords' | 'refused'>): boolean {
  return run.failedRecords > 0 || run.refused > 0;
}
