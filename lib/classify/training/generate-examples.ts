import { KNOWN_ORGANIZATIONS } from '../known-organizations';
import { GIVEN_NAMES } from '../lexicon';
import { nameTokens } from '../name-tokens';
import type { ContactKind } from '../types';
import { pick, seededRandom } from './seeded-random';
import { GENERIC_ORG_WORDS, PROFESSIONS, TRADES } from '../business-words';
import {
  BRANDS,
  COMMUNITY,
  MORE_GIVEN_NAMES,
  MORE_SURNAMES,
  MORE_TRADES,
  PERSON_SYLLABLES,
  PLACES,
  SAINTS,
  SURNAMES,
  WORD_SURNAMES,
  MORE_TITLES,
  POST_NOMINALS,
  TRADING_ADJECTIVES,
  TRADING_NOUNS,
  BETTER_VERBS,
  ADVERBS,
} from './vocabulary';

/** One labelled training name. */
export interface TrainingExample {
  readonly name: string;
  readonly label: ContactKind;
  readonly category: string;
}

type Random = () => number;
type Template = (r: Random) => string;

const GIVEN = [...GIVEN_NAMES].map(capitalize);
const ALL_SURNAMES = [...SURNAMES, ...MORE_SURNAMES];
const ALL_TRADES = [...TRADES, ...MORE_TRADES];
const TITLES = ['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Dr.', 'Mr.', 'Mrs.', 'Prof', 'Sir', 'Rev', 'Mx', 'Dame'];
const INITIALS = 'ABCDEFGHIJKLMNOPRSTW'.split('');
const LEGAL = ['Pty Ltd', 'Pty. Ltd.', 'Ltd', 'Limited', 'Inc', 'Inc.', 'LLC', 'LLP', 'PLC', 'Corp', 'P/L', 'Co'];
const SUFFIXES = ['Jr', 'Jnr', 'Snr', 'II', 'III', 'OAM', 'PhD', 'CPA', 'MD'];
const TRUST_KINDS = [
  'Family Trust',
  'Trust',
  'Unit Trust',
  'Discretionary Trust',
  'Investment Trust',
  'Testamentary Trust',
];
const FUND_KINDS = ['Super Fund', 'Superannuation Fund', 'Family Super Fund', 'Staff Superannuation Fund', 'SMSF'];

// Half the given names come from outside the run-time lexicon, so "unknown word" does not read as "business".
const given = (r: Random) => {
  const roll = r();
  return roll < 0.5 ? pick(r, GIVEN) : roll < 0.85 ? pick(r, MORE_GIVEN_NAMES) : pseudoName(r);
};
const surname = (r: Random) => (r() < 0.85 ? pick(r, ALL_SURNAMES) : pseudoName(r));
const initial = (r: Random) => pick(r, INITIALS) + (r() < 0.5 ? '.' : '');
const trade = (r: Random) => pick(r, ALL_TRADES);

// Person names as Xero holds them: plain, with initials, reversed with a comma, titled, hyphenated, suffixed.
const PERSON: readonly Template[] = [
  (r) => `${given(r)} ${surname(r)}`,
  (r) => `${given(r)} ${surname(r)}`,
  (r) => `${given(r)} ${initial(r)} ${surname(r)}`,
  (r) => `${given(r)} ${given(r)} ${surname(r)}`,
  (r) => `${initial(r)} ${surname(r)}`,
  (r) => `${initial(r)} ${initial(r)} ${surname(r)}`,
  (r) => `${surname(r)}, ${given(r)}`,
  (r) => `${surname(r)}, ${given(r)} ${initial(r)}`,
  (r) => `${pick(r, TITLES)} ${given(r)} ${surname(r)}`,
  (r) => `${pick(r, TITLES)} ${initial(r)} ${surname(r)}`,
  (r) => `${pick(r, TITLES)} ${surname(r)}`,
  (r) => `${given(r)} ${surname(r)}-${surname(r)}`,
  (r) => `${given(r)} ${surname(r)} ${pick(r, SUFFIXES)}`,
  (r) => `${surname(r).toUpperCase()} ${given(r)}`,
  (r) => `${given(r)} ${surname(r)}`.toUpperCase(),
  (r) => `${given(r)} ${surname(r)}`.toLowerCase(),
  (r) => `${given(r)} (${given(r)}) ${surname(r)}`,
  (r) => `${given(r)} van der ${surname(r)}`,
  (r) => `${given(r)} de la ${surname(r)}`,
  (r) => `${given(r)} ${pick(r, WORD_SURNAMES)}`,
  (r) => `${given(r)} ${initial(r)} ${pick(r, WORD_SURNAMES)}`,
  (r) => `${pick(r, MORE_TITLES)} ${given(r)} ${surname(r)}`,
  (r) => `${given(r)} ${surname(r)} ${pick(r, POST_NOMINALS)}`,
];

// Organizations: trading names without a legal form, companies, trusts, funds, partnerships, couples (decided: an
// Organization, since a Karbon Person holds one person), sole traders' trading names, not-for-profits, estates.
const ORGANIZATION: readonly Template[] = [
  (r) => `${surname(r)} ${trade(r)}`,
  (r) => `${surname(r)} ${trade(r)}`,
  (r) => `${surname(r)}'s ${trade(r)}`,
  (r) => `${pick(r, PLACES)} ${trade(r)}`,
  (r) => `${pick(r, PLACES)} ${trade(r)}`,
  (r) => `${pick(r, BRANDS)} ${trade(r)}`,
  (r) => `${pick(r, BRANDS)} ${trade(r)}`,
  (r) => `${pick(r, BRANDS)} ${pick(r, PLACES)} ${trade(r)}`,
  (r) => `${pick(r, BRANDS)}`,
  (r) => `${pseudoName(r)}${pick(r, ['ly', 'ify', 'io', 'ex', 'ora', 'Hub', 'Labs', 'Works'])}`,
  (r) => `${given(r)} ${surname(r)} ${trade(r)}`,
  (r) => `${given(r)}'s ${trade(r)}`,
  (r) => `${initial(r).replace('.', '')}${initial(r).replace('.', '')}${initial(r).replace('.', '')} ${trade(r)}`,
  (r) => `${surname(r)} ${trade(r)} ${pick(r, LEGAL)}`,
  (r) => `${pick(r, BRANDS)} ${trade(r)} ${pick(r, LEGAL)}`,
  (r) => `${surname(r)} ${pick(r, GENERIC_ORG_WORDS)} ${pick(r, LEGAL)}`,
  (r) => `${surname(r)} ${pick(r, GENERIC_ORG_WORDS)}`,
  (r) => `${pick(r, PLACES)} ${pick(r, GENERIC_ORG_WORDS)}`,
  (r) => `${surname(r)} ${pick(r, PROFESSIONS)}`,
  (r) => `${surname(r)} & ${surname(r)}`,
  (r) => `${surname(r)} & ${surname(r)} ${pick(r, PROFESSIONS)}`,
  (r) => `${surname(r)} & Co`,
  (r) => `${surname(r)} & Associates`,
  (r) => `${surname(r)} & Sons`,
  (r) => `${surname(r)} Bros`,
  (r) => `${surname(r)} Partners`,
  (r) => `${surname(r)} ${pick(r, TRUST_KINDS)}`,
  (r) => `The ${surname(r)} ${pick(r, TRUST_KINDS)}`,
  (r) => `The Trustee for the ${surname(r)} ${pick(r, TRUST_KINDS)}`,
  (r) => `The Trustee for ${surname(r)} ${pick(r, GENERIC_ORG_WORDS)} Trust`,
  (r) => `${surname(r)} Holdings Pty Ltd ATF ${surname(r)} Family Trust`,
  (r) => `${surname(r)} ${pick(r, FUND_KINDS)}`,
  (r) => `${given(r)} ${surname(r)} ${pick(r, FUND_KINDS)}`,
  (r) => `The Trustee for ${given(r)} & ${given(r)} ${surname(r)} ${pick(r, FUND_KINDS)}`,
  (r) => `${pick(r, ['Mr', 'Dr'])} & ${pick(r, ['Mrs', 'Ms', 'Dr'])} ${surname(r)}`,
  (r) => `${given(r)} & ${given(r)} ${surname(r)}`,
  (r) => `${given(r)} and ${given(r)} ${surname(r)}`,
  (r) => `${initial(r)} & ${initial(r)} ${surname(r)}`,
  (r) => `${given(r)} ${surname(r)} & ${given(r)} ${surname(r)}`,
  (r) => `${given(r)} ${surname(r)} t/as ${surname(r)} ${trade(r)}`,
  (r) => `${given(r)} ${surname(r)} trading as ${pick(r, BRANDS)} ${trade(r)}`,
  (r) => `${pick(r, PLACES)} ${pick(r, COMMUNITY)}`,
  (r) => `${pick(r, COMMUNITY)} ${pick(r, PLACES)}`,
  (r) => `Rotary Club of ${pick(r, PLACES)}`,
  (r) => `Friends of ${pick(r, PLACES)} ${pick(r, ['Library', 'Gardens', 'Hospital', 'Museum', 'Park'])}`,
  (r) => `St ${pick(r, SAINTS)}'s ${pick(r, ['Parish', 'Church', 'School', 'College', 'Primary School'])}`,
  (r) => `${pick(r, PLACES)} ${pick(r, ['City Council', 'District Council', 'Shire Council', 'Regional Council'])}`,
  (r) => `Estate of the Late ${given(r)} ${surname(r)}`,
  (r) => `Estate of ${given(r)} ${surname(r)}`,
  (r) => `${given(r)} ${surname(r)} Deceased Estate`,
  (r) => `${surname(r)} Nominees No. ${1 + Math.floor(r() * 9)} Pty Ltd`,
  (r) => `${pick(r, BRANDS)} ${100 + Math.floor(r() * 900)}`,
  (r) => `${surname(r)} ${trade(r)} ABN ${String(Math.floor(r() * 1e11)).padStart(11, '0')}`,
  (r) => `${pick(r, BRANDS)} ${trade(r)}`.toUpperCase(),
  (r) => `${surname(r)} ${trade(r)} (${pick(r, PLACES)})`,
  (r) => `${pick(r, PLACES)} ${pick(r, BRANDS)} ${pick(r, GENERIC_ORG_WORDS)}`,
  (r) => `${pick(r, TRADING_ADJECTIVES)} ${pick(r, TRADING_NOUNS)}`,
  (r) => `The ${pick(r, TRADING_ADJECTIVES)} ${pick(r, TRADING_NOUNS)}`,
  (r) => `${pick(r, BETTER_VERBS)} ${pick(r, ADVERBS)} ${trade(r)}`,
];

/** Generates `count` labelled names deterministically (same seed, same list); about half people, half organizations. */
export function generateExamples(count: number, seed = 20261126): TrainingExample[] {
  const random = seededRandom(seed);
  const examples: TrainingExample[] = [];
  while (examples.length < count) {
    const person = random() < 0.5;
    const templates = person ? PERSON : ORGANIZATION;
    const index = Math.floor(random() * templates.length);
    const name = (templates[index] as Template)(random).replace(/\s+/g, ' ').trim();
    // A well-known organization that reads like a person ("David Jones") is never taught as a person.
    if (person && KNOWN_ORGANIZATIONS.has(nameTokens(name).join(' '))) continue;
    examples.push({ name, label: person ? 'person' : 'org', category: `${person ? 'person' : 'org'}-${index}` });
  }
  return examples;
}

// Made-up names (two or three syllables), so the model learns the look of a name it has never seen.
function pseudoName(r: Random): string {
  const syllables = 2 + Math.floor(r() * 2);
  let name = '';
  for (let i = 0; i < syllables; i++) name += pick(r, PERSON_SYLLABLES);
  return capitalize(name);
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
