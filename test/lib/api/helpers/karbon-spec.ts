import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// KarbonAPI.json marks BusinessCardRequest.properties.BusinessCardKey with `required: true` (not an array), which
// JSON Schema rejects, so every request schema that embeds cards fails to compile; drop those stray flags here.
function sanitize(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(sanitize);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'required' && !Array.isArray(value)) continue;
    out[key] = sanitize(value);
  }
  return out;
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false, logger: false });
addFormats(ajv);
for (const f of ['int32', 'int64', 'double', 'float', 'ISO 3166-1 alpha-2']) ajv.addFormat(f, true);
const doc = sanitize(JSON.parse(readFileSync('/work/shared/specs/KarbonAPI.json', 'utf8'))) as Record<string, unknown>;
ajv.addSchema({ ...doc, $id: 'karbon' }, 'karbon');

/** A validator for a Karbon request-body schema (`#/components/schemas/<name>`), returning error lines. */
export function karbonBodyValidator(name: string): (data: unknown) => string[] {
  const validate = ajv.compile({ $ref: `karbon#/components/schemas/${name}` });
  return (data) =>
    validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}
