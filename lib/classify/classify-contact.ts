import { isEverydayCompound, isEverydayWord } from './everyday-words';
import { nameFeatures } from './features';
import { isGivenName } from './given-names';
import { scoreFeatures, sigmoid, unpackWeights } from './model';
import type { ModelWeights } from './model';
import weightsFile from './model-weights.json';
import { nameTokens } from './name-tokens';
import { isBusinessWord } from './more-business-words';
import { hasNameParticle, hasPersonAffix } from './name-shapes';
import { lexiconSignals } from './lexicon-signals';
import { isNameWord } from './name-words';
import { isSurnameFirst, personNameParts } from './person-name-order';
import { recordSignals } from './record-signals';
import { REVIEW_BELOW } from './review-threshold';
import { RULES } from './rules';
import { setAsideNotes } from './set-aside-notes';
import { softSignals, type SoftSignal } from './soft-signals';
import type { Classification, ClassifyInput, ContactKind } from './types';

const MODEL: ModelWeights = unpackWeights(weightsFile);
const WORDS_IN_REASON = 3;
const SURNAME_FIRST_LOGIT = -1.5;
const PERSON_AFFIX_LOGIT = -1.5;
const PARTICLE_LOGIT = -2;
const BUSINESS_WORD_LOGIT = 1.2;
const ACRONYM = /^[A-Z0-9&]{2,6}$/;
// A one-word name is decided without review when the model and the record together are at least this sure.
const RECORD_SETTLES = 0.97;
// Trades and business words that are also common surnames.
const TRADE_SURNAMES = new Set(
  `baker butcher carpenter cook glass steel stone power mason miller fisher gardner painter price law chambers holiday
  bishop church marsh hill wood field banks street lane mills booth bell chandler dyer farmer turner weaver shepherd
  smith taylor porter hunter archer fletcher slater thatcher tanner brewer cooper barber draper potter sawyer wright
  travel design gold silver brook brooks ford forest garden parks rose king knight page cash rich sharp frost hope`.split(
    /\s+/,
  ),
);
// The model learned from generated names and is over-sure on real ones: its log-odds are divided by this before the
// record's signals are added (set on the tuning set, test/lib/classify/tuning-set.json).
const MODEL_TEMPERATURE = 2.5;

type Decision = Pick<Classification, 'kind' | 'confidence' | 'reasons' | 'decidedBy' | 'review'>;

/**
 * Decides whether a Xero contact becomes a Karbon Person or Organization (MISSION.md G5). Notes in brackets or after a
 * dash are set aside first; then decisive rules (legal forms, well-known organizations, trusts and other entity words,
 * "t/as", registration numbers, public bodies, couples, a business word after a title, the contact's own first + last
 * name); else the trained model over the name, nudged by the rest of the record (contact persons, FirstName/LastName,
 * email domain, website, tax number). Below REVIEW_BELOW, for couples and for a one-word person's name the decision
 * carries `review`: a person chooses. A sole trader's trading name ("Jane Smith Plumbing") is an Organization, a bare
 * personal name ("Jane Smith") a Person.
 */
export function classifyContact(input: ClassifyInput, model: ModelWeights = MODEL): Classification {
  const { name, notes } = setAsideNotes(input.name);
  const clean = { ...input, name };
  const tokens = nameTokens(name);
  const decision = decide(clean, tokens, model);
  const noteReason = notes.length > 0 ? [`Set aside as a note, not part of the name: "${notes.join('", "')}".`] : [];
  const review = decision.review ?? reviewReason(decision, name, tokens, hasRecord(input));
  return {
    ...decision,
    reasons: [...decision.reasons, ...noteReason],
    ...(review ? { review } : {}),
    karbonName: name,
    ...(decision.kind === 'person' ? { personName: personNameParts(name) } : {}),
  };
}

function decide(input: ClassifyInput, tokens: readonly string[], model: ModelWeights): Decision {
  for (const rule of RULES) {
    const verdict = rule(input, tokens);
    if (verdict !== undefined) {
      return {
        kind: verdict.kind,
        confidence: verdict.confidence,
        reasons: [verdict.reason],
        decidedBy: 'rule',
        ...(verdict.review ? { review: verdict.review } : {}),
      };
    }
  }
  const { logit, byWord } = scoreFeatures(model, nameFeatures(input.name, tokens));
  const signals: SoftSignal[] = [
    ...softSignals(input),
    ...recordSignals(input, tokens),
    ...lexiconSignals(input.name, tokens),
  ];
  if (isSurnameFirst(input.name)) {
    signals.push({ logit: SURNAME_FIRST_LOGIT, reason: 'It is written surname first, as people are listed.' });
  }
  if (hasNameParticle(tokens)) {
    signals.push({
      logit: PARTICLE_LOGIT,
      reason: 'It has a name particle ("bin", "Al", "van", "dos"), as people\'s names do.',
    });
  }
  if (hasPersonAffix(tokens)) {
    signals.push({ logit: PERSON_AFFIX_LOGIT, reason: "It carries a person's title or post-nominal letters." });
  }
  const last = tokens[tokens.length - 1] ?? '';
  // After a given name, the word is more likely a surname ("Rufus Steel") than a trade.
  if (tokens.length === 2 && isBusinessWord(last) && !isGivenName(tokens[0] ?? '')) {
    signals.push({ logit: BUSINESS_WORD_LOGIT, reason: `"${last}" names a kind of business.` });
  }
  const total = signals.reduce((sum, signal) => sum + signal.logit, logit / MODEL_TEMPERATURE);
  const probability = sigmoid(total);
  const kind = probability >= 0.5 ? 'org' : 'person';
  return {
    kind,
    confidence: Math.round(Math.max(probability, 1 - probability) * 1000) / 1000,
    reasons: [modelReason(kind, byWord), ...signals.map((signal) => signal.reason)],
    decidedBy: 'model',
  };
}

function reviewReason(
  decision: Decision,
  name: string,
  tokens: readonly string[],
  withRecord: boolean,
): string | undefined {
  // One word the rules do not know is a given name or a brand: the model, trained on brands, cannot tell.
  // An everyday word that is nobody's given name ("Wanderlust", "Synergy"), one made from it ("Drifters") or two run
  // together ("Candlelight", "Pathfinder") is a brand: the model's "organization" holds.
  const word = tokens[0] ?? '';
  const brandWord = decision.kind === 'org' && isEverydayCompound(word) && !isGivenName(word) && !isNameWord(word);
  // A record that makes the organization near-certain settles it too ("Ironstone", email at ironstone.net.au).
  const settled = withRecord && decision.kind === 'org' && decision.confidence >= RECORD_SETTLES;
  if (tokens.length === 1 && decision.decidedBy === 'model' && !ACRONYM.test(name.trim()) && !brandWord && !settled) {
    return 'Only one name: a given name (a Person needs a first and a last name) or a brand?';
  }
  // The rest of the record (email, website, tax number, first and last name) settles it when present.
  const trade = decision.decidedBy === 'model' && !withRecord ? tradeSurname(tokens) : undefined;
  if (trade !== undefined) {
    return `"${trade}" is a surname as well as a trade: a person ("${tokens[0]} ${trade}") or a business?`;
  }
  if (decision.confidence < REVIEW_BELOW) {
    return `Not sure enough (${Math.round(decision.confidence * 100)}%): choose Person or Organization.`;
  }
  return undefined;
}

function hasRecord(input: ClassifyInput): boolean {
  return [input.email, input.website, input.taxNumber, input.companyNumber, input.firstName, input.lastName].some(
    (value) => Boolean(value?.trim()),
  );
}

// "Ludovic Power", "Perdita Holiday": an unknown first word, then a trade that is also a common surname.
function tradeSurname(tokens: readonly string[]): string | undefined {
  if (tokens.length !== 2) return undefined;
  const [first, second] = tokens as [string, string];
  const unknown = !isGivenName(first) && !isEverydayWord(first) && !isBusinessWord(first);
  return unknown && TRADE_SURNAMES.has(second) ? second : undefined;
}

function modelReason(kind: ContactKind, byWord: ReadonlyMap<string, number>): string {
  const sign = kind === 'org' ? 1 : -1;
  const words = [...byWord]
    .filter(([, weight]) => weight * sign > 0)
    .sort((a, b) => b[1] * sign - a[1] * sign)
    .slice(0, WORDS_IN_REASON)
    .map(([word]) => `"${word}"`);
  const reads = kind === 'org' ? 'a business or other organization' : "a person's name";
  return words.length === 0
    ? `The name as a whole reads as ${reads}.`
    : `The model reads ${words.join(', ')} as ${reads}.`;
}
