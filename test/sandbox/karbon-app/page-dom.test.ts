import {
  Window,
  type HTMLAnchorElement,
  type HTMLButtonElement,
  type HTMLElement,
  type HTMLFormElement,
  type HTMLInputElement,
} from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { karbonFixture } from '../karbon/karbon-spec';
import type { Sandbox } from '../server';
import { openSandbox } from '../test-helpers';

const PERSON = '67zlxNyJSr8e';
const ORG = '2Nw8tnxwQCVf';

let sb: Sandbox;
let window: Window;
let document: Window['document'];

async function waitFor<T>(read: () => T | null | undefined | false, what: string): Promise<T> {
  for (let i = 0; i < 250; i++) {
    const value = read();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Navigates by hash and waits until the page has replaced #main-container's content. */
async function go(hash: string) {
  const container = document.getElementById('main-container');
  const old = container?.firstElementChild;
  window.location.hash = hash;
  await waitFor(() => container?.firstElementChild && container.firstElementChild !== old, hash);
}

beforeAll(async () => {
  sb = await openSandbox({ limits: false });
  const person = karbonFixture('contact-get-expanded.json') as { BusinessCards: { OrganizationKey: string }[] };
  person.BusinessCards[0]!.OrganizationKey = ORG;
  sb.loadDataset({ karbon: { contacts: [person], organizations: [karbonFixture('organization-get-expanded.json')] } });
  const page = `${sb.origin}${sb.credentials.karbonAppPath}`;
  window = new Window({
    url: `${page}#/contacts`,
    settings: { disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  document = window.document;
  document.write(await (await fetch(page)).text());
  // The module script tag is not fetched by happy-dom here, so the served bundle is run directly.
  window.eval(await (await fetch(`${page}/assets/app.js`)).text());
});
afterAll(async () => {
  await window.happyDOM.close();
  await sb.close();
});

describe('Karbon-style page in a DOM', () => {
  it('lists people and organizations as block-list links with circle and square avatars', async () => {
    await go('#/contacts');
    const links = await waitFor(() => {
      const found = [...document.querySelectorAll('ul.block-list > li.block-list__item > a')];
      return found.length === 2 && found;
    }, 'list rows');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([`#/organizations/${ORG}`, `#/contacts/${PERSON}`]);
    expect(links[0]?.querySelector('.avatar--organization')).not.toBeNull();
    expect(links[1]?.querySelector('.avatar--person')).not.toBeNull();
    expect(document.querySelector('nav.main-menu a.active')?.textContent).toBe('Contacts');
  });

  it('re-renders the page and rewrites <html class> on hash navigation', async () => {
    await go(`#/contacts/${PERSON}/details`);
    const details = await waitFor(() => document.querySelector('div.contact-details'), 'details');
    expect(document.documentElement.className).toBe(
      'karbon-app ember-application route-contact route-person tab-details',
    );
    expect(document.querySelector('.contact-hero-panel__name')?.textContent).toBe('William John Connor');
    expect(document.querySelector('.contact-hero-panel .avatar--person')).not.toBeNull();
    expect(
      [...document.querySelectorAll('ul.tab-bar > li > a')].map((a) => [a.textContent, a.classList.contains('active')]),
    ).toEqual([
      ['Timeline', false],
      ['Details', true],
    ]);
    expect(
      [...details.querySelectorAll(':scope > section.details-section')].map((s) => s.getAttribute('data-section')),
    ).toEqual(['identity', 'contact-card', 'accounting', 'client-team', 'billing', 'privacy']);
    for (const section of details.querySelectorAll('section.details-section'))
      expect(section.querySelector('header h2.details-section__title')?.textContent).toMatch(/\S/);

    // An extension's own section and <html> class do not survive navigation, as on real Karbon.
    const mounted = document.createElement('section');
    mounted.setAttribute('data-section', 'xero-client');
    details.appendChild(mounted);
    document.documentElement.classList.add('xero-panel-host');
    await go(`#/contacts/${PERSON}/timeline`);
    await waitFor(() => document.querySelector('.timeline'), 'timeline');
    expect(details.isConnected).toBe(false);
    expect(document.documentElement.className).toBe(
      'karbon-app ember-application route-contact route-person tab-timeline',
    );
    await go(`#/contacts/${PERSON}/details`);
    await waitFor(() => document.querySelector('div.contact-details'), 'details again');
    expect(document.querySelector('[data-section="xero-client"]')).toBeNull();
  });

  it('shows an organization (also when routed under #/contacts/) with its linked people', async () => {
    await go(`#/contacts/${ORG}/details`);
    const people = await waitFor(() => document.querySelector('[data-section="other-contacts"] a'), 'linked people');
    expect(people.getAttribute('href')).toBe(`#/contacts/${PERSON}`);
    expect(document.querySelector('.contact-hero-panel')?.getAttribute('data-entity-type')).toBe('Organization');
    expect(document.querySelector('.contact-hero-panel .avatar--organization')).not.toBeNull();
  });

  it('edits email, phone and address through the Contact Card form and shows the saved values', async () => {
    await go(`#/organizations/${ORG}/details`);
    const edit = await waitFor(
      () => document.querySelector<HTMLAnchorElement>('[data-section="contact-card"] a.details-section__edit'),
      'edit link',
    );
    edit.click();
    const form = await waitFor(() => document.querySelector<HTMLFormElement>('form.details-edit-form'), 'form');
    const set = (name: string, value: string) => {
      const input = form.querySelector<HTMLInputElement>(`input[name="${name}"]`);
      if (!input) throw new Error(`no input ${name}`);
      input.value = value;
    };
    set('email', 'office@sample.example');
    set('phone', '+61 2 8000 1000');
    set('address.city', 'Newtown');
    form.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await waitFor(
      () => document.querySelector('[data-section="contact-card"]')?.textContent?.includes('office@sample.example'),
      'saved email',
    );
    const org = (
      sb.state().karbon?.organizations as {
        OrganizationKey: string;
        BusinessCards: {
          EmailAddresses: string[];
          PhoneNumbers: { Number: string }[];
          Addresses: { City: string }[];
        }[];
      }[]
    ).find((o) => o.OrganizationKey === ORG);
    expect(org?.BusinessCards[0]).toMatchObject({
      EmailAddresses: ['office@sample.example', 'sample.two@example.com'],
      PhoneNumbers: [{ Number: '+61 2 8000 1000' }],
      Addresses: [{ City: 'Newtown', AddressLines: '45 Sample Street' }],
    });
  });

  it('shows the form error and keeps the record when a value is refused', async () => {
    await go(`#/contacts/${PERSON}/details`);
    const edit = await waitFor(
      () => document.querySelector<HTMLAnchorElement>('[data-section="contact-card"] a.details-section__edit'),
      'edit link',
    );
    edit.click();
    const form = await waitFor(() => document.querySelector<HTMLFormElement>('form.details-edit-form'), 'form');
    const country = form.querySelector<HTMLInputElement>('input[name="address.country"]');
    if (!country) throw new Error('no country input');
    country.value = 'au';
    form.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    const error = await waitFor(() => {
      const p = form.querySelector<HTMLElement>('.form-error');
      return p && !p.hidden && p;
    }, 'form error');
    expect(error.textContent).toContain('two-letter ISO code');
  });

  it('adds a person through the Add Contact dialog and opens it', async () => {
    await go('#/contacts');
    const add = await waitFor(() => document.querySelector<HTMLButtonElement>('button.add-contact'), 'Add Contact');
    add.click();
    const form = await waitFor(
      () => document.querySelector<HTMLFormElement>('#modal-overlays .ember-modal-dialog form'),
      'dialog',
    );
    const set = (name: string, value: string) => {
      const input = form.querySelector<HTMLInputElement>(`input[name="${name}"]`);
      if (!input) throw new Error(`no input ${name}`);
      input.value = value;
    };
    set('firstName', 'Tama');
    set('lastName', 'Rangi');
    set('email', 'tama@rangi.example');
    form.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await waitFor(
      () => document.querySelector('.contact-hero-panel__name')?.textContent === 'Tama Rangi',
      'new person page',
    );
    expect(window.location.hash).toMatch(/^#\/contacts\/[^/]+\/details$/);
    expect(document.querySelector('#modal-overlays')?.children.length).toBe(0);
    const people = sb.state().karbon?.contacts as { FirstName: string }[];
    expect(people.map((p) => p.FirstName)).toContain('Tama');
  });
});
