// Karbon-style web app: /karbon-app/<firm> serves a single page whose hash routes show the Karbon store's people and
// organizations. It reads and writes through its own session endpoints (like a logged-in page), not the public API.
//
// Dependency: `createKarbonAppModule(ctx, karbon)` takes the Karbon API module (anything with its `store`), so a
// page edit and an API write change the same records and both move LastModifiedDateTime.
//
// DOM shape the extension relies on (the whole of #main-container is replaced on every hash change, and
// <html class> is rewritten to `karbon-app ember-application route-… [route-person|route-organization tab-…]`):
//   nav.main-menu[aria-label="Main Menu"] … main > header.app-header > button.global-add … div#main-container
//   List (#/contacts, #/organizations): ul.block-list > li.block-list__item > a[href="#/contacts/<key>"] (people)
//     or a[href="#/organizations/<key>"] (organizations), each with span.avatar.avatar--person|avatar--organization
//   Record (#/contacts/<key>[/timeline|/details], #/organizations/<key>[/…]; the bare route shows Timeline):
//     div.contact-hero-panel[data-contact-key][data-entity-type="Contact"|"Organization"]
//       > div.contact-hero-panel__content (span.avatar, h1.contact-hero-panel__name, div.drop-down-button "…")
//       > ul.tab-bar > li > a(.active)  (Timeline, Details)
//     Details tab: div.tab-content > div.contact-details[data-contact-key][data-entity-type]
//       > section.details-section[data-section="identity"|"contact-card"|"accounting"|"client-team"|
//         "other-contacts" (organizations only)|"billing"|"privacy"]
//         > header.details-section__header > h2.details-section__title + a.details-section__edit
//         > div.details-section__body
//     More sections (e.g. the extension's "Xero Client") stack by appending to div.contact-details.
// That is the `standard` markup. `?markup=alt` (or the module's default) renders the same content with hashed class
// names, no <main>, h3 section titles and an ARIA tab list; `bare` uses divs and spans only (client/app.js).
import { readFileSync } from 'node:fs';
import { KARBON_FIRM } from '../core/credentials';
import type { ModuleContext, Route, SandboxRequest, SandboxResponse, ServiceModule } from '../core/types';
import type { KarbonStore } from '../karbon/store';
import { KARBON_MARKUPS, pageHtml, type KarbonMarkup } from './page';
import { sessionRoutes } from './session-api';

/** The demo firm's page; `GET /__sandbox/credentials` reports the same path. */
export const KARBON_APP_PATH = `/karbon-app/${KARBON_FIRM.firmKey}`;

/** The signed-in user the page shows in its Main Menu. */
export const KARBON_APP_USER = 'Alex Morgan';

const asset = (name: string) => readFileSync(new URL(`./client/${name}`, import.meta.url), 'utf8');

/**
 * `markup` is the page's default structure; `?markup=standard|alt|bare` on the page URL picks another for that load,
 * so one sandbox serves every variant.
 */
export function createKarbonAppModule(
  _ctx: ModuleContext,
  karbon: { store: KarbonStore } | undefined,
  markup: KarbonMarkup = 'standard',
): ServiceModule {
  if (!karbon) throw new Error('The Karbon web app needs the Karbon module (createKarbonModule) to read its records');
  const assets: Record<string, { type: string; body: string }> = {
    'app.js': { type: 'text/javascript; charset=utf-8', body: asset('app.js') },
    'app.css': { type: 'text/css; charset=utf-8', body: asset('app.css') },
  };
  const isFirm = (req: SandboxRequest) => req.params.firm === KARBON_FIRM.firmKey;
  const notFound = (): SandboxResponse => ({
    status: 404,
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: '<!doctype html><title>Not found | Karbon</title><p>This firm does not exist.</p>',
  });
  const page = (req: SandboxRequest): SandboxResponse => {
    if (!isFirm(req)) return notFound();
    const asked = req.url.searchParams.get('markup') ?? markup;
    if (!(KARBON_MARKUPS as readonly string[]).includes(asked))
      return {
        status: 400,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
        body: `Unknown markup "${asked}": use one of ${KARBON_MARKUPS.join(', ')}.`,
      };
    return {
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
      body: pageHtml(KARBON_APP_PATH, KARBON_FIRM.firmName, KARBON_APP_USER, asked as KarbonMarkup),
    };
  };
  const serveAsset = (req: SandboxRequest): SandboxResponse => {
    const found = assets[req.params.name ?? ''];
    if (!isFirm(req) || !found) return { status: 404, headers: { 'content-type': 'text/plain' }, body: 'Not found' };
    return { status: 200, headers: { 'content-type': found.type, 'cache-control': 'no-cache' }, body: found.body };
  };
  const routes: Route[] = [
    { method: 'GET', pattern: '/karbon-app/:firm', service: 'karbon-app', endpoint: 'GET page', handler: page },
    {
      method: 'GET',
      pattern: '/karbon-app/:firm/assets/:name',
      service: 'karbon-app',
      endpoint: 'GET assets/{name}',
      handler: serveAsset,
    },
    ...sessionRoutes(karbon.store, '/karbon-app/:firm', isFirm),
  ];
  // The page holds no records of its own: load, dump and reset belong to the Karbon module.
  return { routes, load: () => undefined, dump: () => ({}), reset: () => undefined };
}
