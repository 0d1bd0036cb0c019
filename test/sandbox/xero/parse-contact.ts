import { ARRAY_FIELDS, BOOLEAN_FIELDS, NUMBER_FIELDS, OBJECT_FIELDS, STRING_FIELDS } from './contact-fields';

export type ContactInput = Record<string, unknown>;

/** Thrown when the body does not deserialize into Contacts (answered as PostDataInvalidException). */
export class DeserializeError extends Error {}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isGuid = (s: string) => GUID.test(s);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Throws a DeserializeError when a field has the wrong JSON type (Xero's deserializer would fail the request). */
export function checkTypes(c: Record<string, unknown>, index: number): void {
  const fail = (field: string, want: string) => {
    throw new DeserializeError(`Error converting value for 'Contacts[${index}].${field}': expected ${want}.`);
  };
  for (const f of STRING_FIELDS) if (c[f] != null && typeof c[f] !== 'string') fail(f, 'a string');
  for (const f of BOOLEAN_FIELDS) if (c[f] != null && typeof c[f] !== 'boolean') fail(f, 'a boolean');
  for (const f of NUMBER_FIELDS) if (c[f] != null && typeof c[f] !== 'number') fail(f, 'a number');
  for (const f of OBJECT_FIELDS) if (c[f] != null && !isObject(c[f])) fail(f, 'an object');
  for (const f of ARRAY_FIELDS) {
    if (c[f] == null) continue;
    if (!Array.isArray(c[f]) || !(c[f] as unknown[]).every(isObject)) fail(f, 'an array of objects');
  }
  for (const list of ['Addresses', 'Phones'] as const) {
    for (const entry of (c[list] as Record<string, unknown>[] | undefined) ?? []) {
      for (const [k, v] of Object.entries(entry))
        if (v != null && typeof v !== 'string' && k !== 'ValidationErrors') fail(`${list}.${k}`, 'a string');
    }
  }
  if (typeof c.ContactID === 'string' && !isGuid(c.ContactID)) fail('ContactID', 'a GUID');
}

/** Reads a write body: `{Contacts:[...]}` or one bare contact object. Returns undefined when it holds no contact data. */
export function parseContactsBody(raw: Buffer): ContactInput[] | undefined {
  const textBody = raw.toString('utf8');
  if (textBody.trim() === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(textBody);
  } catch (error) {
    throw new DeserializeError((error as Error).message);
  }
  if (!isObject(value)) throw new DeserializeError('Unexpected JSON token: the body must be an object.');
  let items: unknown;
  if ('Contacts' in value) items = value.Contacts;
  else if ('Name' in value || 'ContactID' in value || 'ContactNumber' in value) items = [value];
  else return undefined;
  if (items == null) return undefined;
  if (!Array.isArray(items) || !items.every(isObject))
    throw new DeserializeError("'Contacts' must be an array of objects.");
  items.forEach((c, i) => checkTypes(c, i));
  return items.length > 0 ? items : undefined;
}
