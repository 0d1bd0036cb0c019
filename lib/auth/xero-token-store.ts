import { z } from 'zod';
import { ApiError, isApiError } from '../api/api-error';
import { systemClock, type Clock } from '../api/clock';
import type { XeroIdentityClient, XeroTokenSet } from '../api/xero-identity-client';
import type { SecretStore } from './secret-store';

/** SecretStore key of the Xero connection (tokens, state, chosen tenants). */
export const XERO_CONNECTION_KEY = 'xero.connection';

/** Refresh when the access token (30 minutes) has less than this left. */
export const ACCESS_TOKEN_MARGIN_MS = 2 * 60_000;

/** A forced refresh right after another caller refreshed reuses that token instead of rotating again. */
export const FRESH_TOKEN_GRACE_MS = 30_000;

/** Xero refresh tokens expire after 60 days unused (reference §1). */
export const REFRESH_TOKEN_LIFETIME_MS = 60 * 24 * 60 * 60_000;

/** The keep-alive refreshes once the refresh token is this old: far inside the 60-day idle limit. */
export const KEEPALIVE_REFRESH_AFTER_MS = 7 * 24 * 60 * 60_000;

/** Suggested period of the background alarm that calls `keepAlive` (browser.alarms, STYLE 7). */
export const KEEPALIVE_ALARM_PERIOD_MINUTES = 12 * 60;

const TenantSchema = z.object({ tenantId: z.string(), tenantName: z.string().optional() });
const ErrorSchema = z.object({ kind: z.string(), message: z.string(), at: z.number() });

const RecordSchema = z.object({
  state: z.enum(['connected', 'reconnect-needed']),
  tokens: z.object({
    accessToken: z.string(),
    refreshToken: z.string(),
    expiresAt: z.number(),
    issuedAt: z.number(),
    scope: z.string().optional(),
  }),
  connectedAt: z.number(),
  lastSuccessAt: z.number(),
  lastError: ErrorSchema.optional(),
  organisation: TenantSchema.optional(),
  practice: TenantSchema.optional(),
});

type ConnectionRecord = z.infer<typeof RecordSchema>;

/** A chosen tenant. */
export type XeroTenantChoice = z.infer<typeof TenantSchema>;

/** What the popup and options show about the Xero connection. */
export interface XeroConnectionHealth {
  state: 'connected' | 'reconnect-needed' | 'not-connected';
  connectedAt?: number;
  /** Last time a token was obtained or an API call was recorded as successful. */
  lastSuccessAt?: number;
  refreshTokenIssuedAt?: number;
  refreshTokenAgeMs?: number;
  /** When the refresh token dies if nothing refreshes it. */
  refreshTokenExpiresAt?: number;
  accessTokenExpiresAt?: number;
  lastError?: { kind: string; message: string; at: number };
  organisation?: XeroTenantChoice;
  practice?: XeroTenantChoice;
}

export interface XeroTokenStoreOptions {
  secrets: SecretStore;
  identity: Pick<XeroIdentityClient, 'refresh'>;
  clock?: Clock;
}

/** Creates the token store: single-flight refresh, rotation persisted first, invalid_grant ends the connection. */
export function createXeroTokenStore(options: XeroTokenStoreOptions) {
  const clock = options.clock ?? systemClock;
  const { secrets } = options;
  let inflight: Promise<string> | undefined;

  async function load(): Promise<ConnectionRecord | undefined> {
    const parsed = RecordSchema.safeParse(await secrets.get(XERO_CONNECTION_KEY));
    return parsed.success ? parsed.data : undefined;
  }

  async function save(record: ConnectionRecord): Promise<void> {
    await secrets.set(XERO_CONNECTION_KEY, record);
  }

  async function connected(): Promise<ConnectionRecord> {
    const record = await load();
    if (!record) throw new ApiError({ service: 'xero', kind: 'not-connected', message: 'Xero is not connected' });
    if (record.state === 'reconnect-needed') {
      throw new ApiError({
        service: 'xero',
        kind: 'reconnect-needed',
        message: record.lastError?.message ?? 'reconnect',
      });
    }
    return record;
  }

  async function doRefresh(): Promise<string> {
    const record = await connected();
    let tokens: XeroTokenSet;
    try {
      tokens = await options.identity.refresh(record.tokens.refreshToken);
    } catch (error) {
      const at = clock.now();
      const message = error instanceof Error ? error.message : String(error);
      const kind = isApiError(error) ? error.kind : 'network';
      // The latest record may differ (tenants chosen meanwhile): re-read before writing the error.
      const latest = (await load()) ?? record;
      if (isApiError(error, 'reconnect-needed')) {
        await save({ ...latest, state: 'reconnect-needed', lastError: { kind, message, at } });
        throw new ApiError({ service: 'xero', kind: 'reconnect-needed', code: error.code, message, cause: error });
      }
      await save({ ...latest, lastError: { kind, message, at } });
      throw error;
    }
    // Persist the rotated refresh token before anyone uses the new access token: the old one is now spent.
    const latest = (await load()) ?? record;
    await save({ ...latest, state: 'connected', tokens, lastSuccessAt: clock.now() });
    return tokens.accessToken;
  }

  /** One refresh at a time; concurrent callers share it. */
  function refreshOnce(): Promise<string> {
    inflight ??= doRefresh().finally(() => {
      inflight = undefined;
    });
    return inflight;
  }

  return {
    /** A valid access token, refreshed when near expiry or when `forceRefresh` follows a 401. */
    async getAccessToken(request: { forceRefresh?: boolean } = {}): Promise<string> {
      if (inflight) return inflight;
      const record = await connected();
      const now = clock.now();
      const fresh = record.tokens.expiresAt - now > ACCESS_TOKEN_MARGIN_MS;
      const justRefreshed = now - record.tokens.issuedAt < FRESH_TOKEN_GRACE_MS;
      if (fresh && (!request.forceRefresh || justRefreshed)) return record.tokens.accessToken;
      return refreshOnce();
    },

    /** Refreshes now (shared with any refresh in flight). */
    refresh: refreshOnce,

    /** Alarm hook: refreshes when the refresh token is a week old, so the 60-day idle expiry never hits. */
    async keepAlive(): Promise<boolean> {
      const record = await load();
      if (!record || record.state !== 'connected') return false;
      if (clock.now() - record.tokens.issuedAt < KEEPALIVE_REFRESH_AFTER_MS) return false;
      await refreshOnce();
      return true;
    },

    /** Stores a fresh sign-in (and the tenants, when already chosen). */
    async saveSignIn(
      tokens: XeroTokenSet,
      tenants: { organisation?: XeroTenantChoice; practice?: XeroTenantChoice } = {},
    ) {
      const now = clock.now();
      await save({ state: 'connected', tokens, connectedAt: now, lastSuccessAt: now, ...tenants });
    },

    /** Records the tenants picked in Options (undefined leaves a choice unchanged). */
    async setTenants(tenants: { organisation?: XeroTenantChoice; practice?: XeroTenantChoice }) {
      const record = await load();
      if (!record) throw new ApiError({ service: 'xero', kind: 'not-connected', message: 'Xero is not connected' });
      await save({ ...record, ...tenants });
    },

    /** Notes a successful API call for the health display. */
    async recordSuccess(): Promise<void> {
      const record = await load();
      if (record?.state === 'connected') await save({ ...record, lastSuccessAt: clock.now() });
    },

    /** Forgets the connection (tokens included). */
    disconnect: () => secrets.delete(XERO_CONNECTION_KEY),

    /** The connection's state for the UI. */
    async health(): Promise<XeroConnectionHealth> {
      const record = await load();
      if (!record) return { state: 'not-connected' };
      const now = clock.now();
      return {
        state: record.state,
        connectedAt: record.connectedAt,
        lastSuccessAt: record.lastSuccessAt,
        refreshTokenIssuedAt: record.tokens.issuedAt,
        refreshTokenAgeMs: now - record.tokens.issuedAt,
        refreshTokenExpiresAt: record.tokens.issuedAt + REFRESH_TOKEN_LIFETIME_MS,
        accessTokenExpiresAt: record.tokens.expiresAt,
        ...(record.lastError ? { lastError: record.lastError } : {}),
        ...(record.organisation ? { organisation: record.organisation } : {}),
        ...(record.practice ? { practice: record.practice } : {}),
      };
    },
  };
}

export type XeroTokenStore = ReturnType<typeof createXeroTokenStore>;
