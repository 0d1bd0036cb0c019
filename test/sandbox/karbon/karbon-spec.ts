// Test helper: validators for KarbonAPI.json schemas, including response schemas declared inline on a path.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import { FIXTURES, SPECS } from '../test-helpers';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
addFormats(ajv);
// Vendor formats in the spec: numeric widths accept any number, the country format is ISO 3166-1 alpha-2.
for (const f of ['int32', 'int64', 'decimal']) ajv.addFormat(f, true);
ajv.addFormat('ISO 3166-1 alpha-2', /^[A-Z]{2}$/);

/** BusinessCardRequest.BusinessCardKey says `"required": true`, which is not JSON Schema; drop such flags. */
function withoutBooleanRequired(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutBooleanRequired);
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => !(key === 'required' && typeof value === 'boolean'))
      .map(([key, value]) => [key, withoutBooleanRequired(value)]),
  );
}

const spec = withoutBooleanRequired(JSON.parse(readFileSync(`${SPECS}/KarbonAPI.json`, 'utf8'))) as object;
ajv.addSchema({ ...spec, $id: 'karbon' }, 'karbon');

const cache = new Map<string, ValidateFunction>();
const pointerPart = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

function validate(pointer: string, data: unknown): string[] {
  let fn = cache.get(pointer);
  if (!fn) {
    fn = ajv.compile({ $ref: `karbon#${pointer}` });
    cache.set(pointer, fn);
  }
  return fn(data) ? [] : (fn.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}

/** Errors of `data` against `#/components/schemas/<name>` (empty when valid). */
export function schemaErrors(name: string, data: unknown): string[] {
  return validate(`/components/schemas/${name}`, data);
}

/** Errors of `data` against the JSON response schema of `method path` for `status`. */
export function responseErrors(method: string, path: string, status: number, data: unknown): string[] {
  return validate(
    `/paths/${pointerPart(path)}/${method.toLowerCase()}/responses/${status}/content/application~1json/schema`,
    data,
  );
}

/** A shared Karbon fixture (fixtures/karbon/…), parsed. */
export function karbonFixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(`${FIXTURES}/karbon/${name}`, 'utf8')) as Record<string, unknown>;
}
