import type { ContactStatus } from '../messages';
import type { RemoteValue } from '../state/remote-value';

/** The name the background holds for the contact on screen (what its page heading should read), once it has answered. */
export function contactNameOf(status: RemoteValue<ContactStatus>): string | undefined {
  return status.status === 'ready' ? status.value.sync?.karbon?.name : undefined;
}
