import { useSignal } from '@preact/signals';
import type { SandboxDemo } from '../lib/config/build-env';
import type { ConnectionsSummary } from '../lib/connections/connection-types';
import type { OptionsState } from '../lib/state/options-state';
import { ConnectionList } from './connection-list';
import { TextField } from './text-field';
import { NoticeLine } from './notice-line';

/** Connect and disconnect Xero (OAuth sign-in) and Karbon (API key pair). */
export function AccountsSection({
  state,
  connections,
  clientId,
  redirectUrl,
  demo,
}: {
  state: OptionsState;
  connections: ConnectionsSummary;
  clientId: string;
  redirectUrl: string;
  /** The sandbox's demo credentials (sandbox builds only): "Use sandbox" fills them in. */
  demo?: SandboxDemo | undefined;
}) {
  const draftClientId = useSignal(clientId);
  const bearer = useSignal('');
  const accessKey = useSignal('');
  const busy = state.busy.value;
  const message = state.accountMessage.value;
  const xeroConnected = connections.xero.state !== 'not-connected';
  const karbonConnected = connections.karbon.state === 'connected';
  return (
    <>
      <ConnectionList connections={connections} />
      {demo && (
        <div class="kxs-actions">
          <button
            type="button"
            class="kxs-button"
            onClick={() => {
              draftClientId.value = demo.xeroClientId;
              bearer.value = demo.bearer;
              accessKey.value = demo.accessKey;
              state.useSandbox();
            }}
          >
            Use sandbox
          </button>
          <span class="kxs-muted">Fills in the local sandbox's demo Client ID and Karbon keys.</span>
        </div>
      )}
      <form
        class="kxs-form"
        aria-label="Xero account"
        onSubmit={(event) => {
          event.preventDefault();
          void state.connectXero(draftClientId.value.trim());
        }}
      >
        <h3 class="kxs-subtitle">Xero</h3>
        <TextField label="Xero app Client ID" value={draftClientId} />
        <p class="kxs-muted">
          Register this redirect URL in your Xero app: <code>{redirectUrl}</code>
        </p>
        <div class="kxs-actions">
          <button type="submit" class="kxs-button kxs-button--primary" disabled={busy}>
            {xeroConnected ? 'Reconnect Xero' : 'Connect Xero'}
          </button>
          {xeroConnected && (
            <button type="button" class="kxs-button" disabled={busy} onClick={() => void state.disconnectXero()}>
              Disconnect Xero
            </button>
          )}
        </div>
        <h3 class="kxs-subtitle">Xero Practice Manager</h3>
        <p class="kxs-muted">
          The same Xero sign-in, also allowing Xero Practice Manager (practicemanager.client): its practice syncs too.
        </p>
        <div class="kxs-actions">
          <button
            type="button"
            class="kxs-button"
            disabled={busy}
            onClick={() => void state.connectXpm(draftClientId.value.trim())}
          >
            Connect XPM
          </button>
        </div>
      </form>
      <form
        class="kxs-form"
        aria-label="Karbon account"
        onSubmit={(event) => {
          event.preventDefault();
          void state.connectKarbon({ bearer: bearer.value, accessKey: accessKey.value });
        }}
      >
        <h3 class="kxs-subtitle">Karbon</h3>
        <p class="kxs-muted">
          From Karbon's Settings › Connected Apps › API: the application's Bearer token and your firm's Access Key.
        </p>
        <TextField label="Bearer token" value={bearer} secret />
        <TextField label="Access Key" value={accessKey} secret />
        <div class="kxs-actions">
          <button type="submit" class="kxs-button kxs-button--primary" disabled={busy}>
            {karbonConnected ? 'Replace Karbon keys' : 'Connect Karbon'}
          </button>
          {karbonConnected && (
            <button type="button" class="kxs-button" disabled={busy} onClick={() => void state.disconnectKarbon()}>
              Disconnect Karbon
            </button>
          )}
        </div>
      </form>
      <NoticeLine notice={message} role="alert" />
    </>
  );
}
