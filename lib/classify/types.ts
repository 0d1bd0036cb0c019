/** Person or organization, spelled as lib/model's ContactKind so the two are interchangeable. */
export type ContactKind = 'person' | 'org';

/** An extra person on a Xero contact (Xero `ContactPersons[]`). */
export interface ContactPersonInput {
  readonly firstName?: string | undefined;
  readonly lastName?: string | undefined;
  readonly emailAddress?: string | undefined;
}

/** What the classifier reads from a Xero contact. */
export interface ClassifyInput {
  /** Xero `Name`. */
  readonly name: string;
  readonly firstName?: string | undefined;
  readonly lastName?: string | undefined;
  readonly contactPersons?: readonly ContactPersonInput[] | undefined;
  /** Xero `EmailAddress`, `Website`, `TaxNumber` (ABN / NZBN / GST number) and `CompanyNumber`. */
  readonly email?: string | undefined;
  readonly website?: string | undefined;
  readonly taxNumber?: string | undefined;
  readonly companyNumber?: string | undefined;
}

/** The classifier's decision, how sure it is (0.5..1), and why, in words a user can check. */
export interface Classification {
  readonly kind: ContactKind;
  readonly confidence: number;
  readonly reasons: readonly string[];
  /** `rule` when a decisive rule fired, `model` when the trained model (plus soft signals) decided. */
  readonly decidedBy: 'rule' | 'model';
  /** Why a person should choose instead (unsure, a couple, one name only); absent when the decision can be applied. */
  readonly review?: string;
  /** The name without its notes ("(personal)", "- do not use"): what Karbon should hold. */
  readonly karbonName: string;
  /** For a person: Karbon's First and Last name, the right way round. */
  readonly personName?: { readonly first: string; readonly last: string };
}
