// XPM speaks XML only (reference A1) and service workers have no DOMParser, so fast-xml-parser reads and writes it.
import { XMLBuilder, XMLParser } from 'fast-xml-parser';

// Elements that repeat: parsed as arrays even when only one is present.
const REPEATED = new Set(['Client', 'Contact', 'Note', 'Group', 'Relationship']);
const LIST_PARENTS: Record<string, string> = { Clients: 'Client', Contacts: 'Contact', Notes: 'Note', Groups: 'Group' };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  // Keep UUIDs, phone numbers and "0012" codes as written.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name, jpath) => {
    const path = String(jpath);
    // `Response.Client` (get) and `Contact.Client` are single elements; items inside list parents repeat.
    const parent = path.split('.').slice(-2, -1)[0] ?? '';
    return REPEATED.has(name) && (LIST_PARENTS[parent] === name || parent === 'Relationships');
  },
});

const builder = new XMLBuilder({ format: false, suppressEmptyNode: false, processEntities: true });

/** Parses an XPM XML body into plain objects (empty elements become ''). Throws on malformed XML. */
export function parseXpmXml(text: string): Record<string, unknown> {
  const parsed: unknown = parser.parse(text, true);
  return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
}

/** The items of a list element (`<Contacts><Contact/>...</Contacts>`), [] for an empty or absent list. */
export function listItems(value: unknown, child: string): unknown[] {
  if (typeof value !== 'object' || value === null) return [];
  const items = (value as Record<string, unknown>)[child];
  if (Array.isArray(items)) return items;
  return items === undefined ? [] : [items];
}

/** Builds an XPM request body with `root` as the document element. */
export function buildXpmXml(root: string, body: Record<string, unknown>): string {
  return String(builder.build({ [root]: body }));
}
