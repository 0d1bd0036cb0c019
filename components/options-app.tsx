import type { SandboxDemo } from '../lib/config/build-env';
import type { OptionsState } from '../lib/state/options-state';
import { AccountsSection } from './accounts-section';
import { SettingsForm } from './settings-form';
import { NoticeLine } from './notice-line';
import type { RunnerState } from '../lib/state/runner-state';
import { RunnerSection } from './runner-section';

/** The options page: accounts first, then settings. */
export function OptionsApp({
  state,
  redirectUrl,
  sandboxAvailable,
  runner,
  demo,
}: {
  state: OptionsState;
  redirectUrl: string;
  sandboxAvailable: boolean;
  runner?: RunnerState;
  demo?: SandboxDemo | undefined;
}) {
  const settings = state.settings.value;
  const message = state.saveMessage.value;
  const connections = state.connections.value;
  return (
    <main class="kxs-root kxs-options">
      <h1>Karbon ⇄ Xero Sync</h1>
      <section class="kxs-panel" aria-label="Accounts">
        <h2 class="kxs-panel__title">Accounts</h2>
        {connections.status === 'ready' && settings.status === 'ready' && (
          <AccountsSection
            state={state}
            connections={connections.value}
            clientId={settings.value.xeroClientId}
            redirectUrl={redirectUrl}
            demo={demo}
          />
        )}
        {connections.status === 'error' && (
          <p class="kxs-error" role="alert">
            {connections.error}
          </p>
        )}
      </section>
      <section class="kxs-panel" aria-label="Settings section">
        <h2 class="kxs-panel__title">Settings</h2>
        {settings.status === 'loading' && <p class="kxs-muted">Loading…</p>}
        {settings.status === 'error' && (
          <p class="kxs-error" role="alert">
            {settings.error}
          </p>
        )}
        {settings.status === 'ready' && (
          <SettingsForm
            settings={settings.value}
            sandboxAvailable={sandboxAvailable}
            onSave={(patch) => void state.save(patch)}
          />
        )}
        <NoticeLine notice={message} role="status" />
      </section>
      {runner && settings.status === 'ready' && <RunnerSection runner={runner} staffName={settings.value.staffName} />}
    </main>
  );
}
