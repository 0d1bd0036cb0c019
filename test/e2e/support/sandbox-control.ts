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
    /** Adds contacts to the Xero organisation through its API, as someone working in Xero would. */
    async addXeroContacts(contacts: { Name: string; EmailAddress?: string }[]): Promise<void> {
      const { access_token: token } = await json<{ access_token: string }>('tokens', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ scopes: ['offline_access', 'accounting.contacts'] }),
      });
      const auth = { authorization: `Bearer ${token}`, accept: 'application/json' };
      const tenants = (await (await fetch(`${origin}/xero/connections`, { headers: auth })).json()) as {
        tenantId: string;
        tenantType: string;
      }[];
      const tenant = tenants.find((t) => t.tenantType === 'ORGANISATION');
      const response = await fetch(`${origin}/xero/api.xro/2.0/Contacts`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json', 'xero-tenant-id': tenant?.tenantId ?? '' },
        body: JSON.stringify({ Contacts: contacts }),
      });
      if (!response.ok) throw new Error(`Xero Contacts: HTTP ${response.status} ${await response.text()}`);
    },
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
