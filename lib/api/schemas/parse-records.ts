import type { z } from 'zod';

/** A record the schema refused, named so the user can find it; the rest of the page still syncs. */
export interface RejectedRecord {
  id?: string;
  name?: string;
  error: string;
}

/** The records of a list that passed their schema, and the ones that did not. */
export interface ParsedRecords<T> {
  records: T[];
  rejected: RejectedRecord[];
}

/** An optional wire field that may also arrive as null; callers see `undefined` for both. */
export function optional<T extends z.ZodType>(schema: T) {
  return schema
    .nullish()
    .transform((value) => value ?? undefined)
    .optional();
}

function pick(raw: unknown, key: string): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const value = (raw as Record<string, unknown>)[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Validates each item on its own so one bad record cannot stop a sync; rejected ones carry id, name and the reason. */
export function parseRecords<S extends z.ZodType>(
  items: readonly unknown[],
  schema: S,
  keys: { id: string; name: string },
  label: string,
): ParsedRecords<z.output<S>> {
  const records: z.output<S>[] = [];
  const rejected: RejectedRecord[] = [];
  for (const item of items) {
    const result = schema.safeParse(item);
    if (result.success) {
      records.push(result.data);
      continue;
    }
    const id = pick(item, keys.id);
    const name = pick(item, keys.name);
    const who = [name && `"${name}"`, id && `(${id})`].filter(Boolean).join(' ') || '(no id)';
    // zod words a missing field "expected string, received undefined": say "missing" to the user instead.
    const said = (message: string) => (/received undefined$/.test(message) ? 'missing' : message);
    const issues = result.error.issues.map((issue) => `${issue.path.join('.') || 'record'}: ${said(issue.message)}`);
    rejected.push({
      ...(id === undefined ? {} : { id }),
      ...(name === undefined ? {} : { name }),
      error: `${label} ${who} skipped: ${issues.join('; ')}`,
    });
  }
  return { records, rejected };
}
