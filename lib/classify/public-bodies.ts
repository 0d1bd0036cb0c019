// Australian states and territories, NZ and UK abbreviations: a person's name never carries them as a word.
const JURISDICTIONS = new Set(['nsw', 'qld', 'vic', 'act', 'nt', 'wa', 'sa', 'nz', 'uk', 'hm', 'hmrc']);
const STATE_NAMES = /\b(queensland|tasmania|new south wales|western australia|south australia)$/;
// Words that name a public body or an agency wherever they stand in the name.
const BODY_WORDS = new Set(
  `revenue, taxation, worksafe, workcover, safework, council, shire, borough, county, municipality, ministry,
  department, agency, commission, commissioner, ombudsman, regulator, authority, tribunal, registry, registrar,
  police, customs, treasury, parliament, government, govt, directorate, inspectorate, secretariat, ombudsperson, nhs,
  comptroller, bureau, electoral`
    .split(/[\s,]+/)
    .filter(Boolean),
);
const PHRASES = /^(city|shire|town|borough|county|municipality|district|office|department|ministry) of\b|\boffice of\b/;
// "Wyndham City", "Hume City": a council's own short name ends with "City" (nobody's surname).
const ENDS_CITY = /(?<=\S\s+)city$/;

/** The pattern by which a name reads as a government body or agency ("Revenue NSW", "City of Boulder"), if any. */
export function publicBodyPattern(text: string, tokens: readonly string[]): string | undefined {
  const phrase = PHRASES.exec(text) ?? ENDS_CITY.exec(text);
  if (phrase) return `"${phrase[0].trim()}"`;
  const word = tokens.find((token) => BODY_WORDS.has(token));
  if (word) return `"${word}"`;
  if (tokens.length >= 2) {
    const place = tokens.find((token) => JURISDICTIONS.has(token));
    if (place) return `the jurisdiction "${place.toUpperCase()}"`;
    const state = STATE_NAMES.exec(text);
    if (state && tokens.length <= 4) return `the state "${state[1]}"`;
  }
  return undefined;
}
