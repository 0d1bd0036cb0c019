// The Karbon-style page: hash routes re-render #main-container and rewrite <html class> on every navigation, as the
// real app does (reference karbon-ui.md §8). Reads and writes go to the web app's session endpoints, not the API.
const container = document.getElementById('main-container');
const sessionBase = container.dataset.session;
let renderToken = 0;

// ---- Markup variants (`--karbon-markup`, or `?markup=` on the page URL): the same data in other structures ----
// standard: the class names and tags the extension's analogy-based selectors were written for.
// alt: a redesign with CSS-module class names, no <main>, h3 section titles and an ARIA tab list.
// bare: the same look from divs and spans only (no headings, lists, landmarks or links): nothing to anchor on.
const markup = container.dataset.markup || 'standard';

function hashed(name) {
  let h = 5381;
  for (const ch of markup + name) h = ((h * 33) ^ ch.charCodeAt(0)) >>> 0;
  const initials = name
    .split(/[-_]+/)
    .filter(Boolean)
    .map((part) => part[0])
    .join('');
  return `_${initials}_${h.toString(36).slice(0, 5)}`;
}
/** A selector written with standard class names, as the current variant spells it. */
const sel = (selector) =>
  markup === 'standard' ? selector : selector.replace(/\.([A-Za-z_][\w-]*)/g, (_, name) => `.${hashed(name)}`);
const $ = (root, selector) => root.querySelector(sel(selector));
const $$ = (root, selector) => root.querySelectorAll(sel(selector));

const RETAG = {
  alt: { MAIN: 'div', HEADER: 'div', H2: 'h3' },
  bare: {
    MAIN: 'div',
    NAV: 'div',
    ASIDE: 'div',
    HEADER: 'div',
    SECTION: 'div',
    H1: 'div',
    H2: 'div',
    UL: 'div',
    LI: 'div',
    DL: 'div',
    DT: 'div',
    DD: 'div',
    A: 'span',
  },
};

/** Rewrites freshly rendered standard markup into the current variant (before any listener is attached). */
function restyle(root) {
  if (markup === 'standard') return;
  if (markup === 'alt')
    for (const bar of root.querySelectorAll('.tab-bar')) {
      bar.setAttribute('role', 'tablist');
      for (const tab of bar.querySelectorAll('a')) {
        tab.setAttribute('role', 'tab');
        tab.setAttribute('aria-selected', String(tab.classList.contains('active')));
      }
    }
  const tags = RETAG[markup];
  for (const el of [...root.querySelectorAll(Object.keys(tags).join(','))].reverse()) {
    const copy = document.createElement(tags[el.tagName]);
    for (const attr of el.attributes) copy.setAttribute(attr.name === 'href' ? 'data-href' : attr.name, attr.value);
    copy.append(...el.childNodes);
    el.replaceWith(copy);
  }
  for (const el of root.querySelectorAll('[data-contact-key],[data-entity-type],[data-section]'))
    for (const name of ['data-contact-key', 'data-entity-type', 'data-section']) el.removeAttribute(name);
  if (markup === 'bare')
    for (const el of root.querySelectorAll('[role],[aria-label]')) {
      el.removeAttribute('role');
      el.removeAttribute('aria-label');
    }
  for (const el of root.querySelectorAll('[class]')) el.className = [...el.classList].map(hashed).join(' ');
}

/** The stylesheet, renamed like the markup (it is written with standard class names). */
function restyleSheet() {
  const sheet = document.querySelector('link[rel="stylesheet"]')?.sheet;
  for (const rule of sheet?.cssRules ?? []) if (rule.selectorText) rule.selectorText = sel(rule.selectorText);
}

/** Sets the container's HTML in the current variant. */
function show(html) {
  container.innerHTML = html;
  restyle(container);
}

const esc = (value) =>
  String(value ?? '').replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch],
  );

/** `#/contacts`, `#/organizations`, `#/contacts/<key>[/details|/timeline]`, `#/organizations/<key>[/…]`. */
function parseRoute(hash) {
  const parts = hash.replace(/^#\/?/, '').split('?')[0].split('/').filter(Boolean);
  const [section, key, tab] = parts;
  if (parts.length === 0) return { name: 'contacts', view: 'all' };
  if (section !== 'contacts' && section !== 'organizations') return { name: 'not-found' };
  if (!key) return { name: 'contacts', view: section === 'organizations' ? 'Organization' : 'all' };
  if (tab !== undefined && tab !== 'details' && tab !== 'timeline') return { name: 'not-found' };
  return {
    name: 'contact',
    kind: section === 'organizations' ? 'Organization' : 'Contact',
    key,
    tab: tab ?? 'timeline',
  };
}

function setHtmlClass(route) {
  const classes = ['karbon-app', 'ember-application', `route-${route.name}`];
  if (route.name === 'contact')
    classes.push(`route-${route.kind === 'Contact' ? 'person' : 'organization'}`, `tab-${route.tab}`);
  document.documentElement.className = classes.join(' ');
}

function setActiveMenu(item) {
  for (const link of document.querySelectorAll('[data-menu]'))
    link.classList.toggle('active', link.dataset.menu === item);
}

async function getJson(path) {
  const response = await fetch(`${sessionBase}/${path}`, { headers: { accept: 'application/json' } });
  return { ok: response.ok, status: response.status, body: await response.json() };
}

function avatar(kind, name) {
  const shape = kind === 'Organization' ? 'avatar--organization' : 'avatar--person';
  return `<span class="avatar ${shape}" aria-hidden="true">${esc((name || '?').trim().charAt(0).toUpperCase())}</span>`;
}

function recordHref(kind, key, tab) {
  return `#/${kind === 'Organization' ? 'organizations' : 'contacts'}/${encodeURIComponent(key)}${tab ? `/${tab}` : ''}`;
}

// ---- Contacts list ----

const listState = { view: 'all', query: '' };

async function renderList(route, token) {
  if (route.view === 'Organization') listState.view = 'Organization';
  const params = new URLSearchParams();
  if (listState.query) params.set('q', listState.query);
  if (listState.view !== 'all') params.set('kind', listState.view);
  const { body } = await getJson(`contacts?${params}`);
  if (token !== renderToken) return;
  const views = [
    ['all', 'My Contacts'],
    ['Contact', 'People'],
    ['Organization', 'Organizations'],
    ['ClientGroup', 'Client Groups'],
  ];
  const rows = body.rows
    .map(
      (r) => `<li class="block-list__item contact-row" data-kind="${esc(r.kind)}">
        <a href="${recordHref(r.kind, r.key)}" class="contact-row__link">${avatar(r.kind, r.name)}
          <span class="contact-row__name">${esc(r.name)}${r.restriction !== 'Public' ? ' <span class="padlock" title="Private">&#128274;</span>' : ''}</span>
          <span class="contact-row__related">${esc(r.related)}</span>
          <span class="contact-row__type">${esc(r.contactType)}</span>
          <span class="contact-row__email">${esc(r.email)}</span>
        </a></li>`,
    )
    .join('');
  show(`<div class="grid-block contacts-page">
    <div class="page-header"><h1 class="page-title">Contacts</h1>
      <button type="button" class="action-button action-button--primary add-contact">Add Contact</button></div>
    <div class="filter-bar">
      <ul class="contacts-views">${views
        .map(
          ([v, label]) =>
            `<li><a href="#/contacts" data-view="${v}" class="${listState.view === v ? 'active' : ''}">${label}</a></li>`,
        )
        .join('')}</ul>
      <input type="search" class="contacts-search" placeholder="Search contacts" value="${esc(listState.query)}" aria-label="Search contacts">
    </div>
    <p class="list-count">Showing ${body.rows.length} of ${body.total}</p>
    <ul class="block-list contacts-list">${rows || '<li class="block-list__empty">No contacts match.</li>'}</ul>
  </div>`);
  for (const link of container.querySelectorAll('[data-view]'))
    link.addEventListener('click', (event) => {
      event.preventDefault();
      listState.view = link.dataset.view;
      render();
    });
  $(container, '.add-contact').addEventListener('click', openAddContact);
  const search = $(container, '.contacts-search');
  search.addEventListener('change', () => {
    listState.query = search.value.trim();
    render();
  });
}

// ---- Contact page ----

function field(label, value) {
  return `<div class="detail-field"><dt class="detail-field__label">${esc(label)}</dt><dd class="detail-field__value">${
    value === '' || value === null || value === undefined ? '<span class="muted">—</span>' : value
  }</dd></div>`;
}

function section(id, title, body, editable = true) {
  return `<section class="details-section" data-section="${id}">
    <header class="details-section__header"><h2 class="details-section__title">${esc(title)}</h2>
      ${editable ? `<a href="#" class="details-section__edit" data-edit="${id}">Edit</a>` : ''}</header>
    <div class="details-section__body"><dl class="detail-fields">${body}</dl></div>
  </section>`;
}

function formatAddress(a) {
  if (!a) return '';
  return esc([a.lines, [a.city, a.state, a.zip].filter(Boolean).join(' '), a.country].filter(Boolean).join(', '));
}

function detailsHtml(r) {
  const isPerson = r.kind === 'Contact';
  const identity = isPerson
    ? field('First name', esc(r.firstName)) +
      field('Middle name', esc(r.middleName)) +
      field('Last name', esc(r.lastName)) +
      field('Preferred name', esc(r.preferredName))
    : field('Name', esc(r.name)) + field('Description', esc(r.description));
  const common =
    field('Contact Category', isPerson ? 'Person' : 'Organization') +
    field('Contact Type', esc(r.contactType)) +
    field('Client Identifier', esc(r.clientIdentifier));
  const card =
    (isPerson ? field('Role / Title', esc(r.role)) : '') +
    (isPerson
      ? field(
          'Organization',
          r.organization
            ? `<a href="${recordHref('Organization', r.organization.key)}">${esc(r.organization.name)}</a>`
            : '',
        )
      : '') +
    field('Email', r.emails.map(esc).join('<br>')) +
    field('Phone', esc(r.phone)) +
    field('Address', formatAddress(r.address)) +
    (isPerson ? '' : field('Website', esc(r.website)));
  const people = r.people
    .map(
      (p) =>
        `<li><a href="${recordHref('Contact', p.key)}">${avatar('Contact', p.name)} ${esc(p.name)}</a> <span class="muted">${esc(p.role)}</span></li>`,
    )
    .join('');
  return [
    section('identity', isPerson ? 'Name' : 'Organization', identity + common),
    section('contact-card', isPerson ? 'Contact Card' : 'Contact details', card),
    section('accounting', 'Accounting Details', field('Legal name', '') + field('Tax ID', '')),
    section(
      'client-team',
      'Client Team',
      field('Client Owner', esc(r.clientOwner)) + field('Client Manager', esc(r.clientManager)),
    ),
    isPerson
      ? ''
      : section(
          'other-contacts',
          'Other contacts involved',
          `<ul class="related-people">${people || '<li class="muted">None</li>'}</ul>`,
          false,
        ),
    section(
      'billing',
      'Billing',
      field('Bill To', esc(r.name)) +
        field('Billing Email', esc(r.email)) +
        field('Billing Address', formatAddress(r.address)),
    ),
    section('privacy', 'Privacy', field('Visibility', esc(r.restriction))),
  ].join('');
}

function timelineHtml(r) {
  return `<div class="timeline">
    <div class="timeline__actions"><button type="button" class="action-button post-note">Post a Note</button></div>
    <ul class="timeline__items">
      <li class="timeline-item"><span class="timeline-item__when">${esc(new Date(r.lastModified).toLocaleString())}</span>
        <span class="timeline-item__what">${esc(r.name)}'s details were updated</span></li>
    </ul></div>`;
}

function editForm(r, id) {
  const input = (name, label, value, extra = '') =>
    `<label class="form-field"><span>${esc(label)}</span><input name="${name}" value="${esc(value)}" ${extra}></label>`;
  const a = r.address ?? { lines: '', city: '', state: '', zip: '', country: '' };
  const fields =
    id === 'identity'
      ? r.kind === 'Contact'
        ? input('firstName', 'First name', r.firstName, 'required') +
          input('lastName', 'Last name', r.lastName, 'required')
        : input('name', 'Name', r.name, 'required')
      : input('email', 'Email', r.email, 'type="email"') +
        input('phone', 'Phone', r.phone) +
        input('address.lines', 'Street address', a.lines) +
        input('address.city', 'City', a.city) +
        input('address.state', 'State / Region', a.state) +
        input('address.zip', 'Postcode', a.zip) +
        input('address.country', 'Country (ISO code)', a.country, 'maxlength="2"');
  return `<form class="details-edit-form" data-form="${id}">${fields}
    <p class="form-error" role="alert" hidden></p>
    <div class="dialog-action-bar"><button type="button" class="action-button cancel-edit">Cancel</button>
      <button type="submit" class="action-button action-button--primary">Save</button></div></form>`;
}

function readForm(form) {
  const out = {};
  for (const [name, value] of new FormData(form)) {
    if (name.startsWith('address.')) (out.address ??= {})[name.slice(8)] = String(value).trim();
    else out[name] = String(value).trim();
  }
  return out;
}

async function renderRecord(route, token) {
  let { ok, body } = await getJson(
    `${route.kind === 'Organization' ? 'organizations' : 'contacts'}/${encodeURIComponent(route.key)}`,
  );
  // Karbon may route organizations under #/contacts/ too (reference xpm-and-karbon.md §B5), so fall back.
  if (!ok && route.kind === 'Contact') ({ ok, body } = await getJson(`organizations/${encodeURIComponent(route.key)}`));
  if (token !== renderToken) return;
  if (!ok) {
    show(`<div class="grid-block"><p class="empty-state">This contact could not be found.</p></div>`);
    return;
  }
  const r = body;
  document.title = `${r.name} | Karbon`;
  const tabs = ['timeline', 'details']
    .map(
      (t) =>
        `<li class="tab-bar__item"><a href="${recordHref(route.kind, route.key, t)}" class="tab-bar__link${route.tab === t ? ' active' : ''}">${t === 'timeline' ? 'Timeline' : 'Details'}</a></li>`,
    )
    .join('');
  show(`<div class="grid-block"><div class="grid-container">
    <div class="contact-hero-panel" data-contact-key="${esc(r.key)}" data-entity-type="${esc(r.kind)}">
      <div class="contact-hero-panel__content">${avatar(r.kind, r.name)}
        <div class="contact-hero-panel__title"><h1 class="contact-hero-panel__name">${esc(r.name)}</h1>
          <span class="contact-hero-panel__meta">${esc(r.kind === 'Contact' ? 'Person' : 'Organization')}${r.contactType ? ` · ${esc(r.contactType)}` : ''}</span></div>
        <div class="drop-down-button"><button type="button" class="drop-down-button__toggle" aria-label="More options" aria-haspopup="true">&hellip;</button>
          <ul class="drop-down-button__list" hidden><li><a href="#" class="drop-down-button__item">Merge Duplicates</a></li></ul></div>
      </div>
      <ul class="tab-bar">${tabs}</ul>
    </div>
    <div class="tab-content tab-content--${route.tab}">${
      route.tab === 'details'
        ? `<div class="contact-details" data-contact-key="${esc(r.key)}" data-entity-type="${esc(r.kind)}">${detailsHtml(r)}</div>`
        : timelineHtml(r)
    }</div></div></div>`);
  const toggle = $(container, '.drop-down-button__toggle');
  toggle.addEventListener('click', () => {
    const list = $(container, '.drop-down-button__list');
    list.hidden = !list.hidden;
  });
  for (const link of $$(container, '.details-section__edit'))
    link.addEventListener('click', (event) => {
      event.preventDefault();
      const id = link.dataset.edit;
      const body = $(link.closest(sel('.details-section')), '.details-section__body');
      if (id !== 'identity' && id !== 'contact-card') {
        body.insertAdjacentHTML(
          'beforeend',
          '<p class="muted edit-unavailable">Editing this section is not part of the sandbox.</p>',
        );
        return;
      }
      body.innerHTML = editForm(r, id);
      restyle(body);
      const form = body.querySelector('form');
      $(form, '.cancel-edit').addEventListener('click', () => render());
      form.addEventListener('submit', async (submit) => {
        submit.preventDefault();
        const path = `${r.kind === 'Organization' ? 'organizations' : 'contacts'}/${encodeURIComponent(r.key)}`;
        const response = await fetch(`${sessionBase}/${path}`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(readForm(form)),
        });
        if (response.ok) return render();
        const error = $(form, '.form-error');
        error.textContent = (await response.json()).error ?? 'Could not save';
        error.hidden = false;
      });
    });
}

// ---- Add Contact dialog (the list's "Add Contact" and the global "+") ----

function closeDialog() {
  document.getElementById('modal-overlays').replaceChildren();
}

function openAddContact() {
  const overlays = document.getElementById('modal-overlays');
  overlays.innerHTML = `<div class="modal-dialog-bl"><div class="ember-modal-dialog add-contact-dialog" role="dialog" aria-label="Add Contact">
    <h2 class="dialog-title">Add Contact</h2>
    <form class="add-contact-form">
      <fieldset class="contact-kind"><label><input type="radio" name="kind" value="Contact" checked> Person</label>
        <label><input type="radio" name="kind" value="Organization"> Organization</label></fieldset>
      <div class="person-fields"><label class="form-field"><span>First name</span><input name="firstName"></label>
        <label class="form-field"><span>Last name</span><input name="lastName"></label></div>
      <div class="organization-fields" hidden><label class="form-field"><span>Name</span><input name="name"></label></div>
      <label class="form-field"><span>Email</span><input name="email" type="email"></label>
      <label class="form-field"><span>Phone</span><input name="phone"></label>
      <p class="form-error" role="alert" hidden></p>
      <div class="dialog-action-bar"><button type="button" class="action-button cancel-add">Cancel</button>
        <button type="submit" class="action-button action-button--primary">Save</button></div>
    </form></div></div>`;
  restyle(overlays);
  const form = overlays.querySelector('form');
  const kindOf = () => form.querySelector('input[name="kind"]:checked').value;
  for (const radio of form.querySelectorAll('input[name="kind"]'))
    radio.addEventListener('change', () => {
      $(form, '.person-fields').hidden = kindOf() !== 'Contact';
      $(form, '.organization-fields').hidden = kindOf() !== 'Organization';
    });
  $(form, '.cancel-add').addEventListener('click', closeDialog);
  form.addEventListener('submit', async (submit) => {
    submit.preventDefault();
    const kind = kindOf();
    const names = kind === 'Contact' ? ['firstName', 'lastName'] : ['name'];
    const body = { kind };
    for (const name of [...names, 'email', 'phone']) {
      const value = form.querySelector(`input[name="${name}"]`).value.trim();
      if (value !== '' || names.includes(name)) body[name] = value;
    }
    const response = await fetch(`${sessionBase}/contacts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const answer = await response.json();
    if (!response.ok) {
      const error = $(form, '.form-error');
      error.textContent = answer.error ?? 'Could not save';
      error.hidden = false;
      return;
    }
    closeDialog();
    location.hash = recordHref(answer.kind, answer.key, 'details');
  });
}

async function render() {
  const token = ++renderToken;
  const route = parseRoute(location.hash);
  setHtmlClass(route);
  setActiveMenu('contacts');
  if (route.name === 'contacts') return renderList(route, token);
  if (route.name === 'contact') return renderRecord(route, token);
  show('<div class="grid-block"><p class="empty-state">Page not found.</p></div>');
}

document.addEventListener('click', (event) => {
  // bare: links are spans that navigate by script, as in apps built without anchors.
  const link = event.target.closest?.('[data-href^="#/"]');
  if (!link) return;
  event.preventDefault();
  location.hash = link.getAttribute('data-href');
});
restyle(document.body);
const stylesheet = document.querySelector('link[rel="stylesheet"]');
if (stylesheet?.sheet) restyleSheet();
else stylesheet?.addEventListener('load', restyleSheet);
$(document, '.global-add').addEventListener('click', () => {
  const menu = $(document, '.global-add__menu');
  menu.hidden = !menu.hidden;
});
$(document, '.global-add__menu [data-add="contact"]').addEventListener('click', () => {
  $(document, '.global-add__menu').hidden = true;
  openAddContact();
});
window.addEventListener('hashchange', render);
if (!location.hash) location.replace('#/contacts');
render();
