import { splitPersonName } from '../model/person-name';

const ALL_CAPS = /^[\p{Lu}][\p{Lu}'’-]+$/u;
const HAS_LOWER = /\p{Ll}/u;

/** Whether a name is written surname first: "ZHANG Wei" (the surname in capitals) or "Smith, Jane". */
export function isSurnameFirst(name: string): boolean {
  if (/^[^,]+,[^,]+$/.test(name)) return true;
  const words = name.trim().split(/\s+/);
  return words.length >= 2 && ALL_CAPS.test(words[0] ?? '') && words.slice(1).every((w) => HAS_LOWER.test(w));
}

/**
 * Karbon's First and Last name for a person's name, the right way round ("ZHANG Wei" -> Wei / Zhang, "Smith, Jane" ->
 * Jane / Smith) and in ordinary capitals when the whole name is in capitals.
 */
export function personNameParts(name: string): { first: string; last: string } {
  const comma = /^([^,]+),([^,]+)$/.exec(name);
  if (comma) return { first: tidy(comma[2] ?? ''), last: tidy(comma[1] ?? '') };
  const words = name.trim().split(/\s+/);
  if (isSurnameFirst(name)) return { first: words.slice(1).join(' '), last: capitalize(words[0] ?? '') };
  const allCaps = !HAS_LOWER.test(name);
  const { first, last } = splitPersonName(name);
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
