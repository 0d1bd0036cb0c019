/** Splits a full name into Karbon's required First and Last name: the last word is the last name. */
export function splitPersonName(full: string): { first: string; last: string } {
  const words = full.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { first: '', last: '' };
  if (words.length === 1) return { first: words[0] ?? '', last: '' };
  return { first: words.slice(0, -1).join(' '), last: words[words.length - 1] ?? '' };
}

/** Joins first and last name the way Karbon shows a person's full name. */
export function joinPersonName(first: string | null | undefined, last: string | null | undefined): string {
  return [first?.trim() ?? '', last?.trim() ?? ''].filter(Boolean).join(' ');
}
