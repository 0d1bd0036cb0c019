// The key a Karbon record created by the sync carries in its UserDefinedIdentifier ("Client Identifier" in Karbon's
// UI). Karbon keeps that value unique per firm (a second create answers 5001) and can look it up, so the key makes a
// create idempotent across retries, browsers and staff: whoever creates the record second finds the first one.

/** The remote record a Karbon record was created from. */
export interface SourceRecord {
  system: 'xero' | 'xpm-client' | 'xpm-contact';
  /** Xero ContactID, XPM client UUID or XPM contact UUID. */
  id: string;
}

/** Prefix per source system; short, since the value shows as the Client Identifier in Karbon. */
const PREFIX: Record<SourceRecord['system'], string> = {
  xero: 'XERO-',
  'xpm-client': 'XPM-',
  'xpm-contact': 'XPMC-',
};

const SYSTEMS = Object.keys(PREFIX) as SourceRecord['system'][];

/** How identifiers are compared (Karbon compares UserDefinedIdentifier case-insensitively). */
export const identifierKey = (identifier: string): string => identifier.trim().toLowerCase();

/** The UserDefinedIdentifier of the Karbon record created from `source` (ids are compared case-insensitively). */
export function karbonIdentifierFor(source: SourceRecord): string {
  const id = source.id.trim();
  if (id === '') throw new Error(`A ${source.system} record without an id cannot key a Karbon record`);
  return `${PREFIX[source.system]}${id.toLowerCase()}`;
}

/** The source record a UserDefinedIdentifier names, or undefined for any other value (e.g. a firm's client code). */
export function sourceOfKarbonIdentifier(identifier: string | null | undefined): SourceRecord | undefined {
  const value = identifier?.trim() ?? '';
  for (const system of SYSTEMS) {
    const prefix = PREFIX[system];
    if (value.length > prefix.length && value.slice(0, prefix.length).toUpperCase() === prefix) {
      return { system, id: value.slice(prefix.length).toLowerCase() };
    }
  }
  return undefined;
}
