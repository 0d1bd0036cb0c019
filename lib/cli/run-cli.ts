import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { writeFile } from 'node:fs/promises';
import type { Clock } from '../api/clock';
import type { FetchLike } from '../api/http-core';
import { createXeroIdentityClient } from '../api/xero-identity-client';
import { createMemorySecretStore } from '../auth/secret-store';
import { signInWithXero } from '../auth/xero-sign-in';
import { createXeroTokenStore } from '../auth/xero-token-store';
import { REAL_ENDPOINTS, sandboxEndpoints, type Endpoints } from '../config/endpoints';
import { AppDb } from '../db/app-db';
import { createPorts } from '../sync/adapters/create-ports';
import { createSyncEngine } from '../sync/engine';
import { buildReport, type SyncReport } from '../sync/report';
import { sandboxConsent, terminalConsent } from './consent';
import { countingFetch } from './counting-fetch';
import type { CliOptions } from './parse-args';
import { createStateStore } from './state-store';

/** What the CLI needs from its host (injected so tests run it in-process). */
export interface CliIo {
  fetch: FetchLike;
  log: (line: string) => void;
  /** Waits between in-run retries (tests pass the sandbox clock's). */
  sleep?: (ms: number) => Promise<void>;
  /** Client clock for rate limits and backoff (tests pass the sandbox clock). */
  clock?: Clock;
}

interface Credentials {
  xeroClientId: string;
  karbon: { bearer: string; accessKey: string };
}

async function sandboxCredentials(fetch: FetchLike, origin: string): Promise<Credentials> {
  // The sandbox publishes its fixed demo credentials; only the CLI's sandbox mode reads them.
  const response = await fetch(new Request(`${origin.replace(/\/+$/, '')}/__sandbox/credentials`));
  if (!response.ok) throw new Error(`No sandbox at ${origin} (HTTP ${response.status})`);
  const body = (await response.json()) as { xero: { clientId: string }; karbon: { bearer: string; accessKey: string } };
  return { xeroClientId: body.xero.clientId, karbon: { bearer: body.karbon.bearer, accessKey: body.karbon.accessKey } };
}

/** Runs one sync from the command line and returns the report (also written to `--report` when given). */
export async function runCli(options: CliOptions, io: CliIo): Promise<SyncReport> {
  const endpoints: Endpoints = options.sandbox ? sandboxEndpoints(options.sandbox) : REAL_ENDPOINTS;
  const credentials: Credentials = options.sandbox
    ? await sandboxCredentials(io.fetch, options.sandbox)
    : {
        xeroClientId: options.xeroClientId ?? '',
        karbon: { bearer: options.karbonBearer ?? '', accessKey: options.karbonAccessKey ?? '' },
      };
  const identity = createXeroIdentityClient({
    fetch: io.fetch,
    tokenUrl: endpoints.xeroToken,
    connectionsUrl: endpoints.xeroConnections,
    clientId: credentials.xeroClientId,
    ...(io.clock ? { clock: io.clock } : {}),
  });
  const signIn = await signInWithXero({
    launchWebAuthFlow: options.sandbox ? sandboxConsent(io.fetch) : terminalConsent,
    identity,
    authorizeUrl: endpoints.xeroAuthorize,
    clientId: credentials.xeroClientId,
    xpm: options.xpm,
  });
  const organisation = signIn.organisations[0];
  if (!organisation) throw new Error('The Xero sign-in reached no organisation');
  io.log(`Signed in to Xero organisation ${organisation.tenantName ?? organisation.tenantId}`);
  const practice = options.xpm ? signIn.practices[0] : undefined;
  if (options.xpm && !practice)
    throw new Error('The Xero sign-in reached no XPM practice (tenantType PRACTICEMANAGER)');
  if (practice) io.log(`Signed in to XPM practice ${practice.tenantName ?? practice.tenantId}`);
  // The tokens live as long as the run: an access token that expires mid-run (30 minutes) is refreshed, once for all.
  const tokens = createXeroTokenStore({
    secrets: createMemorySecretStore(),
    identity,
    ...(io.clock ? { clock: io.clock } : {}),
  });
  await tokens.saveSignIn(signIn.tokens);

  const db = new AppDb('karbon-xero-sync-cli', { indexedDB: new IDBFactory(), IDBKeyRange });
  // A dry run reads the saved state but never writes it.
  const store = options.state ? createStateStore(options.state) : undefined;
  await store?.load(db);
  const persist = options.dryRun ? undefined : store;
  persist?.journalOutbox(db);
  const counted = countingFetch(io.fetch, endpoints);
  const ports = createPorts({
    fetch: counted.fetch,
    endpoints,
    getXeroToken: (request) => tokens.getAccessToken(request),
    xeroTenantId: organisation.tenantId,
    getKarbonCredentials: () => credentials.karbon,
    ...(io.clock ? { clock: io.clock } : {}),
    ...(practice ? { xpmTenantId: practice.tenantId } : {}),
  });
  const engine = createSyncEngine({
    db,
    ...ports,
    ...(io.sleep ? { sleep: io.sleep } : {}),
    onProgress: (p) => {
      // Each page and each phase is a checkpoint: a killed run resumes from the last one written.
      if (p.phase !== 'error' && p.phase !== 'done') void persist?.checkpoint(db);
      io.log(
        [p.phase, p.list, p.page !== undefined ? `page ${p.page}` : '', p.processed ?? '', p.message ?? '']
          .filter((x) => x !== '' && x !== undefined)
          .join(' '),
      );
    },
  });
  const run = await engine.runSync({
    trigger: 'cli',
    dryRun: options.dryRun,
    ...(options.xpmMode ? { xpmMode: options.xpmMode } : {}),
  });
  const report = await buildReport(db, run, counted.counts);
  await persist?.finish(db);
  if (options.report) await writeFile(options.report, JSON.stringify(report, null, 2));
  io.log(
    `${options.dryRun ? 'Dry run: would link' : 'Linked'} ${report.links.length}, open issues ${report.issues.length}, ` +
      `created in Karbon ${report.created.karbon.length}, writes ${JSON.stringify(report.writes)}, ` +
      `failed writes ${JSON.stringify(report.failedWrites)}, failed records ${report.failedRecords}, ` +
      `refused values ${report.refused}, ` +
      `API calls ${JSON.stringify(report.apiCalls)}`,
  );
  db.close();
  return report;
}

/** Exit status of `npm run sync`: 0 done, 1 the run stopped (run again to resume), 3 done but partial (see issues). */
export function exitCode(report: SyncReport): number {
  if (report.error) return 1;
  return report.partial ? EXIT_PARTIAL : 0;
}

/** The exit status of a run that finished with records failed or values refused (each has an issue in the report). */
export const EXIT_PARTIAL = 3;
