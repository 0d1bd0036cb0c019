// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from '../../../lib/karbon-page/content-script-context';

const runtime = { id: 'ext-id' as string | undefined };

beforeEach(() => {
  runtime.id = 'ext-id';
  vi.stubGlobal('chrome', { runtime });
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('ContentScriptContext', () => {
  it('stops when a newer copy of the script starts (the extension was reloaded or updated)', () => {
    const old = new ContentScriptContext('karbon');
    const stopped = vi.fn();
    old.onInvalidated(stopped);
    const heard = vi.fn();
    old.addEventListener(window, 'hashchange', heard);
    expect(old.isValid).toBe(true);

    const fresh = new ContentScriptContext('karbon');
    expect(stopped).toHaveBeenCalledOnce();
    expect(old.isValid).toBe(false);
    expect(fresh.isValid).toBe(true);
    window.dispatchEvent(new Event('hashchange'));
    expect(heard).not.toHaveBeenCalled();
  });

  it('another script of the same extension does not stop it', () => {
    const panel = new ContentScriptContext('karbon');
    new ContentScriptContext('other');
    expect(panel.isValid).toBe(true);
  });

  it('stops once the runtime is gone, and its timers never fire after that', () => {
    const ctx = new ContentScriptContext('karbon');
    const stopped = vi.fn();
    const fired = vi.fn();
    ctx.onInvalidated(stopped);
    ctx.setTimeout(fired, 1000);
    runtime.id = undefined;
    expect(ctx.isValid).toBe(false);
    expect(stopped).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(2000);
    expect(fired).not.toHaveBeenCalled();
  });

  it('runs a timer while valid; a removed invalidation listener is not called', () => {
    const ctx = new ContentScriptContext('karbon');
    const fired = vi.fn();
    const stopped = vi.fn();
    ctx.setTimeout(fired, 1000);
    ctx.onInvalidated(stopped)();
    vi.advanceTimersByTime(1000);
    expect(fired).toHaveBeenCalledOnce();
    new ContentScriptContext('karbon');
    expect(stopped).not.toHaveBeenCalled();
  });
});
