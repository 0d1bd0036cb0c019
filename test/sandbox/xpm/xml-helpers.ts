// Test helpers: parse XPM answers and collect element names, to compare with the documented XML examples.
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { FIXTURES } from '../test-helpers';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  isArray: (name, jpath) => ['Client', 'Contact'].includes(name) && String(jpath).endsWith(`${name}s.${name}`),
});

export type Xml = Record<string, unknown>;

export function parseXml(text: string): Xml {
  return parser.parse(text) as Xml;
}

/** The `<Response>` element of an answer. */
export function responseOf(text: string): Xml {
  return (parseXml(text).Response ?? {}) as Xml;
}

/** Every child element name under `node`, recursively, as `Parent/Child` paths. */
export function elementPaths(node: unknown, prefix = ''): Set<string> {
  const out = new Set<string>();
  const visit = (value: unknown, path: string) => {
    if (Array.isArray(value)) return value.forEach((v) => visit(v, path));
    if (typeof value !== 'object' || value === null) return;
    for (const [key, child] of Object.entries(value)) {
      if (key.startsWith('@_') || key === '#text') continue;
      const childPath = path ? `${path}/${key}` : key;
      out.add(childPath);
      visit(child, childPath);
    }
  };
  visit(node, prefix);
  return out;
}

/** A shared XPM fixture's text; the docs' stray masked-tax text and bare `&` are made well-formed (fixtures README). */
export function xpmFixture(name: string): string {
  return readFileSync(`${FIXTURES}/xpm/${name}`, 'utf8')
    .replace('<TaxNumber />   ******123', '<TaxNumber />')
    .replace(/&(?!amp;|lt;|gt;|quot;|apos;)/g, '&amp;');
}

/** Element paths with the envelope dropped: a client is the same element under <Response> and <Response><Clients>. */
export function clientElementPaths(text: string): Set<string> {
  return new Set([...elementPaths(parseXml(text))].map((p) => p.replace(/^Response\/(Clients\/)?/, '')));
}

/** Every client element path the documented examples show (the docs' get response and the public list sample). */
export function documentedClientPaths(): Set<string> {
  return new Set([
    ...clientElementPaths(xpmFixture('docs/client-get-response.xml')),
    ...clientElementPaths(xpmFixture('client-list-response.xml')),
  ]);
}
