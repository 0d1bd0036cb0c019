// The last nine digits are the subscriber number in AU/NZ/UK/US formats, whatever country code or trunk 0 precedes it.
const SIGNIFICANT_DIGITS = 9;
const MIN_DIGITS = 6;

/** The comparison key of a phone number: its last nine digits ('' when it has fewer than six digits). */
export function phoneKey(phone: string | undefined): string {
  if (phone === undefined) return '';
  let digits = '';
  for (let i = 0; i < phone.length; i++) {
    const code = phone.charCodeAt(i);
    if (code >= 48 && code <= 57) digits += phone[i];
  }
  return digits.length < MIN_DIGITS ? '' : digits.slice(-SIGNIFICANT_DIGITS);
}
