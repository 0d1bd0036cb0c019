import type { ContactKind } from './types';

/** XPM Business Types (BusinessStructure) that become Karbon People (MISSION.md P2); everything else is an Organization. */
export const DEFAULT_PERSON_BUSINESS_TYPES: readonly string[] = ['Individual', 'Sole Trader'];

/** The Karbon kind for an XPM client's Business Type: listed types (case-insensitive, trimmed) are people. */
export function kindFromBusinessType(
  businessType: string | undefined,
  personTypes: readonly string[] = DEFAULT_PERSON_BUSINESS_TYPES,
): ContactKind {
  const type = fold(businessType ?? '');
  return type !== '' && personTypes.some((personType) => fold(personType) === type) ? 'person' : 'org';
}

function fold(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}
