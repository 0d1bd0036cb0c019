import { z } from 'zod';
import { ApiError } from '../api/api-error';
import type { KarbonCredentials } from '../api/karbon-client';
import type { SecretStore } from './secret-store';

/** SecretStore key of the Karbon API key pair. */
export const KARBON_KEYS_KEY = 'karbon.keys';

const KeysSchema = z.object({ bearer: z.string().min(1), accessKey: z.string().min(1) });

/** The Karbon key pair entered in Options, kept in the SecretStore. */
export function createKarbonKeyStore(secrets: SecretStore) {
  return {
    /** Saves the pair (trimmed; both required). */
    async save(keys: KarbonCredentials): Promise<void> {
      await secrets.set(
        KARBON_KEYS_KEY,
        KeysSchema.parse({ bearer: keys.bearer.trim(), accessKey: keys.accessKey.trim() }),
      );
    },
    /** The stored pair, or undefined when Karbon is not connected. */
    async load(): Promise<KarbonCredentials | undefined> {
      const parsed = KeysSchema.safeParse(await secrets.get(KARBON_KEYS_KEY));
      return parsed.success ? parsed.data : undefined;
    },
    /** The pair for `createKarbonClient({ getCredentials })`; throws not-connected when absent. */
    async credentials(): Promise<KarbonCredentials> {
      const parsed = KeysSchema.safeParse(await secrets.get(KARBON_KEYS_KEY));
      if (!parsed.success)
        throw new ApiError({ service: 'karbon', kind: 'not-connected', message: 'No Karbon API keys' });
      return parsed.data;
    },
    /** Forgets the pair. */
    clear: () => secrets.delete(KARBON_KEYS_KEY),
  };
}
