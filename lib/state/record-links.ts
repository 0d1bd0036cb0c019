/** Where a record opens in its own app. */
export interface RecordLinks {
  xero: (contactId: string) => string;
  /** Undefined until the Karbon firm is known (it is part of the app's URL). */
  karbon?: ((key: string, kind?: 'person' | 'org') => string) | undefined;
}

/** Xero's own page for a contact (opens in the firm's Xero login). */
export const xeroContactUrl = (id: string): string => `https://go.xero.com/Contacts/View/${encodeURIComponent(id)}`;

/** Links to Xero's contact page and, when the firm's app root is known, to the Karbon record. */
export function recordLinks(karbonAppUrl: string | undefined): RecordLinks {
  return {
    xero: xeroContactUrl,
    karbon: karbonAppUrl
      ? (key, kind) => `${karbonAppUrl}#/${kind === 'org' ? 'organizations' : 'contacts'}/${encodeURIComponent(key)}`
      : undefined,
  };
}
