import { isBusinessWord } from './more-business-words';

// Legal forms of other countries at the end of a name ("Bellucci S.r.l.", "Dekker B.V.", "Tan Sdn Bhd").
const FOREIGN_LEGAL_FORM =
  /(?:^|\s|,)(s\.?\s?r\.?\s?l|s\.?\s?a\.?\s?s|s\.?\s?p\.?\s?a|s\.?\s?a|b\.?\s?v|n\.?\s?v|sarl|sas|ag|kg|oy|oyj|ab|a\/s|aps|as|k\.?\s?k|sdn\.?\s?bhd|bhd|pte|pvt|l\.?\s?p|cic|cio|n\.?\s?a)\.?$/i;
// "Rent A Skip", "Hire-a-Hubby", "Dial A Dump": a verb, "a", then what is offered.
const VERB_A_NOUN = /^(rent|hire|dial|call|book|grab|find|fix|get|rent-a|hire-a)[\s-]+an?[\s-]+\S/i;
// Honorifics and post-nominals beyond the trained titles: they mark a person's name.
const MORE_TITLES = new Set(['hon', 'capt', 'cpt', 'cr', 'cllr', 'assoc', 'drs', 'sgt', 'lt', 'col', 'fr', 'pastor']);
const POST_NOMINALS = new Set(
  `jr jnr sr snr ii iii iv obe mbe cbe am ao ac oam esq phd md mba ca fca jp qc kc sc ma msc bsc llb dds`.split(' '),
);
const SURNAME_LIKE_ENTITY = new Set(['church', 'temple', 'parish']);

// Two-letter forms that are also people's names or name words ("LI Na", "Kim Sa", "Ole As"): written without dots, they
// count only in capitals ("Volvo AB") or after a comma ("Citibank, NA").
const NAME_LIKE_FORM = /^(na|sa|as|ab|ag|kg|oy|bv|nv|lp)$/i;

/** A legal form of another country at the end of the name, if any. */
export function foreignLegalForm(name: string): string | undefined {
  const text = name.trim();
  const found = FOREIGN_LEGAL_FORM.exec(text);
  const form = found?.[1];
  if (found === null || form === undefined) return undefined;
  const nameLike = NAME_LIKE_FORM.test(form) && form !== form.toUpperCase() && !/,\s*\S+$/.test(text);
  return nameLike ? undefined : form;
}

/** Whether the name reads "Rent A ...", "Hire A ...": a trading name. */
export function isVerbANoun(name: string): boolean {
  return VERB_A_NOUN.test(name.trim());
}

/** Whether the name opens with an honorific the trained lexicon lacks ("Hon.", "Capt.", "Cr") or ends with a post-nominal. */
export function hasPersonAffix(tokens: readonly string[]): boolean {
  const last = tokens[tokens.length - 1] ?? '';
  return MORE_TITLES.has(tokens[0] ?? '') || (tokens.length >= 3 && POST_NOMINALS.has(last));
}

/** Whether the name is a first name then an entity word that is also a surname ("Persephone Church"). */
export function isSurnameLikeEntity(tokens: readonly string[]): boolean {
  return tokens.length === 2 && SURNAME_LIKE_ENTITY.has(tokens[1] as string);
}

/**
 * Whether a name of three or more words ends with a trade or kind of business ("Lauren Ogilvie Midwife"). A hyphenated
 * given name counts as one word ("Seo-yeon Park" has two), so `words` is the name's word count when it is known.
 */
export function endsWithTrade(tokens: readonly string[], words = tokens.length): string | undefined {
  const last = tokens[tokens.length - 1] ?? '';
  return words >= 3 && isBusinessWord(last) && !POST_NOMINALS.has(last) ? last : undefined;
}

// Name particles of Arabic, Malay, Dutch, German, Romance and Irish names ("bin", "Al-", "van der", "dos", "Ni").
const PARTICLES = new Set(
  `bin binti bint ibn abu umm al el abdel abdul van von der den de da dos das del della di ter ni mac y`.split(' '),
);

// Particles that open a surname ("van der Berg", "bin Ismail", "Te Rangi"), for splitting First and Last name.
const SURNAME_PARTICLES = new Set(
  `bin binti bint ibn abu al el abdel abdul van von der den de da dos das del della di ter ni te le la du`.split(' '),
);

/** Where the surname starts when a particle opens it ("Pieter van den Berg" -> 1), or -1. */
export function surnameParticleAt(words: readonly string[]): number {
  for (let i = 1; i < words.length - 1; i++) {
    if (SURNAME_PARTICLES.has((words[i] as string).toLowerCase())) return i;
  }
  return -1;
}

/** Whether a name of two or more words carries a name particle between its words ("Ahmad bin Ismail"). */
export function hasNameParticle(tokens: readonly string[]): boolean {
  return tokens.length >= 2 && tokens.slice(0, -1).some((token) => PARTICLES.has(token));
}
