import { ApiError } from '../api/api-error';
import { summarizeConnections } from '../connections/summarize-connections';
import type { Handlers } from '../messages';
import type { SyncEngine } from '../sync';
import type { SettingsStore } from '../settings/settings-store';
import { issueViews } from './issue-views';
import type { Services } from './services';
import type { SyncRunner } from './sync-runner';
import type { ScheduledSync } from './scheduled-sync';
import { activityViews, contactActivity, RECENT_ACTIVITY_LIMIT } from './activity-views';
import { differingFields } from './differing-fields';
import type { ChangeFeed } from './change-feed';
import type { ServiceFailures } from './service-failures';
import { linkMarks } from './link-marks';
import { openTypeReviews } from './type-reviews';

export interface BackgroundDeps {
  settings: SettingsStore;
  services: Services;
  runner: SyncRunner;
  scheduled: ScheduledSync;
  /** Tells open panels and popups that something changed (optional in tests). */
  changes?: ChangeFeed;
  failures?: ServiceFailures;
  openOptionsPage(): Promise<void>;
  /** browser.identity.launchWebAuthFlow, interactive: the user sees Xero's consent page. */
  launchWebAuthFlow(url: string): Promise<string | undefined>;
}

/** The background's answer to every message, built from injected services. */
export function createHandlers(deps: BackgroundDeps): Handlers {
  const { services, runner } = deps;

  async function connections() {
    const [settings, facts] = await Promise.all([deps.settings.load(), services.connectionFacts()]);
    const summary = summarizeConnections({ settings, ...facts });
    return deps.failures ? deps.failures.apply(summary) : summary;
  }

  /** A run is going, or an unfinished one (marker left by a stopped service worker) resumes as the worker starts. */
  async function running(engine: Awaited<ReturnType<typeof engineIfConnected>>): Promise<boolean> {
    return (engine?.isRunning() ?? false) || (await runner.interrupted());
  }

  /** The engine when both accounts are connected, else undefined (the panel then shows what to connect). */
  async function engineIfConnected() {
    try {
      return await services.engine();
    } catch (error) {
      if (error instanceof ApiError && error.kind === 'not-connected') return undefined;
      throw error;
    }
  }

  /** Runs an engine action, then brings the badge up to date (resolving or creating changes the open issues). */
  async function act<T>(work: (engine: Awaited<ReturnType<Services['engine']>>) => Promise<T>): Promise<T> {
    let result: T;
    try {
      result = await work(await services.engine());
    } catch (error) {
      await deps.failures?.recordError(error);
      throw error;
    }
    await deps.failures?.clear();
    await runner.refreshBadge();
    deps.changes?.announce('all');
    await deps.changes?.flush();
    return result;
  }

  /** A contact's stored XPM status (with its issues' Karbon names) when the engine syncs XPM. */
  async function xpmView(engine: SyncEngine, key: string) {
    if (!engine.systems().includes('xpm')) return undefined;
    return systemView(await engine.contactStatus(key, 'xpm'));
  }

  /** A contact's status in one system, with its issues' Karbon names and the fields whose values differ. */
  async function systemView(status: Awaited<ReturnType<SyncEngine['contactStatus']>>) {
    const issues = await issueViews(services.db, status.issues);
    return { ...status, issues, differs: differingFields(status.karbon, status.remote) };
  }

  /** A contact's status with its issues' Karbon names and its own recent activity. */
  async function contactView(status: Awaited<ReturnType<Awaited<ReturnType<Services['engine']>>['contactStatus']>>) {
    return { ...(await systemView(status)), activity: await contactActivity(services.db, status.karbonKey) };
  }

  return {
    getContactStatus: async (contact) => {
      const engine = await engineIfConnected();
      const summary = await connections();
      // Every database read of a page view in one transaction: the panel shows within 150 ms even while a run writes.
      const { db } = services;
      const views =
        engine &&
        (await db.transaction('r', [db.links, db.issues, db.snapshots, db.activity], async () => ({
          sync: await contactView(await engine.contactStatus(contact.key)),
          xpm: await xpmView(engine, contact.key),
        })));
      const { sync, xpm } = views ?? {};
      return { contact, connections: summary, ...(sync ? { sync } : {}), ...(xpm ? { xpm } : {}) };
    },
    // A page view (or the panel's Refresh): each system the engine syncs re-reads this contact's pair now.
    refreshContact: async (contact) => {
      const [status, xpmStatus] = await act(async (engine) => {
        const systems = engine.systems();
        const own = systems.includes('xero')
          ? await engine.refreshContact(contact.key)
          : await engine.contactStatus(contact.key);
        return [own, systems.includes('xpm') ? await engine.refreshContact(contact.key, 'xpm') : undefined] as const;
      });
      const sync = await contactView(status);
      const xpm = xpmStatus && (await systemView(xpmStatus));
      return { contact, connections: await connections(), sync, ...(xpm ? { xpm } : {}) };
    },
    getOverview: async () => {
      const engine = await engineIfConnected();
      const lastRun = await runner.lastRun();
      const karbonAppUrl = await services.karbonAppUrl();
      const progress = runner.progress();
      return {
        connections: await connections(),
        issues: engine ? await issueViews(services.db, await engine.openIssues()) : [],
        activity: await activityViews(
          services.db,
          await services.db.activity.orderBy('id').reverse().limit(RECENT_ACTIVITY_LIMIT).toArray(),
        ),
        ignored: engine ? await issueViews(services.db, await engine.ignoredIssues()) : [],
        firstSyncDone: await runner.firstSyncDone(),
        ...(karbonAppUrl ? { karbonAppUrl } : {}),
        running: await running(engine),
        ...(progress ? { progress } : {}),
        ...(lastRun ? { lastRun } : {}),
      };
    },
    getProgress: async () => {
      const progress = runner.progress();
      return {
        running: await running(await engineIfConnected()),
        ...(progress ? { progress } : {}),
      };
    },
    openOptions: async () => {
      await deps.openOptionsPage();
      return null;
    },
    getSettings: () => deps.settings.load(),
    saveSettings: (patch) => deps.settings.update(patch),
    connectXero: async () => {
      const settings = await deps.settings.load();
      if (!settings.xeroClientId) throw new Error('Enter your Xero app Client ID in Options first, then connect.');
      const session = await services.session();
      await session.signIn(deps.launchWebAuthFlow, { xpm: settings.xpmEnabled });
      return connections();
    },
    connectXpm: async () => {
      const settings = await deps.settings.load();
      if (!settings.xeroClientId) throw new Error('Enter your Xero app Client ID in Options first, then connect.');
      const session = await services.session();
      const result = await session.signIn(deps.launchWebAuthFlow, { xpm: true });
      if (result.practices.length === 0) {
        throw new Error(
          'The Xero sign-in reached no Xero Practice Manager practice: sign in as a user with XPM access and allow it.',
        );
      }
      await deps.settings.update({ xpmEnabled: true });
      return connections();
    },
    disconnectXero: async () => {
      await (await services.session()).tokens.disconnect();
      return connections();
    },
    connectKarbon: async (keys) => {
      await services.connectKarbon(keys);
      return connections();
    },
    disconnectKarbon: async () => {
      await services.karbonKeys.clear();
      return connections();
    },
    syncNow: ({ dryRun }) => runner.run('sync-now', dryRun),
    createContactInXero: (contact) => act((engine) => engine.createContactInXero(contact.key)),
    pushToXpm: (contact) => act((engine) => engine.pushToXpm(contact.key)),
    resolveIssue: async ({ issueId, resolution }) => {
      await act((engine) => engine.resolveIssue(issueId, resolution));
      return null;
    },
    unsync: async ({ linkId }) => {
      await act((engine) => engine.unsync(linkId));
      return null;
    },
    resync: async ({ linkId }) => {
      await act((engine) => engine.resync(linkId));
      return null;
    },
    undo: async ({ activityId }) => {
      await act((engine) => engine.undo(activityId));
      return null;
    },
    getSyncRunner: () => deps.scheduled.view(),
    claimSyncRunner: ({ name }) => deps.scheduled.claim(name),
    getLinkMarks: ({ keys }) => linkMarks(services.db, keys),
    getTypeReviews: async () => issueViews(services.db, await openTypeReviews(services.db)),
    restoreIssue: async ({ issueId }) => {
      await act((engine) => engine.restoreIssue(issueId));
      return null;
    },
  };
}
