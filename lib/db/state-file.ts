import type { AppDb } from './app-db';

/** Tables a state file carries (never `secrets`: tokens and API keys stay out of files). */
export const STATE_TABLES = ['links', 'issues', 'snapshots', 'cursors', 'activity', 'outbox', 'settings'] as const;

/** The database content as plain JSON, for the CLI's `--state FILE`. */
export interface StateFile {
  version: number;
  tables: Partial<Record<(typeof STATE_TABLES)[number], unknown[]>>;
}

/** Dumps every state table. */
export async function exportState(db: AppDb): Promise<StateFile> {
  const tables: StateFile['tables'] = {};
  for (const name of STATE_TABLES) tables[name] = await db.table(name).toArray();
  return { version: db.verno, tables };
}

/** Replaces the state tables with a dump made by `exportState` (same schema version only). */
export async function importState(db: AppDb, state: StateFile): Promise<void> {
  if (state.version !== db.verno) throw new Error(`State file is schema v${state.version}, this build is v${db.verno}`);
  await db.transaction('rw', [...STATE_TABLES], async () => {
    for (const name of STATE_TABLES) {
      await db.table(name).clear();
      const rows = state.tables[name];
      if (rows?.length) await db.table(name).bulkAdd(rows);
    }
  });
}
