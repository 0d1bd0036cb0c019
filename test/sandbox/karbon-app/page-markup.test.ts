// The page's markup variants in a DOM: the same contact in other structures (alt) and with nothing to anchor on (bare).
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { karbonFixture } from '../karbon/karbon-spec';
import type { Sandbox } from '../server';
import { openSandbox } from '../test-helpers';

const PERSON = '67zlxNyJSr8e';
let sb: Sandbox;
const windows: Window[] = [];

beforeAll(async () => {
  sb = await openSandbox({ limits: false });
  sb.loadDataset({ karbon: { contacts: [karbonFixture('contact-get-expanded.json')], organizations: [] } });
});
afterAll(async () => {
  for (const w of windows) await w.happyDOM.close();
  await sb.close();
});

/** Loads the page in `markup` on a contact's Details tab and waits for it to render. */
async function detailsPage(markup: string) {
  const page = `${sb.origin}${sb.credentials.karbonAppPath}?markup=${markup}`;
  const window = new Window({
    url: `${page}#/contacts/${PERSON}/details`,
    settings: { disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  windows.push(window);
  window.document.write(await (await fetch(page)).text());
  window.eval(await (await fetch(`${sb.origin}${sb.credentials.karbonAppPath}/assets/app.js`)).text());
  await rendered(window, 'Accounting Details');
  return window;
}

async function rendered(window: Window, text: string) {
  for (let i = 0; i < 250 && !window.document.body.textContent?.includes(text); i++)
    await new Promise((resolve) => setTimeout(resolve, 20));
  expect(window.document.body.textContent).toContain(text);
}

describe('Karbon-style page markup variants', () => {
  it('alt: hashed class names, no <main>, h3 section titles and an ARIA tab list', async () => {
    const { document } = await detailsPage('alt');
    expect(document.querySelector('main, .contact-details, .contact-hero-panel, [data-section]')).toBeNull();
    expect(document.querySelector('h1')?.textContent).toBe('William John Connor');
    expect([...document.querySelectorAll('[role="tablist"] [role="tab"]')].map((t) => t.textContent)).toEqual([
      'Timeline',
      'Details',
    ]);
    expect([...document.querySelectorAll('h3')].map((h) => h.textContent)).toContain('Accounting Details');
  });

  it('bare: divs and spans only, yet the same content and working tabs', async () => {
    const window = await detailsPage('bare');
    const { document } = window;
    const container = document.getElementById('main-container')!;
    expect(document.querySelector('main, nav, h1, h2, h3, ul, li, a, section, header, [role]')).toBeNull();
    expect(container.textContent).toContain('William John Connor');
    expect(container.textContent).toContain('Client Team');
    const timeline = [...container.querySelectorAll('span')].find((s) => s.textContent === 'Timeline')!;
    timeline.click();
    expect(window.location.hash).toBe(`#/contacts/${PERSON}/timeline`);
    await rendered(window, 'Post a Note');
  });
});
