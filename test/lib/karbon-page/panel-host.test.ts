// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createPanelHost } from '../../../lib/karbon-page/panel-host';

function makeHost(parent: HTMLElement) {
  const calls: string[] = [];
  const ui = createPanelHost({
    name: 'karbon-xero-panel',
    cssUrl: 'chrome-extension://abc/content-scripts/karbon.css',
    append: (host) => parent.append(host),
    onMount: (container) => {
      container.textContent = 'panel';
      calls.push('mount');
    },
    onRemove: (container) => {
      container.textContent = '';
      calls.push('remove');
    },
  });
  return { ui, calls };
}

describe('createPanelHost', () => {
  it('keeps the panel in an open shadow root with the reset and the linked stylesheet', () => {
    const { ui } = makeHost(document.body);
    const shadow = ui.shadowHost.shadowRoot;
    expect(ui.shadowHost.tagName.toLowerCase()).toBe('karbon-xero-panel');
    expect(shadow?.querySelector('style')?.textContent).toContain(':host{all:initial');
    expect(shadow?.querySelector('link')?.getAttribute('href')).toBe(
      'chrome-extension://abc/content-scripts/karbon.css',
    );
  });

  it('mounts where append puts it, and removes it (rendering nothing) before moving it elsewhere', () => {
    const first = document.createElement('section');
    const second = document.createElement('section');
    document.body.append(first, second);
    let parent = first;
    const { ui, calls } = makeHost(document.body);
    const moved = createPanelHost({
      name: 'karbon-xero-panel',
      cssUrl: 'x.css',
      append: (host) => parent.append(host),
      onMount: (container) => void (container.textContent = 'panel'),
      onRemove: (container) => void (container.textContent = ''),
    });
    expect(ui.mounted).toBe(false);
    ui.mount();
    expect(ui.mounted).toBe(true);
    expect(ui.shadowHost.parentElement).toBe(document.body);
    ui.remove();
    expect(ui.mounted).toBe(false);
    expect(ui.shadowHost.isConnected).toBe(false);
    expect(calls).toEqual(['mount', 'remove']);

    moved.mount();
    expect(moved.shadowHost.parentElement).toBe(first);
    moved.remove();
    parent = second;
    moved.mount();
    expect(moved.shadowHost.parentElement).toBe(second);
    expect(moved.shadowHost.shadowRoot?.querySelectorAll('link')).toHaveLength(1);
    expect(moved.shadowHost.shadowRoot?.lastElementChild?.textContent).toBe('panel');
  });

  it('a remove before any mount calls nothing', () => {
    const { ui, calls } = makeHost(document.body);
    ui.remove();
    expect(calls).toEqual([]);
  });
});
