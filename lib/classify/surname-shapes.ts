// Endings that mark a surname in many languages: Slavic (-ović, -ski, -wicz, -enko, -chuk), Greek (-opoulos, -idis,
// -akis), Armenian and Georgian (-yan, -ian, -shvili, -dze), Turkish (-oğlu), Romanian (-escu), Nordic (-sson, -sen),
// Italian (-etti, -ucci, -elli), Spanish and Portuguese (-ez, -es after a consonant), Japanese (-moto, -mura, -yama,
// -kawa, -shita, -hashi, -saki), Persian (-zadeh, -pour), Indian (-wala, -appa, -iah), Basque and Hungarian (-etxea,
// -falvi). Trading names and brands almost never end with them.
const SURNAME_ENDING =
  /(ovic|evic|ovich|evich|[^aeiou]sk[ia]|wicz|enko|chuk|czak|opoulos|poulos|idis|akis|ides|yan|ian|shvili|dze|oglu|escu|sson|ssen|etti|ucci|elli|[^aeiou]ez|moto|mura|yama|kawa|shita|hashi|saki|zadeh|pour|wala|appa|iah)$/;
// Irish and Scottish surnames written O'Leary, McAllister, MacPherson.
const GAELIC_PREFIX = /(^|\s)(O['’]|Mc|Mac)\p{Lu}\p{Ll}+/u;

/** A word of the name shaped like a surname of another language ("Petrović", "Kowalski", "O'Leary"), if any. */
export function surnameShape(name: string, words: readonly string[]): string | undefined {
  const gaelic = GAELIC_PREFIX.exec(name);
  if (gaelic) return gaelic[0].trim();
  const last = words[words.length - 1] ?? '';
  return last.length >= 5 && SURNAME_ENDING.test(last) ? last : undefined;
}
