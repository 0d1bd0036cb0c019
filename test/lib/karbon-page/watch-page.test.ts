// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from '../../../lib/karbon-page/content-script-context';
import { watchPage } from '../../../lib/karbon-page/watch-page';

beforeEach(() => vi.stubGlobal('chrome', { runtime: { id: 'ext-id' } }));
afterEach(() => vi.unstubAllGlobals());

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('watchPage', () => {
  it('looks at once, then once per frame after navigations and DOM changes, until the context stops', async () => {
    const ctx = new ContentScriptContext('karbon');
    const navigation = new EventTarget();
    const win = Object.assign(window, { navigation });
    const look = vi.fn();
    watchPage(ctx, win, look);
    expect(look).toHaveBeenCalledTimes(1);

    window.dispatchEvent(new Event('hashchange'));
    document.body.append(document.createElement('div'));
    navigation.dispatchEvent(new Event('navigate'));
    await frame();
    await frame();
    expect(look).toHaveBeenCalledTimes(2);

    new ContentScriptContext('karbon');
    window.dispatchEvent(new Event('popstate'));
    navigation.dispatchEvent(new Event('navigate'));
    document.body.append(document.createElement('div'));
    await frame();
    await frame();
    expect(look).toHaveBeenCalledTimes(2);
  });
});
