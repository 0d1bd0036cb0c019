// Fixed demo credentials so docs, tests and the demo build agree without a lookup; GET /__sandbox/credentials repeats them.

/** The Xero / XPM OAuth client id the sandbox accepts (a PKCE app: no client secret). */
export const SANDBOX_XERO_CLIENT_ID = '8F3C2A1B9D7E4F6A0B1C2D3E4F5A6B7C';

/** The Xero organisation tenant (tenantType ORGANISATION). */
export const XERO_ORG_TENANT = {
  tenantId: '5b8a3c1e-2d4f-4e6a-9b7c-0d1e2f3a4b5c',
  connectionId: '9e1d2c3b-4a5f-4b6c-8d7e-1f2a3b4c5d6e',
  tenantName: 'Harbourside Accounting Demo (AU)',
  tenantType: 'ORGANISATION',
} as const;

/** The XPM practice tenant: Xero's XPM sample keeps connections whose tenantType is PRACTICEMANAGER. */
export const XPM_PRACTICE_TENANT = {
  tenantId: '7c4d5e6f-8a9b-4c0d-9e1f-2a3b4c5d6e7f',
  connectionId: '3a4b5c6d-7e8f-4a9b-8c0d-1e2f3a4b5c6d',
  tenantName: 'Harbourside Accounting Practice',
  tenantType: 'PRACTICEMANAGER',
} as const;

/** The demo Karbon firm: its API key pair and the web-app path segment. */
export const KARBON_FIRM = {
  /** Karbon API application token (`Authorization: Bearer <GUID>`). */
  bearer: '6f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9',
  /** Karbon tenant key (`AccessKey: <JWT>`). */
  accessKey:
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ0ZW5hbnQiOiJoYXJib3Vyc2lkZS1kZW1vIiwiYXBwIjoia2FyYm9uLXhlcm8tc3luYy1zYW5kYm94In0.c2FuZGJveC1ub3QtYS1yZWFsLXNpZ25hdHVyZQ',
  /** Firm key used in web-app URLs (`/karbon-app/<firmKey>#/contacts/<key>`) and as the Karbon tenantId. */
  firmKey: '3kTqDm7Fz9Lw',
  firmName: 'Harbourside Accounting',
} as const;

/** What GET /__sandbox/credentials answers (paths are relative to the sandbox origin). */
export interface SandboxCredentials {
  xero: { clientId: string; orgTenantId: string; practiceTenantId: string };
  karbon: { bearer: string; accessKey: string; firmKey: string };
  karbonAppPath: string;
}

export function sandboxCredentials(): SandboxCredentials {
  return {
    xero: {
      clientId: SANDBOX_XERO_CLIENT_ID,
      orgTenantId: XERO_ORG_TENANT.tenantId,
      practiceTenantId: XPM_PRACTICE_TENANT.tenantId,
    },
    karbon: { bearer: KARBON_FIRM.bearer, accessKey: KARBON_FIRM.accessKey, firmKey: KARBON_FIRM.firmKey },
    karbonAppPath: `/karbon-app/${KARBON_FIRM.firmKey}`,
  };
}
