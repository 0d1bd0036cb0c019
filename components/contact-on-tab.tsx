import type { PanelState } from '../lib/state/panel-state';
import { contactNameOf } from '../lib/karbon-page/contact-name';
import { live } from './live';
import { XeroClientPanel } from './xero-client-panel';

/** The popup's top block when it is opened over a Karbon contact page: that contact's status and actions. */
export const ContactOnTab = live(OnTab, ({ contact }) => [contact]);

function OnTab({ contact }: { contact: PanelState }) {
  const route = contact.route.value;
  if (!route) return null;
  const name = contactNameOf(contact.status.value);
  return (
    <section class="kxs-root kxs-popup kxs-on-tab" aria-label="Contact on this tab">
      <p class="kxs-muted kxs-on-tab__what">
        On this tab: {route.kind === 'organization' ? 'organization' : 'person'} <strong>{name ?? route.key}</strong>
      </p>
      <XeroClientPanel state={contact} />
    </section>
  );
}
