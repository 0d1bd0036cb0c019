import { classifyContact } from '../classify/classify-contact';
import type { ContactPersonInput } from '../classify/types';
import type { XeroContactWire } from '../model/wire-types';
import type { Classification } from './ports';

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);

function contactPersons(list: unknown[] | null | undefined): ContactPersonInput[] {
  return (list ?? []).map((p) => {
    const person = (p ?? {}) as Record<string, unknown>;
    return {
      firstName: text(person.FirstName),
      lastName: text(person.LastName),
      emailAddress: text(person.EmailAddress),
    };
  });
}

/** The engine's default person-vs-organization decision for a Xero contact (G5): lib/classify on its own fields. */
export function defaultClassify(contact: XeroContactWire): Classification {
  const result = classifyContact({
    name: contact.Name ?? '',
    firstName: text(contact.FirstName),
    lastName: text(contact.LastName),
    contactPersons: contactPersons(contact.ContactPersons),
    email: text(contact.EmailAddress),
    website: text(contact.Website),
    taxNumber: text(contact.TaxNumber),
    companyNumber: text(contact.CompanyNumber),
  });
  return {
    kind: result.kind,
    confidence: result.confidence,
    reasons: [...result.reasons],
    karbonName: result.karbonName,
    ...(result.review ? { review: result.review } : {}),
    ...(result.personName ? { personName: { ...result.personName } } : {}),
  };
}
