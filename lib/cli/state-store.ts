import { appendFileSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AppDb } from '../db/app-db';
import type { OutboxRow } from '../db/rows';
import { STATE_TABLES, exportState, importState, type StateFile } from '../db/state-file';

/**
 * The CLI's `--state FILE`, as durable as the extension's IndexedDB: the whole state is written atomically (temp file
 * and rename) at every checkpoint, and every outbox change is appended at once to `FILE.journal`, so a run killed
 * between checkpoints still knows which creates it had sent and resumes without duplicating or mislabelling them.
 */
export function createStateStore(file: string) {
  const journal = `${file}.journal`;
  let saving: Promise<void> = Promise.resolve();
  let queued = false;

  async function writeNow(db: AppDb): Promise<void> {
    // One read transaction: the tables are dumped as one consistent moment.
    const state = await db.transaction('r', [...STATE_TABLES], () => exportState(db));
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(state));
    renameSync(temp, file);
  }

  return {
    /** Loads the saved state (then the journal's newer outbox rows) into an empty database. */
    async load(db: AppDb): Promise<void> {
      if (existsSync(file)) await importState(db, JSON.parse(readFileSync(file, 'utf8')) as StateFile);
      if (!existsSync(journal)) return;
      const rows = readFileSync(journal, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .flatMap((line) => {
          try {
            return [JSON.parse(line) as OutboxRow];
          } catch {
            return []; // a line cut by the kill: the write it announced is looked up before being sent again
          }
        });
      // Later lines are newer versions of the same key, so the last one wins.
      if (rows.length > 0) await db.outbox.bulkPut(rows);
    },

    /** Appends every outbox row written from now on to the journal, synchronously, before the write it guards. */
    journalOutbox(db: AppDb): void {
      const append = (row: OutboxRow) => appendFileSync(journal, `${JSON.stringify(row)}\n`);
      db.outbox.hook('creating', (_key, row) => append(row));
      db.outbox.hook('updating', (mods, _key, row) => append({ ...row, ...(mods as Partial<OutboxRow>) }));
    },

    /** Writes the state at a checkpoint (coalesced: at most one write in flight, one queued behind it). */
    checkpoint(db: AppDb): Promise<void> {
      if (queued) return saving;
      queued = true;
      saving = saving.then(() => {
        queued = false;
        return writeNow(db);
      });
      return saving;
    },

    /** Writes the final state and drops the journal it now contains. */
    async finish(db: AppDb): Promise<void> {
      await saving;
      await writeNow(db);
      rmSync(journal, { force: true });
    },
  };
}

/** A path as the caller meant it: relative to the directory `npm run` was started in (INIT_CWD), not the project's. */
export function callerPath(path: string, env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string {
  return resolve(env.INIT_CWD ?? cwd, path);
}
