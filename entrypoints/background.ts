import { browser, defineBackground } from '#imports';
import { createHandlers } from '../lib/background/create-handlers';
import { SANDBOX_ORIGIN } from '../lib/config/build-env';
import { registerHandlers } from '../lib/messages';
import { defaultSettings } from '../lib/settings/settings';
import { createSettingsStore } from '../lib/settings/settings-store';

export default defineBackground(() => {
  const settings = createSettingsStore(browser.storage.local, defaultSettings(SANDBOX_ORIGIN));
  registerHandlers(
    createHandlers({
      settings,
      // No sign-in exists yet in this build, so nothing is connected.
      connectionFacts: async () => ({}),
      openOptionsPage: () => browser.runtime.openOptionsPage(),
    }),
  );
});
