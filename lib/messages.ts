// The one protocol between the content script, popup and options page (senders) and the background (receiver).
// Every request is declared once with a zod schema that the background parses; replies are Results because Error
// objects do not survive structured clone. Senders use lib/send-message.ts, which imports only this file's types, so
// zod stays out of the content script bundle (40 KB budget). Built on @webext-core/messaging (by WXT's author): it answers through
// sendResponse + `return true`, which Chrome, Firefox and WXT's fake browser all honour, and types both ends.
import { defineExtensionMessaging } from '@webext-core/messaging';
import { z } from 'zod';
import type { RunSummary } from './background/sync-runner';
import type { ConnectionsSummary } from './connections/connection-types';
import type { IssueView } from './background/issue-views';
import type { ActivityView } from './background/activity-views';
import type { LinkMark } from './background/link-marks';
import type { SyncedField } from './model/canonical';
import type { ContactStatus as SyncContactStatus, CreateContactResult, SyncProgress } from './sync';
import { settingsSchema, type Settings } from './settings/settings';
import type { SyncRunnerView } from './firm-runner/runner-view';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** A Karbon person (API Contact) or organization. */
export interface ContactRef {
  kind: 'contact' | 'organization';
  key: string;
}

/** Request schemas, one per message. Built lazily so the content script bundle does not carry zod (size budget). */
export const requestSchemas = /* @__PURE__ */ buildRequestSchemas();

function buildRequestSchemas() {
  const contactRef = z.object({
    kind: z.enum(['contact', 'organization']),
    key: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'a Karbon key'),
  }) satisfies z.ZodType<ContactRef>;
  const karbonKey = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'a Karbon key');
  const issueResolution = z.discriminatedUnion('action', [
    z.object({ action: z.literal('confirm-match'), karbonKey }),
    z.object({ action: z.literal('create-new'), kind: z.enum(['person', 'org']).optional() }),
    z.object({ action: z.literal('keep'), side: z.enum(['karbon', 'remote']) }),
    z.object({ action: z.literal('link-existing') }),
    z.object({ action: z.literal('dismiss') }),
  ]);
  return {
    /** The panel asks what the extension knows about the Karbon contact on screen. */
    getContactStatus: contactRef,
    /** The popup asks for connection health, open issues and sync progress. */
    getOverview: z.undefined(),
    /** The popup polls this while a sync runs: progress only, cheap at any firm size (the overview is not). */
    getProgress: z.undefined(),
    /** Opens the options page (content scripts cannot call runtime.openOptionsPage). */
    openOptions: z.undefined(),
    /** The options page reads the settings. */
    getSettings: z.undefined(),
    /** The options page changes some settings. */
    saveSettings: settingsSchema.partial().strict(),
    /** Options: sign in to Xero (OAuth 2.0 + PKCE in a browser window). */
    connectXero: z.undefined(),
    /** Options: forget the Xero sign-in. */
    disconnectXero: z.undefined(),
    /** Options: the same Xero sign-in with the `practicemanager.client` scope, keeping its XPM practice; turns XPM on. */
    connectXpm: z.undefined(),
    /** Options: check the Karbon API key pair against Karbon and store it. */
    connectKarbon: z.object({
      bearer: z.string().trim().min(1).max(4096),
      accessKey: z.string().trim().min(1).max(8192),
    }),
    /** Options: forget the Karbon keys. */
    disconnectKarbon: z.undefined(),
    /** Popup: run a sync now (a preview when `dryRun`, else as the settings say). */
    syncNow: z.object({ dryRun: z.boolean().optional() }),
    /** Panel: re-read this contact and its Xero pair now (a page view), then answer its status. */
    refreshContact: contactRef,
    /** Panel: push this Karbon contact to Xero (G8). */
    createContactInXero: contactRef,
    /** Panel: push this Karbon organization to XPM as a client, with its People as contacts (P5). */
    pushToXpm: contactRef,
    /** Panel and popup: resolve a match issue or a field conflict. */
    resolveIssue: z.object({ issueId: z.string().min(1).max(300), resolution: issueResolution }),
    /** Panel: stop syncing a linked pair (G9). */
    unsync: z.object({ linkId: z.string().min(1).max(300) }),
    /** Panel: sync an unsynced pair again (G9). */
    resync: z.object({ linkId: z.string().min(1).max(300) }),
    /** Panel and popup: revert a logged write. */
    undo: z.object({ activityId: z.number().int().nonnegative() }),
    /** Popup and options: who runs the firm's scheduled sync (a marker in Karbon every browser reads). */
    getSyncRunner: z.undefined(),
    /** Options: make this browser the firm's scheduled sync runner, shown to colleagues under `name`. */
    claimSyncRunner: z.object({ name: z.string().trim().min(1).max(60) }),
    /** Popup: bring an ignored issue back to the open list. */
    restoreIssue: z.object({ issueId: z.string().min(1).max(300) }),
    /** Karbon's contact list: the link state of the listed contacts, from the database (no API call). */
    getLinkMarks: z.object({ keys: z.array(karbonKey).max(500) }),
    /** Karbon's contact list: the open "Person or Organization?" reviews, to confirm there. */
    getTypeReviews: z.undefined(),
  } as const;
}

export type MessageName = keyof typeof requestSchemas;

/**
 * The messages a content script may send: the panel's and the contact list's own. A content script runs inside Karbon's page (it shares the
 * page's renderer), so the background refuses anything else from it: accounts, keys, settings and runs are changed
 * only from the extension's own pages (popup, options).
 */
export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<MessageName> = new Set<MessageName>([
  'getContactStatus',
  'refreshContact',
  'createContactInXero',
  'pushToXpm',
  'resolveIssue',
  'unsync',
  'resync',
  'undo',
  'openOptions',
  'getLinkMarks',
  'getTypeReviews',
]);

/** Who sent a message (the fields of runtime.MessageSender this reads). */
export interface MessageSender {
  url?: string;
  tab?: unknown;
}

/** True when a message comes from a web page's content script rather than from one of the extension's own pages. */
export function fromContentScript(sender: MessageSender | undefined, extensionOrigin: string): boolean {
  if (!sender) return false;
  return sender.tab !== undefined && !(sender.url ?? '').startsWith(extensionOrigin);
}
export type Request<K extends MessageName> = z.input<(typeof requestSchemas)[K]>;

/** What the panel shows for one Karbon contact. */
export interface ContactStatus {
  contact: ContactRef;
  connections: ConnectionsSummary;
  /** The link, open issues and last-seen values, from the background's database (absent until connected). */
  sync?: SystemStatus & { activity?: ActivityView[] };
  /** The same for Xero Practice Manager, when it is connected and switched on. */
  xpm?: SystemStatus;
}

/** A contact's link, open issues and last-seen values in one remote system. */
export type SystemStatus = Omit<SyncContactStatus, 'issues'> & {
  issues: IssueView[];
  /** The synced fields whose values differ between the two sides (compared as the sync compares them). */
  differs: SyncedField[];
};

/** What the popup shows. */
export interface Overview {
  connections: ConnectionsSummary;
  /** Open match issues and field conflicts (their count is the badge). */
  issues: IssueView[];
  running: boolean;
  progress?: SyncProgress;
  lastRun?: RunSummary;
  /** The newest activity entries, each with Undo where it applies. */
  activity?: ActivityView[];
  /** Issues the user ignored, to restore from. */
  ignored?: IssueView[];
  /** False until a real sync has finished: the first Sync now asks before it creates anything. */
  firstSyncDone?: boolean;
  /** The connected firm's Karbon web app root, for links to its records. */
  karbonAppUrl?: string;
}

/** A running sync's progress, as the popup polls it. */
export type ProgressView = Pick<Overview, 'running' | 'progress'>;

/** Reply types, one per message. */
export interface Replies {
  getContactStatus: ContactStatus;
  getOverview: Overview;
  getProgress: ProgressView;
  openOptions: null;
  getSettings: Settings;
  saveSettings: Settings;
  connectXero: ConnectionsSummary;
  disconnectXero: ConnectionsSummary;
  connectXpm: ConnectionsSummary;
  connectKarbon: ConnectionsSummary;
  disconnectKarbon: ConnectionsSummary;
  syncNow: RunSummary;
  refreshContact: ContactStatus;
  createContactInXero: CreateContactResult;
  pushToXpm: CreateContactResult;
  resolveIssue: null;
  unsync: null;
  resync: null;
  undo: null;
  getSyncRunner: SyncRunnerView;
  claimSyncRunner: SyncRunnerView;
  restoreIssue: null;
  getLinkMarks: Record<string, LinkMark>;
  getTypeReviews: IssueView[];
}

export type ProtocolMap = { [K in MessageName]: (data: Request<K>) => Result<Replies[K]> };

export type Handlers = {
  [K in MessageName]: (data: z.output<(typeof requestSchemas)[K]>) => Promise<Replies[K]>;
};

/**
 * Registers one handler per message (the type demands all of them); each request is parsed before it is handled, and
 * a content script may send only CONTENT_SCRIPT_MESSAGES. `extensionOrigin` is the extension's own pages' origin
 * (`runtime.getURL('')`).
 */
export function registerHandlers(
  handlers: Handlers,
  describeError: (error: unknown) => string = messageOf,
  extensionOrigin: string = globalThis.chrome?.runtime?.getURL?.('') ?? 'chrome-extension://',
): () => void {
  const messenger = defineExtensionMessaging<ProtocolMap>();
  const removers = (Object.keys(requestSchemas) as MessageName[]).map((name) =>
    messenger.onMessage(name, async ({ data, sender }) => {
      if (fromContentScript(sender, extensionOrigin) && !CONTENT_SCRIPT_MESSAGES.has(name)) {
        return { ok: false, error: `Refused ${name}: a web page's content script may not ask for it.` };
      }
      const parsed = requestSchemas[name].safeParse(data);
      if (!parsed.success) return { ok: false, error: `Bad ${name} request: ${z.prettifyError(parsed.error)}` };
      try {
        const handler = handlers[name] as (input: unknown) => Promise<Replies[typeof name]>;
        return { ok: true, value: await handler(parsed.data) };
      } catch (error) {
        return { ok: false, error: describeError(error) };
      }
    }),
  );
  return () => removers.forEach((remove) => remove());
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
