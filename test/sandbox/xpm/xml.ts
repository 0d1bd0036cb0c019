// XML in and out of XPM (fast-xml-parser): bodies are the entity as root, answers are wrapped in <Response>.
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import type { SandboxResponse } from '../core/types';

type Json = Record<string, unknown>;

const REPEATED = new Set(['Client', 'Contact', 'Note', 'Group', 'Relationship']);

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  processEntities: true,
  // Repeated children under their plural parent (<Contacts><Contact>…) are always arrays, even when single.
  isArray: (name, jpath) => REPEATED.has(name) && String(jpath).endsWith(`${name}s.${name}`),
});

const BUILD = { ignoreAttributes: false, attributeNamePrefix: '@_', suppressEmptyNode: true } as const;
const builder = new XMLBuilder({ ...BUILD, format: true, indentBy: '  ' });
/** Large answers skip indentation: it is a fifth of the bytes and of the build time at benchmark scale. */
const compactBuilder = new XMLBuilder({ ...BUILD, format: false });
export const COMPACT_ABOVE_ITEMS = 1000;

/** Parses a request body, or returns the reason it is not well-formed XML. */
export function parseXml(text: string): { ok: true; value: Json } | { ok: false; error: string } {
  if (text.trim() === '') return { ok: false, error: 'The request body is empty' };
  const valid = XMLValidator.validate(text);
  if (valid !== true) return { ok: false, error: `Invalid XML: ${valid.err.msg} (line ${valid.err.line})` };
  const value = parser.parse(text) as unknown;
  return typeof value === 'object' && value !== null
    ? { ok: true, value: value as Json }
    : { ok: false, error: 'Invalid XML' };
}

const XML_HEADERS = { 'content-type': 'text/xml; charset=utf-8' };

/** `<Response api-method="…"><Status>OK</Status>…</Response>` (reference A1). */
export function xpmOk(method: string, content: Json = {}, items = 0): SandboxResponse {
  const use = items > COMPACT_ABOVE_ITEMS ? compactBuilder : builder;
  const body = use.build({ Response: { '@_api-method': method, Status: 'OK', ...content } }) as string;
  return { status: 200, headers: XML_HEADERS, body };
}

/** Application errors come back as HTTP 200 with `<Status>ERROR</Status>` (reference A1). */
export function xpmError(description: string, status = 200): SandboxResponse {
  const body = builder.build({ Response: { Status: 'ERROR', ErrorDescription: description } }) as string;
  return { status, headers: XML_HEADERS, body };
}

/** Text of an element parsed with parseTagValue off: strings stay strings, empty elements read as ''. */
export function text(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}
