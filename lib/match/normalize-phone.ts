// Not lib/model's normalizePhone on purpose: that one is the sync's exact equality (national digits by dial code),
// this one a fuzzy matching signal that ignores whatever precedes the last digits and is cheap per candidate.
// The last nine digits are the subscriber number in AU/NZ/UK/US formats, whatever country code or trunk 0 precedes it.
const SIGNIFICANT_DIGITS = 9;
const MIN_DIGITS = 6;

/**
 * The comparison key of a phone number: its last nine digits as a number, tagged with how many there were so
 * leading zeros count (-1 when it has fewer than six digits). Numbers, not strings, because it runs per candidate.
 */
export function phoneKey(phone: string | { readonly number: string } | null | undefined): number {
  if (phone === undefined || phone === null) return -1;
  if (typeof phone !== 'string') return phoneKey(phone.number);
  let value = 0;
  let scale = 1;
  let count = 0;
  for (let i = phone.length - 1; i >= 0 && count < SIGNIFICANT_DIGITS; i--) {
    const digit = phone.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) continue;
    value += digit * scale;
    scale *= 10;
    count++;
  }
  return count < MIN_DIGITS ? -1 : count * 10 ** SIGNIFICANT_DIGITS + value;
}
