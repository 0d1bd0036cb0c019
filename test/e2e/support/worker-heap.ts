import type { ExtensionBrowser } from './launch';

/** The V8 heap of the extension's service worker, in bytes, read through the browser's DevTools protocol. */
export interface WorkerHeap {
  usedBytes(): Promise<number>;
  detach(): Promise<void>;
}

// Playwright opens CDP sessions on pages and frames only; a service worker is reached through the browser session
// (Target.attachToTarget without flatten, then messages wrapped in Target.sendMessageToTarget).
export async function attachWorkerHeap(browser: ExtensionBrowser): Promise<WorkerHeap> {
  const owner = browser.context.browser();
  if (!owner) throw new Error('no browser behind this context');
  const session = await owner.newBrowserCDPSession();
  const { targetInfos } = await session.send('Target.getTargets');
  const worker = targetInfos.find(
    (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${browser.extensionId}/`),
  );
  if (!worker) throw new Error('the extension has no running service worker');
  const { sessionId } = await session.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
  let nextId = 0;
  const pending = new Map<number, (reply: { result?: { usedSize?: number }; error?: { message?: string } }) => void>();
  session.on('Target.receivedMessageFromTarget', (event) => {
    const reply = JSON.parse(event.message) as { id?: number; result?: { usedSize?: number } };
    if (reply.id !== undefined) pending.get(reply.id)?.(reply);
  });
  return {
    async usedBytes() {
      const id = ++nextId;
      const reply = await new Promise<{ result?: { usedSize?: number }; error?: { message?: string } }>((resolve) => {
        pending.set(id, resolve);
        const message = JSON.stringify({ id, method: 'Runtime.getHeapUsage', params: {} });
        void session.send('Target.sendMessageToTarget', { sessionId, message });
      });
      pending.delete(id);
      if (reply.error || reply.result?.usedSize === undefined) {
        throw new Error(`Runtime.getHeapUsage failed: ${reply.error?.message ?? 'no usedSize'}`);
      }
      return reply.result.usedSize;
    },
    detach: () => session.detach(),
  };
}
