// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findPanelPlacement, isPlaced } from '../../../lib/karbon-page/find-panel-anchor';

function page(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

describe('findPanelPlacement', () => {
  it.each([
    [
      'the Details tab: last of the details sections',
      '<main><div><div class="contact-hero-panel"></div><div class="contact-details"><section></section></div></div></main>',
      'contact-details',
      'last',
    ],
    [
      'another tab: right under the contact header',
      '<main><div><div class="contact-hero-panel"></div><div class="timeline"></div></div></main>',
      'contact-hero-panel',
      'after',
    ],
    ['an unknown layout: the end of the main area', '<main><div id="x"></div></main>', '', 'last'],
  ])('%s', (_, html, anchorClass, position) => {
    const placement = findPanelPlacement(page(html));
    expect(placement?.anchor.className).toBe(anchorClass);
    expect(placement?.position).toBe(position);
  });

  it('finds nothing while the app has not rendered', () => {
    expect(findPanelPlacement(page('<div id="loading"></div>'))).toBeUndefined();
  });

  it('tells whether the panel host still sits where it belongs', () => {
    const root = page('<main><div><div class="contact-hero-panel"></div></div></main>');
    const placement = findPanelPlacement(root)!;
    const host = document.createElement('karbon-xero-panel');
    expect(isPlaced(host, placement)).toBe(false);
    placement.anchor.after(host);
    expect(isPlaced(host, placement)).toBe(true);
  });
});
