import type { SecretStore } from '../auth/secret-store';
import type { AppDb } from '../db/app-db';

/** Secrets (Xero tokens, Karbon keys) in the extension's own IndexedDB, which content scripts cannot open. */
export function createDexieSecretStore(db: AppDb): SecretStore {
  return {
    get: async (key) => (await db.secrets.get(key))?.value,
    set: async (key, value) => {
      await db.secrets.put({ key, value });
    },
    delete: (key) => db.secrets.delete(key),
  };
}
