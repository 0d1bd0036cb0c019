import { readFileSync } from 'node:fs';
import { Ajv, type AnySchema, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse as parseYaml } from 'yaml';

// Validates sandbox bodies against the official specs' component schemas (issue 3 "Done when"). Works for the Xero
// documents (OpenAPI 3.0, YAML: draft-07-style schemas with `nullable`) and Karbon's KarbonAPI.json (OpenAPI 3.1:
// JSON Schema 2020-12).

type AjvLike = Ajv | Ajv2020;
const addFormats = addFormatsModule as unknown as (ajv: AjvLike) => AjvLike;
const specs = new Map<string, { ajv: AjvLike; id: string }>();
const validators = new Map<string, ValidateFunction>();

/** Xero's connection dates carry no zone (fixtures/xero-accounting/connections.json), so the zone is optional here. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/i;

function load(specPath: string): { ajv: AjvLike; id: string } {
  const cached = specs.get(specPath);
  if (cached) return cached;
  const text = readFileSync(specPath, 'utf8');
  const doc = (specPath.endsWith('.json') ? JSON.parse(text) : parseYaml(text)) as Record<string, unknown>;
  const openapi31 = String(doc.openapi ?? '').startsWith('3.1');
  const options = { strict: false, allErrors: true, validateSchema: false } as const;
  const ajv: AjvLike = openapi31 ? new Ajv2020(options) : new Ajv(options);
  addFormats(ajv);
  ajv.addFormat('date-time', DATE_TIME);
  // Numeric and vendor formats the specs use that JSON Schema does not define: accept any value of the type.
  for (const f of ['int32', 'int64', 'double', 'float', 'decimal', 'binary', 'byte', 'guid']) ajv.addFormat(f, true);
  const id = `spec:${specPath}`;
  ajv.addSchema({ ...doc, $id: id } as AnySchema, id);
  const entry = { ajv, id };
  specs.set(specPath, entry);
  return entry;
}

export interface SpecValidation {
  valid: boolean;
  /** Ajv's errors as `path message` lines (empty when valid). */
  errors: string[];
}

/** A validator for `#/components/schemas/<schemaName>` of the OpenAPI document at `specPath` (YAML or JSON). */
export function validatorFor(specPath: string, schemaName: string): (data: unknown) => SpecValidation {
  const key = `${specPath}#${schemaName}`;
  let validate = validators.get(key);
  if (!validate) {
    const { ajv, id } = load(specPath);
    validate = ajv.compile({ $ref: `${id}#/components/schemas/${schemaName}` });
    validators.set(key, validate);
  }
  const fn = validate;
  return (data) => {
    const valid = fn(data) as boolean;
    return { valid, errors: valid ? [] : (fn.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`) };
  };
}

/** Validates an array of `schemaName` items (e.g. xero-identity's `GET /connections` answers a bare array). */
export function arrayValidatorFor(specPath: string, schemaName: string): (data: unknown) => SpecValidation {
  const item = validatorFor(specPath, schemaName);
  return (data) => {
    if (!Array.isArray(data)) return { valid: false, errors: ['/ must be array'] };
    const errors = data.flatMap((d, i) => item(d).errors.map((e) => `/${i}${e}`));
    return { valid: errors.length === 0, errors };
  };
}
