import { browser, defineBackground } from '#imports';
import { alarmPlan, ALARM, applyAlarmPlan } from '../lib/background/alarms';
import { createHandlers } from '../lib/background/create-handlers';
import { describeError } from '../lib/background/describe-error';
import { createServices } from '../lib/background/services';
import { createSyncRunner } from '../lib/background/sync-runner';
import { createScheduledSync } from '../lib/background/scheduled-sync';
import { speededClock } from '../lib/api/clock';
import { CLOCK_SPEED, SANDBOX_ORIGIN } from '../lib/config/build-env';
import { AppDb } from '../lib/db/app-db';
import { registerHandlers } from '../lib/messages';
import { defaultSettings } from '../lib/settings/settings';
import { createSettingsStore } from '../lib/settings/settings-store';
import { badgeLook } from '../lib/background/badge';
import { createChangeFeed } from '../lib/background/change-feed';
import { createServiceFailures } from '../lib/background/service-failures';

export default defineBackground(() => {
  const db = new AppDb();
  const settings = createSettingsStore(
    browser.storage.local,
    defaultSettings(SANDBOX_ORIGIN),
    browser.storage.onChanged,
  );
  const services = createServices({
    db,
    settings,
    fetch: (input, init) => fetch(input, init),
    sandboxOrigin: SANDBOX_ORIGIN,
    clock: speededClock(CLOCK_SPEED),
    // Called only during runs, after `runner` below exists.
    onProgress: (progress) => runner.onProgress(progress),
  });
  const changes = createChangeFeed(browser.storage.local);
  const failures = createServiceFailures(db);
  const runner = createSyncRunner({
    db,
    services,
    settings,
    changes,
    failures,
    setBadge: async () => {},
    setBadgeState: async (state, open) => {
      const look = badgeLook(state, open);
      await browser.action.setBadgeText({ text: look.text });
      await browser.action.setBadgeBackgroundColor({ color: look.color });
    },
  });

  const scheduled = createScheduledSync({ db, settings, runner, lease: () => services.runnerLease() });

  registerHandlers(
    createHandlers({
      settings,
      services,
      runner,
      scheduled,
      changes,
      failures,
      openOptionsPage: () => browser.runtime.openOptionsPage(),
      launchWebAuthFlow: (url) => browser.identity.launchWebAuthFlow({ url, interactive: true }),
    }),
    describeError,
    browser.runtime.getURL('/'),
  );

  const applyAlarms = async () => applyAlarmPlan(browser.alarms, alarmPlan(await settings.load()));
  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name === ALARM.scheduledSync) await scheduled.onAlarm();
    if (alarm.name === ALARM.xeroKeepAlive) await (await services.session()).tokens.keepAlive().catch(() => false);
  });
  browser.storage.onChanged.addListener((_, area) => area === 'local' && void applyAlarms());

  // Wakes the worker when the browser starts, so a run the last session left unfinished resumes without a click.
  browser.runtime.onStartup.addListener(() => undefined);
  // A service worker stopped mid-run left its marker or a checkpoint: finish that run now.
  void (async () => {
    await applyAlarms();
    await runner.refreshBadge();
    if (await runner.interrupted()) await runner.run('startup');
  })();
});
