// Loads the API example fixtures copied into test/lib/model/fixtures.
import { readFileSync } from 'node:fs';

/** Text of a fixture file in test/lib/model/fixtures. */
export function fixtureText(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

/** Parsed JSON of a fixture file in test/lib/model/fixtures. */
export function fixture<T>(name: string): T {
  return JSON.parse(fixtureText(name)) as T;
}
