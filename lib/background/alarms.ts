import { KEEPALIVE_ALARM_PERIOD_MINUTES } from '../auth/xero-token-store';
import type { Settings } from '../settings/settings';

/** Alarm names (browser.alarms), one per kind of periodic work. */
export const ALARM = {
  scheduledSync: 'scheduled-sync',
  xeroKeepAlive: 'xero-keepalive',
} as const;

export interface AlarmPlan {
  name: string;
  /** undefined: the alarm must not exist. */
  periodInMinutes?: number;
}

/**
 * Which alarms should exist for these settings: the scheduled sync (off when the interval is 0 or while the sync is
 * in preview mode, since an unattended preview would only repeat itself), and the Xero sign-in keep-alive, always.
 */
export function alarmPlan(settings: Settings): AlarmPlan[] {
  const syncOn = settings.syncIntervalMinutes > 0 && !settings.dryRun;
  return [
    { name: ALARM.scheduledSync, ...(syncOn ? { periodInMinutes: settings.syncIntervalMinutes } : {}) },
    { name: ALARM.xeroKeepAlive, periodInMinutes: KEEPALIVE_ALARM_PERIOD_MINUTES },
  ];
}
