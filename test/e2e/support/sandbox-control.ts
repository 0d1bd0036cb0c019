// The sandbox's control API (/__sandbox/*), as tests use it; the product never calls it.

export interface SandboxCredentials {
  xero: { clientId: string };
  karbon: { bearer: string; accessKey: string; firmKey: string };
  karbonAppPath: string;
}

interface KarbonCard {
  EmailAddresses?: ({ Address?: string } | string)[] | null;
  IsPrimaryCard?: boolean;
}

export interface SandboxState {
  xero: { contacts: { ContactID: string; Name: string; EmailAddress?: string; ContactNumber?: string }[] };
  karbon: {
    contacts: { ContactKey: string; FirstName: string; LastName: string; BusinessCards?: KarbonCard[] }[];
    organizations: { OrganizationKey: string; FullName: string; BusinessCards?: KarbonCard[] }[];
  };
}

export function sandboxControl(origin: string) {
  const json = async <T>(path: string, init?: RequestInit): Promise<T> => {
    const response = await fetch(`${origin}/__sandbox/${path}`, init);
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return (await response.json()) as T;
  };
  return {
    credentials: () => json<SandboxCredentials>('credentials'),
    calls: () => json<{ services: Record<string, { endpoints: Record<string, number> } | undefined> }>('calls'),
    state: () => json<SandboxState>('state'),
    /** Replaces the named systems' records (wire shapes, as `POST /__sandbox/dataset` takes them). */
    loadDataset: (dataset: Record<string, unknown>) =>
      json<unknown>('dataset', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(dataset),
      }),
    reset: (seed: 'demo' | 'empty' = 'demo') =>
      json<unknown>('reset', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ seed }),
      }),
  };
}

/** The first email of a Karbon record's primary card, lower-cased. */
export function karbonEmail(record: { BusinessCards?: KarbonCard[] }): string | undefined {
  const card = record.BusinessCards?.find((c) => c.IsPrimaryCard) ?? record.BusinessCards?.[0];
  const first = card?.EmailAddresses?.[0];
  const address = typeof first === 'string' ? first : first?.Address;
  return address?.trim().toLowerCase();
}
