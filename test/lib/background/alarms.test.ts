import { describe, expect, it } from 'vitest';
import { ALARM, alarmPlan, applyAlarmPlan } from '../../../lib/background/alarms';
import { badgeText } from '../../../lib/background/badge';
import { KEEPALIVE_ALARM_PERIOD_MINUTES } from '../../../lib/auth/xero-token-store';
import { defaultSettings } from '../../../lib/settings/settings';

describe('alarmPlan', () => {
  const base = defaultSettings('');
  it.each([
    ['the default hourly schedule', { syncIntervalMinutes: 60 }, 60],
    ['a 15-minute schedule', { syncIntervalMinutes: 15 }, 15],
    ['no schedule (0)', { syncIntervalMinutes: 0 }, undefined],
    ['preview mode, which would only repeat itself unattended', { syncIntervalMinutes: 60, dryRun: true }, undefined],
  ])('%s', (_, patch, period) => {
    const plan = alarmPlan({ ...base, ...patch });
    expect(plan.find((a) => a.name === ALARM.scheduledSync)?.periodInMinutes).toBe(period);
    // The sign-in keep-alive always runs, so a quiet firm's Xero connection never lapses after 60 idle days.
    expect(plan.find((a) => a.name === ALARM.xeroKeepAlive)?.periodInMinutes).toBe(KEEPALIVE_ALARM_PERIOD_MINUTES);
  });
});

describe('badgeText', () => {
  it.each([
    [0, ''],
    [-1, ''],
    [7, '7'],
    [999, '999'],
    [1000, '999+'],
  ])('%i open issues -> %j', (open, text) => {
    expect(badgeText(open)).toBe(text);
  });
});

describe('applyAlarmPlan', () => {
  it('creates missing alarms, changes a changed period, clears unplanned ones, and leaves the rest alone', async () => {
    const existing = new Map<string, number>([
      [ALARM.scheduledSync, 60],
      [ALARM.xeroKeepAlive, KEEPALIVE_ALARM_PERIOD_MINUTES],
    ]);
    const calls: string[] = [];
    const alarms = {
      get: async (name: string) => (existing.has(name) ? { periodInMinutes: existing.get(name)! } : undefined),
      create: (name: string, info: { periodInMinutes: number }) => {
        calls.push(`create ${name} ${info.periodInMinutes}`);
        existing.set(name, info.periodInMinutes);
      },
      clear: async (name: string) => {
        calls.push(`clear ${name}`);
        return existing.delete(name);
      },
    };
    await applyAlarmPlan(alarms, alarmPlan({ ...defaultSettings(''), syncIntervalMinutes: 15 }));
    expect(calls).toEqual([`create ${ALARM.scheduledSync} 15`]);
    await applyAlarmPlan(alarms, alarmPlan({ ...defaultSettings(''), syncIntervalMinutes: 0 }));
    expect(calls).toEqual([`create ${ALARM.scheduledSync} 15`, `clear ${ALARM.scheduledSync}`]);
  });
});
