/** Where a record opens in its own app. */
export interface RecordLinks {
  xero: (contactId: string) => string;
  /** Undefined until the Karbon firm is known (it is part of the app's URL). */
  karbon?: ((key: string, kind?: 'person' | 'org') => string) | undefined;
}

/** Links to Xero's contact page and, when the firm's app root is known, to the Karbon record. */
export function recordLinks(karbonAppUrl: string | undefined): RecordLinks {
  return {
    xero: (id) => `https://go.xero.com/Contacts/View/${encodeURIComponent(id)}`,
    karbon: karbonAppUrl
      ? (key, kind) => `${karbonAppUrl}#/${kind === 'org' ? 'organizations' : 'contacts'}/${encodeURIComponent(key)}`
      : undefined,
  };
}
