import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caller, testContext } from '../karbon/call-module';
import { createXpmModule } from './index';
import { clientElementPaths, documentedClientPaths, responseOf } from './xml-helpers';

const BASE = '/xero/practicemanager/3.1/client.api';
const ACME = '720c21d3-e812-4bb1-9d6b-ddeb4745e7b9';
const JO = '10e45ad9-cd3f-42b9-9e7e-056e47c0c109';

const names = [
  'Name',
  'Email',
  'Phone',
  'UUID',
  'IsProspect',
  'BusinessStructure',
  'Client',
  'Contacts',
  'Contact',
  'IsPrimary',
  'Position',
  'Bogus',
];
const text = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(ACME, JO, 'Yes', 'No', '&amp;', '<', ''));
const element: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.tuple(fc.constantFrom(...names), text).map(([n, t]) => `<${n}>${t}</${n}>`),
    fc
      .tuple(fc.constantFrom(...names), fc.array(tie('node'), { maxLength: 3 }))
      .map(([n, kids]) => `<${n}>${kids.join('')}</${n}>`),
  ),
})).node;
const word = fc.string({ minLength: 1, maxLength: 10 }).filter((w) => /^[\w .-]+$/.test(w) && w.trim() !== '');
const plausible = fc.oneof(
  fc
    .tuple(word, word)
    .map(
      ([n, b]) => `<Client><UUID>${ACME}</UUID><Name>${n}</Name><BusinessStructure>${b}</BusinessStructure></Client>`,
    ),
  fc
    .tuple(word, word)
    .map(
      ([n, p]) => `<Contact><Client><UUID>${ACME}</UUID></Client><Name>${n}</Name><Position>${p}</Position></Contact>`,
    ),
  word.map(
    (n) =>
      `<Client><Name>${n}</Name><Contacts><Contact><Name>${n}</Name><IsPrimary>Yes</IsPrimary></Contact></Contacts></Client>`,
  ),
);
const root = fc.oneof(
  { arbitrary: plausible, weight: 3 },
  { arbitrary: fc.array(element, { maxLength: 4 }).map((kids) => `<Client>${kids.join('')}</Client>`), weight: 1 },
  { arbitrary: fc.array(element, { maxLength: 4 }).map((kids) => `<Contact>${kids.join('')}</Contact>`), weight: 1 },
  { arbitrary: fc.string({ maxLength: 40 }), weight: 1 },
);
const target = fc.constantFrom(
  ['POST', 'add'],
  ['PUT', 'update'],
  ['PUT', 'archive'],
  ['POST', 'contact'],
  ['PUT', `contact/${JO}`],
  ['POST', `client/${ACME}/contacts`],
);

describe('arbitrary XML bodies', () => {
  it('always answer HTTP 200 with Status OK or ERROR, and the store stays loadable and documented', async () => {
    // Some writes must succeed, or the property would only ever see the store unchanged.
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(target, root), { minLength: 1, maxLength: 4 }), async (writes) => {
        const xpm = createXpmModule(testContext());
        xpm.load({
          xpm: { clients: [{ UUID: ACME, Name: 'Acme', Contacts: [{ UUID: JO, Name: 'Jo', IsPrimary: 'Yes' }] }] },
        });
        const call = caller(xpm.routes);
        for (const [[method, path], body] of writes) {
          const res = await call(method, `${BASE}/${path}`, { body, headers: { 'content-type': 'application/xml' } });
          expect(res.status).toBe(200);
          const status = responseOf(res.text).Status;
          expect(['OK', 'ERROR']).toContain(status);
          if (status === 'OK') accepted++;
        }
        createXpmModule(testContext()).load(xpm.dump());
        const list = await call('GET', `${BASE}/list?detailed=true`);
        const documented = documentedClientPaths();
        expect([...clientElementPaths(list.text)].filter((p) => !documented.has(p))).toEqual([]);
      }),
      { numRuns: 150, seed: 20260105 },
    );
    expect(accepted).toBeGreaterThan(10);
  });
});
