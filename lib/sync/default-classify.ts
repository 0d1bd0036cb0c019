import type { XeroContactWire } from '../model/wire-types';
import { xeroLooksLikePerson } from '../model/xero-mapping';
import type { Classification } from './ports';

/** Fallback person-vs-organization rule when no classifier is injected: a Name equal to FirstName + LastName. */
export function defaultClassify(contact: XeroContactWire): Classification {
  return xeroLooksLikePerson(contact)
    ? { kind: 'person', confidence: 0.7, reasons: ['Name equals FirstName LastName'] }
    : { kind: 'org', confidence: 0.6, reasons: ['Name is not FirstName LastName'] };
}
