import { BUSINESS_WORDS, singular } from './business-words';
import { ENTITY_WORDS, GIVEN_NAMES, LEGAL_FORMS, TITLES } from './lexicon';
import { COMMUNITY_WORDS } from './community-words';
import { isGivenName } from './given-names';
import { knownOrganization } from './known-organizations';
import { endsWithTrade, foreignLegalForm, isSurnameLikeEntity, isVerbANoun } from './name-shapes';
import { isBusinessWord } from './more-business-words';
import { publicBodyPattern } from './public-bodies';
import { companyRegistration } from './record-signals';
import { nameText, nameTokens } from './name-tokens';
import type { ClassifyInput, ContactKind } from './types';

/** A decisive rule's verdict. */
export interface RuleVerdict {
  readonly kind: ContactKind;
  readonly confidence: number;
  readonly reason: string;
  /** Set when the rule recognizes the name but a person must still choose (a couple). */
  readonly review?: string;
}

/** A rule reads the contact and either decides or abstains (undefined). */
export type Rule = (input: ClassifyInput, tokens: readonly string[]) => RuleVerdict | undefined;

// "Tas" alone is Tasmania, so only the slashed and spelled-out forms count.
const TRADING_AS = /(^|\s)(t\/as|t\/a|trading as)(\s|$)/;
// Nine or more digits, possibly in groups: an ABN (11), ACN (9), NZBN (13) or company number.
const REGISTRATION_NUMBER = /\d(?:[\s-]?\d){8,}/;
const SINGLE_LETTER = /^[a-z]$/;
const BANK_WORDS = new Set(['bank', 'banking', 'bancorp', 'bankers', 'banque', 'bancorporation']);

const legalForm: Rule = (input, tokens) => {
  const found = tokens.find((token, i) => LEGAL_FORMS.has(token) || isTrailingCo(tokens, token, i));
  if (found !== undefined) return org(0.99, `The name contains the legal form "${LEGAL_FORMS.get(found) ?? 'Co'}".`);
  const foreign = foreignLegalForm(input.name);
  return foreign === undefined ? undefined : org(0.97, `The name ends with the legal form "${foreign}".`);
};

const entityWord: Rule = (_input, tokens) => {
  // "Persephone Church": a given name then the word is a surname, not a church.
  const surnameLike = tokens.length === 2 && (GIVEN_NAMES.has(tokens[0] as string) || isSurnameLikeEntity(tokens));
  const entity = (token: string) => ENTITY_WORDS.get(token) ?? COMMUNITY_WORDS.get(token);
  const found = tokens.find((token, i) => entity(token) !== undefined && !(surnameLike && i === 1));
  if (found === undefined) return undefined;
  return org(0.98, `"${found}" in the name names ${entity(found)}.`);
};

const tradingAs: Rule = (input) => {
  if (TRADING_AS.test(nameText(input.name))) return org(0.97, 'The name has a trading name ("t/as"): a business.');
  return isVerbANoun(input.name) ? org(0.93, 'The name reads "Rent A ...", "Hire A ...": a trading name.') : undefined;
};

// "Lauren Ogilvie Midwife": a trade or kind of business after a name is a sole trader's trading name.
const tradeAfterName: Rule = (input, tokens) => {
  const trade = endsWithTrade(tokens, input.name.trim().split(/\s+/).length);
  return trade === undefined ? undefined : org(0.9, `The name ends with "${trade}", a trade or kind of business.`);
};

const couple: Rule = (_input, tokens) => {
  const joiner = tokens.findIndex((token) => token === '&' || token === 'and');
  if (joiner <= 0 || joiner === tokens.length - 1) return undefined;
  const before = tokens[joiner - 1] as string;
  const after = tokens[joiner + 1] as string;
  const personLike = (token: string) => TITLES.has(token) || GIVEN_NAMES.has(token) || SINGLE_LETTER.test(token);
  // "Tom & Jerry's Plumbing", "Mr & Mrs Brown Catering": a business word makes it a firm, whoever is named.
  const business = tokens.find((token) => isBusinessWord(token));
  if (business !== undefined) {
    return org(0.92, `The name joins two names with "&" and "${business}" names a business: a firm.`);
  }
  // "Rhys and Bethan Pritchard": one word each side of "&" and one after, none of them a business word.
  const pairThenSurname =
    joiner === 1 && tokens.length === 4 && !tokens.some((token) => BUSINESS_WORDS.has(singular(token)));
  if ((personLike(before) && personLike(after)) || pairThenSurname) {
    return {
      ...org(
        0.93,
        'The name joins two people ("&"): a Karbon Person holds one person, so it would be an Organization.',
      ),
      review: 'A couple can be one Organization or two People: choose how Karbon should hold it.',
    };
  }
  return org(0.9, 'The name joins two names with "&": a partnership or firm.');
};

const registrationNumber: Rule = (input) =>
  REGISTRATION_NUMBER.test(input.name)
    ? org(0.95, 'The name carries a registration number (ABN/ACN-like).')
    : undefined;

const ownPersonName: Rule = (input, tokens) => {
  const first = nameTokens(input.firstName ?? '');
  const last = nameTokens(input.lastName ?? '');
  if (first.length === 0 || last.length === 0) return undefined;
  const words = tokens.filter((token, i) => !(i === 0 && TITLES.has(token)));
  const matches =
    endsWith(words, last) && startsWithName(words, first) && words.length <= first.length + last.length + 2;
  const reversed = startsWith(words, last) && endsWith(words, first) && words.length === first.length + last.length;
  if (!matches && !reversed) return undefined;
  return {
    kind: 'person',
    confidence: 0.97,
    reason: `The name is the contact's own first and last name (${input.firstName?.trim()} ${input.lastName?.trim()}).`,
  };
};

const knownOrg: Rule = (_input, tokens) => {
  const found = knownOrganization(tokens);
  return found === undefined
    ? undefined
    : org(0.96, `"${found}" is a well-known organization (the extension's list of well-known names).`);
};

const publicBody: Rule = (input, tokens) => {
  const found = publicBodyPattern(nameText(input.name), tokens);
  return found === undefined ? undefined : org(0.96, `The name reads as a public body (${found}).`);
};

const registeredCompany: Rule = (input) => {
  const found = companyRegistration(input);
  return found === undefined ? undefined : org(0.97, `The contact has ${found}: a company.`);
};

// "Dr Anita Kapoor Dental", "Mr Fixit Handyman Services": a business word wins over the title in front.
const titledBusiness: Rule = (_input, tokens) => {
  if (!TITLES.has(tokens[0] ?? '')) return undefined;
  const found = tokens.slice(1).find((token) => isBusinessWord(token));
  return found === undefined
    ? undefined
    : org(0.9, `"${found}" names a business: it wins over the title "${tokens[0]}" in front.`);
};

// "Dave the Plumber", "Mick the Mower Man": a name, "the", then a trade.
const nameTheTrade: Rule = (_input, tokens) => {
  const the = tokens.indexOf('the');
  return the > 0 && the < tokens.length - 1 && tokens.length <= 5
    ? org(0.9, `"${tokens.slice(the).join(' ')}" after a first name is a trading name.`)
    : undefined;
};

// "Hume Bank", "Bank of Baroda", "Westpac Banking Corporation": a bank, unless "Bank" is the surname after a given name.
const bank: Rule = (_input, tokens) => {
  const at = tokens.findIndex((token) => BANK_WORDS.has(token));
  if (at < 0 || (tokens.length === 2 && at === 1 && isGivenName(tokens[0] as string))) return undefined;
  return org(0.95, `"${tokens[at]}" in the name names a bank.`);
};

/** The decisive rules, strongest first: the first that decides wins; the model handles the rest. */
export const RULES: readonly Rule[] = [
  legalForm,
  knownOrg,
  entityWord,
  tradingAs,
  registrationNumber,
  registeredCompany,
  publicBody,
  bank,
  couple,
  titledBusiness,
  nameTheTrade,
  ownPersonName,
  tradeAfterName,
];

function org(confidence: number, reason: string): RuleVerdict {
  return { kind: 'org', confidence, reason };
}

// "Smith & Co", "Smith and Co", "Smith Co": "co" ends the name (but "Co" alone, as in "Co Op", is left to the model).
function isTrailingCo(tokens: readonly string[], token: string, i: number): boolean {
  return token === 'co' && i === tokens.length - 1 && i > 0;
}

function startsWith(words: readonly string[], part: readonly string[]): boolean {
  return part.every((word, i) => words[i] === word);
}

function endsWith(words: readonly string[], part: readonly string[]): boolean {
  const offset = words.length - part.length;
  return offset >= 0 && part.every((word, i) => words[offset + i] === word);
}

// The first name may be written out or as its initial ("J Smith" for Jane Smith).
function startsWithName(words: readonly string[], first: readonly string[]): boolean {
  if (startsWith(words, first)) return true;
  const head = words[0];
  return head !== undefined && head.length === 1 && head === first[0]?.charAt(0);
}
