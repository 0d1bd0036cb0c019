/** What the content script's code uses of its context: everything it sets up stops when the context does. */
export interface ScriptContext {
  /** False once the extension was reloaded, updated or removed, or a newer copy of this script started. */
  readonly isValid: boolean;
  onInvalidated(callback: () => void): () => void;
  setTimeout(handler: () => void, ms: number): number;
  addEventListener(target: EventTarget, type: string, listener: () => void): void;
}

/**
 * Stands in for WXT's ContentScriptContext in the content-script build (wxt.config.ts aliases it): the same
 * invalidation (the runtime's id is gone, or a newer copy of the script announced itself on the document) in a few
 * hundred bytes, where WXT's brings about 3 kB of helpers the content script does not use (intervals, animation
 * frames, a location watcher, logging).
 */
export class ContentScriptContext implements ScriptContext {
  private readonly controller = new AbortController();
  private readonly signal = this.controller.signal;

  constructor(name: string) {
    // Heard across isolated worlds too: an event on the shared document reaches every copy's listener.
    const started = `${chrome.runtime.id}:${name}:started`;
    document.dispatchEvent(new Event(started));
    this.addEventListener(document, started, () => this.controller.abort());
  }

  get isValid(): boolean {
    if (!chrome.runtime?.id) this.controller.abort();
    return !this.signal.aborted;
  }

  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
  }

  setTimeout(handler: () => void, ms: number): number {
    const id = setTimeout(() => this.isValid && handler(), ms) as unknown as number;
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  addEventListener(target: EventTarget, type: string, listener: () => void): void {
    target.addEventListener(type, listener, { signal: this.signal });
  }
}
