import '../../components/kxs.css';
import { render } from 'preact';
import { OptionsApp } from '../../components/options-app';
import { SANDBOX_ORIGIN, sandboxDemo } from '../../lib/config/build-env';
import { xeroRedirectUrl } from '../../lib/config/extension-identity';
import { createOptionsState } from '../../lib/state/options-state';
import { createRunnerState } from '../../lib/state/runner-state';

const state = createOptionsState();
const runner = createRunnerState();
render(
  <OptionsApp
    state={state}
    redirectUrl={xeroRedirectUrl()}
    sandboxAvailable={Boolean(SANDBOX_ORIGIN)}
    runner={runner}
    demo={sandboxDemo()}
  />,
  document.getElementById('app')!,
);
void state.load();
void runner.load();
