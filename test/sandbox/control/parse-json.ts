import type { SandboxRequest } from '../core/types';

/** Parses a control request body as a JSON object (empty body = `{}`); throws a message for a 400. */
export function jsonObject(req: SandboxRequest): Record<string, unknown> {
  const raw = req.body.toString('utf8').trim();
  if (raw === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new ControlInputError('body is not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ControlInputError('body must be a JSON object');
  return value as Record<string, unknown>;
}

export class ControlInputError extends Error {}
