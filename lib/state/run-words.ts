import type { RunSummary } from '../background/sync-runner';
import type { SyncProgress } from '../sync';
import { formatDuration } from './format-duration';

const LIST_WORDS: Record<string, string> = {
  'karbon:contacts': 'Karbon people',
  'karbon:organizations': 'Karbon organizations',
  'xero:contacts': 'Xero contacts',
  'xpm:clients': 'Xero Practice Manager clients',
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

// ": 63 of 134, about 2 minutes left" when the total is known, else ": 63 read so far (page 2)".
function readSoFar(progress: SyncProgress): string {
  if (progress.processed === undefined) return progress.page !== undefined ? ` (page ${progress.page})` : '';
  if (progress.total === undefined) {
    return `: ${progress.processed} read so far${progress.page !== undefined ? ` (page ${progress.page})` : ''}`;
  }
  const left = progress.remainingMs !== undefined ? `, ${formatDuration(progress.remainingMs)} left` : '';
  return `: ${progress.processed} of ${progress.total}${left}`;
}

/** A running sync's progress as a sentence ("Reading Karbon organizations: page 2, 134 read so far…"). */
export function progressWords(progress: SyncProgress): string {
  const list = progress.list ? (LIST_WORDS[progress.list] ?? progress.list) : '';
  switch (progress.phase) {
    case 'karbon-pull':
    case 'xero-pull':
    case 'xpm-pull':
      return `Reading ${list || (progress.phase === 'xero-pull' ? 'Xero contacts' : 'Karbon')}${readSoFar(progress)}…`;
    case 'reconcile':
      return `Comparing linked contacts${progress.processed !== undefined ? `: ${progress.processed} changed in Karbon` : ''}…`;
    case 'push':
      return `Writing changes to ${list || 'Xero'}${progress.processed !== undefined ? `: ${progress.processed} sent` : ''}…`;
    case 'error':
      return progress.message ? `Problem: ${progress.message}` : 'A record had a problem; the sync goes on…';
    case 'done':
      return 'Finishing…';
  }
}

const SYSTEM_NAMES = { xero: 'Xero', xpm: 'Xero Practice Manager' } as const;

/** Which systems a run synced ("Xero and Xero Practice Manager: "), and any switched on that it skipped. */
function withSystems(run: RunSummary, line: string): string {
  const names = (run.systems ?? []).map((s) => SYSTEM_NAMES[s]);
  const synced = names.length > 0 ? `${names.join(' and ')}: ${line}` : line;
  return run.skipped ? `${synced} ${run.skipped}` : synced;
}

/** A finished run's result line: linked, created, updated, flagged and failed (or what it would do, for a Preview). */
export function resultWords(run: RunSummary): string {
  if (run.error) return run.skipped ? `${run.error} ${run.skipped}` : run.error;
  return withSystems(run, countWords(run));
}

function countWords(run: RunSummary): string {
  const c = run.counts ?? {
    linked: run.plannedLinks,
    created: run.createdInKarbon + run.createdInXero,
    updated: 0,
    flagged: run.plannedIssues,
    failed: 0,
  };
  if (run.dryRun) {
    return `would link ${c.linked}, create ${c.created} in Karbon, flag ${c.flagged}${c.failed ? `, fail ${c.failed}` : ''}; nothing was written.`;
  }
  return `${c.linked} linked, ${c.created} created, ${c.updated} updated, ${c.flagged} flagged, ${c.failed} failed.`;
}

/** What the first real sync is about to do, from the last Preview (asked before anything is written). */
export function firstSyncQuestion(preview: RunSummary | undefined): string {
  if (!preview?.dryRun || !preview.counts) {
    return 'This first sync links matching contacts and creates the rest in Karbon. Run Preview first to see the lists.';
  }
  const c = preview.counts;
  return `This first sync will link ${plural(c.linked, 'contact')}, create ${plural(c.created, 'contact')} in Karbon and flag ${c.flagged} for review (as the Preview lists).`;
}
