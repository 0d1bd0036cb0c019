/**
 * Durable storage for secrets (tokens, API keys), kept where content scripts cannot read it; the background backs it
 * with a Dexie table. Values must be structured-cloneable.
 */
export interface SecretStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
}

/** An in-memory SecretStore, for tests and the Node CLI. */
export function createMemorySecretStore(
  initial: Record<string, unknown> = {},
): SecretStore & { dump(): Record<string, unknown> } {
  const data = new Map<string, unknown>(Object.entries(structuredClone(initial)));
  return {
    get: async (key) => structuredClone(data.get(key)),
    set: async (key, value) => {
      data.set(key, structuredClone(value));
    },
    delete: async (key) => {
      data.delete(key);
    },
    dump: () => structuredClone(Object.fromEntries(data)),
  };
}
