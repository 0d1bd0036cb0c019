import type { XeroConnectionHealth } from '../auth/xero-token-store';
import type { ServiceConnection } from '../connections/connection-types';

type Described = Omit<ServiceConnection, 'service'>;

const DAY_MS = 24 * 60 * 60_000;
/** Warn this long before the refresh token's 60-day idle expiry, so a broken connection is seen before it breaks. */
export const EXPIRY_WARNING_MS = 14 * DAY_MS;

/** Turns the Xero token store's health into what the UI shows for Xero and for XPM (which shares the sign-in). */
export function describeXeroHealth(health: XeroConnectionHealth, now: number): { xero?: Described; xpm?: Described } {
  if (health.state === 'not-connected') return {};
  const lastSuccessAt = health.lastSuccessAt !== undefined ? { lastSuccessAt: health.lastSuccessAt } : {};
  if (health.state === 'reconnect-needed') {
    const detail = `Xero connection expired: reconnect in Options.${health.lastError ? ` (${health.lastError.message})` : ''}`;
    return {
      xero: { state: 'reconnect-needed', detail, ...lastSuccessAt },
      ...(health.practice ? { xpm: { state: 'reconnect-needed', detail, ...lastSuccessAt } } : {}),
    };
  }
  const detail = connectedDetail(health, now);
  return {
    xero: health.organisation
      ? {
          state: 'connected',
          name: health.organisation.tenantName ?? health.organisation.tenantId,
          ...detail,
          ...lastSuccessAt,
        }
      : { state: 'not-connected', detail: 'Signed in, but no Xero organisation was chosen: connect again in Options.' },
    ...(health.practice
      ? {
          xpm: {
            state: 'connected',
            name: health.practice.tenantName ?? health.practice.tenantId,
            ...detail,
            ...lastSuccessAt,
          },
        }
      : {}),
  };
}

function connectedDetail(health: XeroConnectionHealth, now: number): { detail?: string } {
  const left = health.refreshTokenExpiresAt !== undefined ? health.refreshTokenExpiresAt - now : undefined;
  if (left !== undefined && left < EXPIRY_WARNING_MS) {
    return { detail: `The Xero sign-in lapses in ${Math.max(0, Math.floor(left / DAY_MS))} days unless a sync runs.` };
  }
  if (health.lastError) return { detail: `Last problem: ${health.lastError.message}` };
  return {};
}
