// GET and PUT /v3/BusinessCards/{key}; PUT replaces the whole card, so omitted fields are cleared (reference B3).
import type { Route, SandboxRequest, SandboxResponse } from '../core/types';
import { apiBase, KARBON_API_PREFIX } from './entity-routes';
import { errors, karbonJson, resourceNotFound } from './errors';
import { toCard } from './normalize';
import { checkCard, isResponse, readJson } from './request-body';
import { standaloneCard } from './serialize';
import type { KarbonStore } from './store';
import { isStale } from './write-rules';

export function businessCardRoutes(store: KarbonStore): Route[] {
  const get = (req: SandboxRequest): SandboxResponse => {
    for (const name of req.url.searchParams.keys()) if (name.startsWith('$')) return errors.queryOption(name);
    const key = req.params.key ?? '';
    const found = store.findCard(key);
    if (!found) return errors.businessCardNotFound(key);
    return karbonJson(200, standaloneCard(found.card, apiBase(req)));
  };

  const put = (req: SandboxRequest): SandboxResponse => {
    const key = req.params.key ?? '';
    const found = store.findCard(key);
    if (!found) return resourceNotFound();
    const body = readJson(req, 'update');
    if (isResponse(body)) return body;
    const invalid = checkCard(body);
    if (invalid) return invalid;
    if (typeof body.EntityType !== 'string' || body.EntityType === '') return errors.missingData('EntityType');
    if (typeof body.EntityKey !== 'string' || body.EntityKey === '') return errors.missingData('EntityKey');
    const { owner } = found;
    const ownerKey = owner.kind === 'Contact' ? owner.record.ContactKey : owner.record.OrganizationKey;
    if (body.EntityType !== owner.kind || body.EntityKey !== ownerKey)
      return errors.badRequest(`The EntityType and EntityKey do not match the owner of business card ${key}.`);
    if (isStale(req, undefined, owner.record)) return errors.stale();
    const primary = typeof body.IsPrimaryCard === 'boolean' ? body.IsPrimaryCard : found.card.IsPrimaryCard;
    const card = toCard(
      { ...body, BusinessCardKey: key, IsPrimaryCard: primary },
      { type: owner.kind, key: ownerKey },
      store.newKey,
    );
    const cards = owner.record.BusinessCards.map((c) =>
      c.BusinessCardKey === key ? card : primary ? { ...c, IsPrimaryCard: false } : c,
    );
    // A card that stops being primary hands the role to the first card, so an entity always has one.
    if (!cards.some((c) => c.IsPrimaryCard) && cards[0]) cards[0] = { ...cards[0], IsPrimaryCard: true };
    store.save(
      owner.kind === 'Contact'
        ? { kind: 'Contact', record: { ...owner.record, BusinessCards: cards } }
        : { kind: 'Organization', record: { ...owner.record, BusinessCards: cards } },
    );
    return { status: 204 };
  };

  const path = `${KARBON_API_PREFIX}/BusinessCards/:key`;
  return [
    { method: 'GET', pattern: path, service: 'karbon', endpoint: 'GET BusinessCards/{key}', handler: get },
    { method: 'PUT', pattern: path, service: 'karbon', endpoint: 'PUT BusinessCards/{key}', handler: put },
  ];
}
