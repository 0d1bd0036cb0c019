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

/** The part of browser.alarms the plan is applied through. */
export interface AlarmsApi {
  get(name: string): Promise<{ periodInMinutes?: number } | undefined>;
  create(name: string, info: { periodInMinutes: number }): Promise<void> | void;
  clear(name: string): Promise<boolean>;
}

/** Creates, changes or clears alarms so they match the plan (an unchanged alarm keeps its next firing time). */
export async function applyAlarmPlan(alarms: AlarmsApi, plan: AlarmPlan[]): Promise<void> {
  for (const alarm of plan) {
    if (alarm.periodInMinutes === undefined) await alarms.clear(alarm.name);
    else if ((await alarms.get(alarm.name))?.periodInMinutes !== alarm.periodInMinutes) {
      await alarms.create(alarm.name, { periodInMinutes: alarm.periodInMinutes });
    }
  }
}
