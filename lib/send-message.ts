import { defineExtensionMessaging } from '@webext-core/messaging';
import type { MessageName, ProtocolMap, Replies, Request, Result } from './messages';

const messenger = defineExtensionMessaging<ProtocolMap>();

/** Sends a message of lib/messages.ts to the background; a transport failure becomes an error Result too. */
export async function sendToBackground<K extends MessageName>(name: K, data: Request<K>): Promise<Result<Replies[K]>> {
  try {
    const reply = await messenger.sendMessage(name, data as never);
    return reply ?? { ok: false, error: 'The extension did not answer; reload the page.' };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `The extension is not reachable (${reason}); reload the page.` };
  }
}
