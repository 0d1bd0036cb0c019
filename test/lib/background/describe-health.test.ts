import { describe, expect, it } from 'vitest';
import { describeXeroHealth, EXPIRY_WARNING_MS } from '../../../lib/background/describe-health';
import { REFRESH_TOKEN_LIFETIME_MS } from '../../../lib/auth/xero-token-store';

const NOW = Date.UTC(2026, 10, 26);
const org = { tenantId: 'T1', tenantName: 'Demo Company (AU)' };
const practice = { tenantId: 'P1', tenantName: 'Demo Practice' };

describe('describeXeroHealth', () => {
  it('says nothing when Xero was never connected (the summary then asks to connect)', () => {
    expect(describeXeroHealth({ state: 'not-connected' }, NOW)).toEqual({});
  });

  it('names the organisation and practice of a healthy connection', () => {
    const described = describeXeroHealth(
      { state: 'connected', organisation: org, practice, refreshTokenExpiresAt: NOW + REFRESH_TOKEN_LIFETIME_MS },
      NOW,
    );
    expect(described.xero).toEqual({ state: 'connected', name: 'Demo Company (AU)' });
    expect(described.xpm).toEqual({ state: 'connected', name: 'Demo Practice' });
  });

  it('warns before the refresh token lapses, so the break is seen before it happens', () => {
    const described = describeXeroHealth(
      { state: 'connected', organisation: org, refreshTokenExpiresAt: NOW + EXPIRY_WARNING_MS - 3 * 86_400_000 },
      NOW,
    );
    expect(described.xero?.detail).toMatch(/lapses in 11 days/);
  });

  it('asks to reconnect after Xero refused the refresh token, with the reason', () => {
    const described = describeXeroHealth(
      {
        state: 'reconnect-needed',
        organisation: org,
        practice,
        lastError: { kind: 'reconnect-needed', message: 'invalid_grant', at: NOW },
      },
      NOW,
    );
    expect(described.xero).toMatchObject({ state: 'reconnect-needed' });
    expect(described.xero?.detail).toContain('reconnect in Options');
    expect(described.xero?.detail).toContain('invalid_grant');
    expect(described.xpm?.state).toBe('reconnect-needed');
  });

  it('flags a sign-in that picked no organisation', () => {
    expect(describeXeroHealth({ state: 'connected' }, NOW).xero?.state).toBe('not-connected');
  });
});
