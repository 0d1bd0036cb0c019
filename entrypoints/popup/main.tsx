import '../../components/kxs.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ContactOnTab } from '../../components/contact-on-tab';
import { PopupApp } from '../../components/popup-app';
import { SANDBOX_ORIGIN } from '../../lib/config/build-env';
import { karbonAppRoots } from '../../lib/config/endpoints';
import { activeTabContact } from '../../lib/karbon-page/active-tab-contact';
import { createPanelState } from '../../lib/state/panel-state';
import { createPopupState } from '../../lib/state/popup-state';
import { createRunnerState } from '../../lib/state/runner-state';

const state = createPopupState();
const runner = createRunnerState();
render(<PopupApp state={state} runner={runner} />, document.getElementById('app')!);
void state.load();
void runner.load();

// Opened over a Karbon contact page, the popup starts with that contact, so nothing depends on the panel alone.
void activeTabContact(browser, karbonAppRoots(SANDBOX_ORIGIN)).then((route) => {
  if (!route) return;
  const contact = createPanelState();
  render(<ContactOnTab contact={contact} />, document.getElementById('contact-on-tab')!);
  void contact.show(route);
});
state.watch(globalThis.chrome?.storage);
