import type { MessageName, ProtocolMap, Replies, Request, Result } from './messages';

/** The envelope the background's @webext-core/messaging listener reads (lib/messages.ts registers it). */
interface Envelope {
  id: number;
  type: keyof ProtocolMap;
  data: unknown;
  timestamp: number;
}

// Sent by hand in @webext-core/messaging's wire format: the library (4 kB with its helpers) then stays out of the
// content script, which loads on every Karbon page (DESIGN.md section 6: under 40 kB).
let nextId = Math.floor(Math.random() * 10_000);

function send(message: Envelope): Promise<{ res?: unknown; err?: { message?: string } } | undefined> {
  return new Promise((resolve, reject) =>
    chrome.runtime.sendMessage(message, (response: { res?: unknown; err?: { message?: string } } | undefined) => {
      if (chrome.runtime.lastError) reject(new Error(chrome.runtime.lastError.message));
      else resolve(response);
    }),
  );
}

/** Sends a message of lib/messages.ts to the background; a transport failure becomes an error Result too. */
export async function sendToBackground<K extends MessageName>(name: K, data: Request<K>): Promise<Result<Replies[K]>> {
  try {
    const answer = await send({ id: nextId++, type: name, data, timestamp: Date.now() });
    if (answer?.err) throw new Error(answer.err.message ?? 'The background failed');
    return (
      (answer?.res as Result<Replies[K]> | undefined) ?? {
        ok: false,
        error: 'The extension did not answer; reload the page.',
      }
    );
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `The extension is not reachable (${reason}); reload the page.` };
  }
}
