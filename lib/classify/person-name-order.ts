import { splitPersonName } from '../model/person-name';
import { surnameParticleAt } from './name-shapes';

// A surname in capitals has a vowel ("NG" aside): "BT Business" opens with an acronym, not a surname.
const ALL_CAPS = /^(?=.*[AEIOUY])[\p{Lu}][\p{Lu}'’-]+$|^NG$/u;
const HAS_LOWER = /\p{Ll}/u;

/** Whether a name is written surname first: "ZHANG Wei" (the surname in capitals) or "Smith, Jane". */
export function isSurnameFirst(name: string): boolean {
  if (/^[^,]+,[^,]+$/.test(name)) return true;
  const words = name.trim().split(/\s+/);
  return words.length >= 2 && ALL_CAPS.test(words[0] ?? '') && words.slice(1).every((w) => HAS_LOWER.test(w));
}

/**
 * Karbon's First and Last name for a person's name, the right way round ("ZHANG Wei" -> Wei / Zhang, "Smith, Jane" ->
 * Jane / Smith), a surname's particle kept with it ("Pieter van den Berg" -> Pieter / van den Berg), and in ordinary
 * capitals when the whole name is in capitals.
 */
export function personNameParts(name: string): { first: string; last: string } {
  const comma = /^([^,]+),([^,]+)$/.exec(name);
  if (comma) return { first: tidy(comma[2] ?? ''), last: tidy(comma[1] ?? '') };
  // A title stays in the First name ("Dr Jane" / "Smith"): the synced name then reads back as Xero's.
  const words = name.trim().split(/\s+/);
  const text = words.join(' ');
  if (isSurnameFirst(text)) return { first: words.slice(1).join(' '), last: capitalize(words[0] ?? '') };
  const allCaps = !HAS_LOWER.test(text);
  const particle = surnameParticleAt(words);
  const { first, last } =
    particle > 0
      ? { first: words.slice(0, particle).join(' '), last: words.slice(particle).join(' ') }
      : splitPersonName(text);
  return allCaps ? { first: tidy(first), last: tidy(last) } : { first, last };
}

function tidy(text: string): string {
  const trimmed = text.trim();
  return HAS_LOWER.test(trimmed) ? trimmed : trimmed.split(/\s+/).map(capitalize).join(' ');
}

function capitalize(word: string): string {
  return word
    .toLowerCase()
    .replace(/(^|[-'’\s])(\p{L})/gu, (_m, lead: string, letter: string) => lead + letter.toUpperCase());
}
