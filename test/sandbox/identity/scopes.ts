// Scopes the sandbox's consent page understands (reference xero-accounting.md §1, xpm-and-karbon.md A1).
const KNOWN_SCOPE =
  /^(openid|profile|email|offline_access|accounting\.[a-z0-9.]+|practicemanager(\.[a-z]+)*|paymentservices)$/;

export function parseScopes(raw: string | null | undefined): string[] {
  return (raw ?? '').split(/[\s+]+/).filter((s) => s !== '');
}

export function unknownScopes(scopes: string[]): string[] {
  return scopes.filter((s) => !KNOWN_SCOPE.test(s));
}

export const grantsAccounting = (scopes: string[]) => scopes.some((s) => s.startsWith('accounting.'));
export const grantsPractice = (scopes: string[]) => scopes.some((s) => s.startsWith('practicemanager'));
