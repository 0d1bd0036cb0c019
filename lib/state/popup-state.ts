import { computed, signal } from '@preact/signals';
import type { ActivityView } from '../background/activity-views';
import type { IssueView } from '../background/issue-views';
import type { Overview } from '../messages';
import { sendToBackground } from '../send-message';
import type { IssueResolution } from '../sync';
import { issueGroup, PENDING_WORDS, type IssueGroup } from './issue-words';
import { fromResult, type Notice, type RemoteValue } from './remote-value';
import { watchChanges, type StorageEvents } from './watch-changes';

/** How often the popup reads the progress while a sync runs (the popup, not the service worker, polls). */
export const PROGRESS_POLL_MS = 700;

/** A bulk action over the selected issues. */
export type BulkAction = 'confirm' | 'create-new' | 'ignore';

/** The resolution a bulk action applies to one issue, or undefined when it does not apply to that issue. */
export function bulkResolution(action: BulkAction, issue: IssueView): IssueResolution | undefined {
  const group = issueGroup(issue);
  if (action === 'ignore') return { action: 'dismiss' };
  // A "Person or Organization?" review takes its suggestion, whether the bulk action confirms or creates.
  if (issue.kind === 'type-review') return { action: 'create-new', kind: issue.suggestedKind ?? 'org' };
  if (group !== 'match' || issue.kind === 'name-clash') return undefined;
  if (action === 'create-new') return { action: 'create-new' };
  const only = issue.candidates.length === 1 ? issue.candidates[0] : undefined;
  return only ? { action: 'confirm-match', karbonKey: only.key } : undefined;
}

/** The popup's state: the background's overview, filters and selection, and the actions. */
export function createPopupState(send: typeof sendToBackground = sendToBackground) {
  const overview = signal<RemoteValue<Overview>>({ status: 'loading' });
  const busy = signal(false);
  const notice = signal<Notice>(undefined);
  const filter = signal<IssueGroup | 'all'>('all');
  const search = signal('');
  const selected = signal<ReadonlySet<string>>(new Set());
  const pending = signal<Readonly<Record<string, string>>>({});
  const bulkProgress = signal<string | undefined>(undefined);
  const confirmingFirstSync = signal(false);

  const visibleIssues = computed<IssueView[]>(() => {
    const value = overview.value;
    if (value.status !== 'ready') return [];
    const words = search.value.trim().toLowerCase();
    return value.value.issues.filter((issue) => {
      if (filter.value !== 'all' && issueGroup(issue) !== filter.value) return false;
      if (!words) return true;
      const names = [issue.remote?.name, ...issue.candidates.map((c) => c.name)].join(' ').toLowerCase();
      return names.includes(words);
    });
  });

  let polling: ReturnType<typeof setTimeout> | undefined;

  async function load() {
    const reply = await send('getOverview', undefined);
    if (reply.ok || overview.value.status !== 'ready') overview.value = fromResult(reply);
    else notice.value = { tone: 'error', text: reply.error };
    if (reply.ok) {
      const open = new Set(reply.value.issues.map((i) => i.id));
      selected.value = new Set([...selected.value].filter((id) => open.has(id)));
    }
    // A sync started elsewhere (schedule, a resumed run, another window) keeps the popup's progress live too.
    clearTimeout(polling);
    if (reply.ok && (reply.value.running || busy.value))
      polling = setTimeout(() => void pollProgress(), PROGRESS_POLL_MS);
  }

  /**
   * While a run goes on only its progress is read (issues and activity follow the background's change notices, a
   * few seconds apart); the whole overview is read again once the run is over.
   */
  async function pollProgress() {
    const reply = await send('getProgress', undefined);
    const value = overview.value;
    if (!reply.ok || value.status !== 'ready') return load();
    const { progress, running } = reply.value;
    const next = { ...value.value, running };
    if (progress) next.progress = progress;
    overview.value = { status: 'ready', value: next };
    // Our own Sync now may not have started yet: keep polling until its reply comes.
    if (!running && !busy.value) return load();
    clearTimeout(polling);
    polling = setTimeout(() => void pollProgress(), PROGRESS_POLL_MS);
  }

  function setPending(id: string, words: string | undefined) {
    const next = { ...pending.value };
    if (words) next[id] = words;
    else delete next[id];
    pending.value = next;
  }

  async function resolveOne(issueId: string, resolution: IssueResolution): Promise<boolean> {
    setPending(issueId, PENDING_WORDS[resolution.action]);
    const reply = await send('resolveIssue', { issueId, resolution });
    setPending(issueId, undefined);
    if (!reply.ok) notice.value = { tone: 'error', text: reply.error };
    return reply.ok;
  }

  async function sync(dryRun?: boolean) {
    busy.value = true;
    notice.value = undefined;
    confirmingFirstSync.value = false;
    clearTimeout(polling);
    polling = setTimeout(() => void pollProgress(), PROGRESS_POLL_MS);
    try {
      // A run's own error is shown once, in the result line; only a failed request is a notice.
      const reply = await send('syncNow', dryRun === undefined ? {} : { dryRun });
      if (!reply.ok) notice.value = { tone: 'error', text: reply.error };
    } finally {
      clearTimeout(polling);
      busy.value = false;
      await load();
    }
  }

  return {
    overview,
    busy,
    notice,
    filter,
    search,
    selected,
    pending,
    bulkProgress,
    confirmingFirstSync,
    visibleIssues,
    load,
    /** Re-reads the overview whenever the background announces a change (a sync, the panel, another window). */
    watch(events: StorageEvents | undefined) {
      return watchChanges(events, () => void load());
    },
    /** Sync now: the first real sync asks first (it may create many records); later ones just run. */
    async syncNow(dryRun?: boolean) {
      const value = overview.value;
      if (!dryRun && value.status === 'ready' && value.value.firstSyncDone === false) {
        confirmingFirstSync.value = true;
        return;
      }
      await sync(dryRun);
    },
    /** The user confirmed the first real sync. */
    confirmFirstSync: () => sync(false),
    cancelFirstSync() {
      confirmingFirstSync.value = false;
    },
    async resolve(issueId: string, resolution: IssueResolution) {
      if (await resolveOne(issueId, resolution)) notice.value = { tone: 'ok', text: 'Resolved.' };
      await load();
    },
    toggle(issueId: string, on: boolean) {
      const next = new Set(selected.value);
      if (on) next.add(issueId);
      else next.delete(issueId);
      selected.value = next;
    },
    selectAll(on: boolean) {
      selected.value = on ? new Set(visibleIssues.value.map((i) => i.id)) : new Set();
    },
    /** Resolves every selected issue the action applies to, one after another, saying how far it got. */
    async resolveSelected(action: BulkAction) {
      const value = overview.value;
      if (value.status !== 'ready') return;
      const chosen = value.value.issues.filter((i) => selected.value.has(i.id));
      const work = chosen.flatMap((issue) => {
        const resolution = bulkResolution(action, issue);
        return resolution ? [{ issue, resolution }] : [];
      });
      busy.value = true;
      notice.value = undefined;
      let done = 0;
      let failed = 0;
      for (const { issue, resolution } of work) {
        bulkProgress.value = `Resolving ${done + failed + 1} of ${work.length}…`;
        if (await resolveOne(issue.id, resolution)) done++;
        else failed++;
      }
      bulkProgress.value = undefined;
      busy.value = false;
      const skipped = chosen.length - work.length;
      notice.value = {
        tone: failed ? 'error' : 'ok',
        text:
          `Resolved ${done} of ${chosen.length}.` +
          (failed ? ` ${failed} failed.` : '') +
          (skipped ? ` ${skipped} need a choice this action cannot make: resolve them one by one.` : ''),
      };
      selected.value = new Set();
      await load();
    },
    async undo(entry: ActivityView) {
      busy.value = true;
      const reply = await send('undo', { activityId: entry.id });
      busy.value = false;
      notice.value = reply.ok ? { tone: 'ok', text: 'Undone.' } : { tone: 'error', text: reply.error };
      await load();
    },
    async restore(issueId: string) {
      const reply = await send('restoreIssue', { issueId });
      notice.value = reply.ok
        ? { tone: 'ok', text: 'Restored to the open issues.' }
        : { tone: 'error', text: reply.error };
      await load();
    },
    /** Resolves several issues one after the other (bulk Confirm); stops at the first failure and says which. */
    async resolveAll(items: { issueId: string; resolution: IssueResolution }[]) {
      busy.value = true;
      let done = 0;
      for (const { issueId, resolution } of items) {
        const reply = await send('resolveIssue', { issueId, resolution });
        if (!reply.ok) {
          notice.value = { tone: 'error', text: `Resolved ${done} of ${items.length}; then: ${reply.error}` };
          break;
        }
        done++;
      }
      if (done === items.length) notice.value = { tone: 'ok', text: `Resolved ${done}.` };
      busy.value = false;
      await load();
    },
    async openOptions() {
      const reply = await send('openOptions', undefined);
      if (!reply.ok) notice.value = { tone: 'error', text: reply.error };
    },
  };
}

export type PopupState = ReturnType<typeof createPopupState>;
