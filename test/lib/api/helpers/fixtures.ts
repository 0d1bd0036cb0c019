import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../../../shared/fixtures/', import.meta.url));

/** A shared fixture file as text. */
export function fixtureText(path: string): string {
  return readFileSync(ROOT + path, 'utf8');
}

/** A shared JSON fixture, parsed. */
export function fixtureJson<T = unknown>(path: string): T {
  return JSON.parse(fixtureText(path)) as T;
}
