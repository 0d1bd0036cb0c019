// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findPanelPlacement,
  isPlaced,
  scorePanelAnchors,
  type PanelPlacement,
} from '../../../lib/karbon-page/find-panel-anchor';

function page(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

// Saved from the sandbox's Karbon-style page in Chromium (`?markup=standard|alt|bare`, person "Ava Nguyen"): the
// same content as the extension met it, in the class names the first selectors were written for (standard), after a
// redesign with hashed class names, no <main>, h3 titles and an ARIA tab list (alt), and in divs only (bare).
const snapshot = (name: string) => page(readFileSync(resolve(import.meta.dirname, `snapshots/${name}.html`), 'utf8'));
const NAME = 'Ava Nguyen';

/** The element that holds both the contact's name heading and the tab bar, found by content, not class. */
function headerBlock(root: HTMLElement): Element {
  const tabs = [...root.querySelectorAll('a,[role="tab"]')].find((a) => a.textContent?.trim() === 'Timeline')!;
  let block = tabs.parentElement!;
  while (!block.querySelector('h1')) block = block.parentElement!;
  return block;
}
/** The element whose children are the Details sections. */
function sectionsParent(root: HTMLElement): Element {
  const title = [...root.querySelectorAll('h2,h3')].find((h) => h.textContent?.trim() === 'Accounting Details')!;
  let block: Element = title;
  while (!block.parentElement!.textContent!.includes('Client Team')) block = block.parentElement!;
  return block.parentElement!;
}

describe('findPanelPlacement on saved Karbon-style pages', () => {
  it.each<[string, string | undefined, (root: HTMLElement) => PanelPlacement | undefined]>([
    ['standard-timeline', NAME, (r) => ({ anchor: r.querySelector('.contact-hero-panel')!, position: 'after' })],
    ['standard-timeline', undefined, (r) => ({ anchor: r.querySelector('.contact-hero-panel')!, position: 'after' })],
    ['standard-details', NAME, (r) => ({ anchor: r.querySelector('.contact-details')!, position: 'last' })],
    ['alt-timeline', NAME, (r) => ({ anchor: headerBlock(r), position: 'after' })],
    ['alt-timeline', undefined, (r) => ({ anchor: headerBlock(r), position: 'after' })],
    ['alt-details', NAME, (r) => ({ anchor: sectionsParent(r), position: 'last' })],
    ['bare-timeline', NAME, () => undefined],
    ['bare-details', NAME, () => undefined],
  ])('%s (name known: %s)', (name, contactName, expected) => {
    const root = snapshot(name);
    expect(findPanelPlacement(root, contactName ? { contactName } : {})).toEqual(expected(root));
  });

  it('explains its choice: what people see outweighs class names', () => {
    const [best] = scorePanelAnchors(snapshot('standard-details'), { contactName: NAME });
    expect(best?.cues).toEqual(['main landmark', '5 section headings', 'details class or tab panel', 'class name']);
  });
});

describe('findPanelPlacement on other layouts', () => {
  it.each([
    [
      'the contact name heading beats a stale class name elsewhere',
      `<div class="contact-hero-panel">Recent contacts</div>
       <header id="want"><h2>Ava Nguyen</h2><nav><button>Timeline</button><button>Details</button></nav></header>`,
      'want',
      'after',
    ],
    [
      'the heading that shows the contact, not the page title',
      `<header id="page"><h1>Contacts</h1></header>
       <div><div><h2 id="want">Ava  nguyen</h2></div><div>Post a Note</div></div>`,
      'want',
      'after',
    ],
    [
      'ARIA headings and a tab list, no tags to go by',
      `<div role="main"><div id="want"><div role="heading" aria-level="1">Ava Nguyen</div>
       <div role="tablist"><span role="tab">Timeline</span><span role="tab">Details</span></div></div><div>…</div></div>`,
      'want',
      'after',
    ],
    [
      'section headings in a two-column Details tab: the fuller column',
      `<h1>Ava Nguyen</h1><div id="left"><section><h3>Accounting Details</h3></section><section><h3>Billing</h3></section></div>
       <div id="want"><div><h4>Client Team</h4></div><div><h4>Privacy</h4></div><div><h4>Contact Card</h4></div></div>`,
      'want',
      'last',
    ],
    [
      'a header that wraps the whole page: right under the tab bar',
      `<main><div><h1>Ava Nguyen</h1><div id="want"><a>Timeline</a> <a>Details</a></div>
       <ul>${'<li>Email from Ava Nguyen: the quarterly BAS is ready for review and signature.</li>'.repeat(12)}</ul></div></main>`,
      'want',
      'after',
    ],
  ])('%s', (_, html, id, position) => {
    const root = page(html);
    const placement = findPanelPlacement(root, { contactName: 'Ava Nguyen' });
    expect(placement?.anchor.id).toBe(id);
    expect(placement?.position).toBe(position);
  });

  it.each([
    ['while the app has not rendered', '<div id="loading"></div>'],
    ['a lone <main> with nothing recognisable', '<main><div>Ava Nguyen</div></main>'],
    ['one section heading is not a Details tab', '<div><section><h3>Billing</h3></section></div>'],
  ])('finds nothing %s', (_, html) => {
    expect(findPanelPlacement(page(html), { contactName: 'Ava Nguyen' })).toBeUndefined();
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
