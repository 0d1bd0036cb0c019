import { z } from 'zod';
import { ApiError } from '../api/api-error';
import type { KarbonCredentials } from '../api/karbon-client';
import type { SecretStore } from './secret-store';
import { keptRead } from '../kept-read';

/** SecretStore key of the Karbon API key pair. */
export const KARBON_KEYS_KEY = 'karbon.keys';

const KeysSchema = z.object({ bearer: z.string().min(1), accessKey: z.string().min(1) });

/**
 * The Karbon key pair entered in Options, kept in the SecretStore. Every Karbon call asks for it, so the pair read is
 * kept in memory (this store is the only writer: Options saves through the background) until it is saved or cleared.
 */
export function createKarbonKeyStore(secrets: SecretStore) {
  const kept = keptRead(async (): Promise<KarbonCredentials | undefined> => {
    const parsed = KeysSchema.safeParse(await secrets.get(KARBON_KEYS_KEY));
    return parsed.success ? parsed.data : undefined;
  });
  const load = () => kept.get();
  return {
    /** Saves the pair (trimmed; both required). */
    async save(keys: KarbonCredentials): Promise<void> {
      await secrets.set(
        KARBON_KEYS_KEY,
        KeysSchema.parse({ bearer: keys.bearer.trim(), accessKey: keys.accessKey.trim() }),
      );
      kept.forget();
    },
    /** The stored pair, or undefined when Karbon is not connected. */
    load,
    /** The pair for `createKarbonClient({ getCredentials })`; throws not-connected when absent. */
    async credentials(): Promise<KarbonCredentials> {
      const keys = await load();
      if (!keys) throw new ApiError({ service: 'karbon', kind: 'not-connected', message: 'No Karbon API keys' });
      return keys;
    },
    /** Forgets the pair. */
    async clear(): Promise<void> {
      await secrets.delete(KARBON_KEYS_KEY);
      kept.forget();
    },
  };
}
