// Written from xero-identity.yaml (Connection; token response per https://developer.xero.com/documentation/oauth2/pkce-flow).
import { z } from 'zod';
import { optional } from './parse-records';

/** A tenant the token can reach (GET /connections); `tenantId` goes in the `xero-tenant-id` header. */
export const XeroConnectionSchema = z.looseObject({
  id: z.string(),
  tenantId: z.string().min(1),
  tenantType: z.string(),
  tenantName: optional(z.string()),
  authEventId: optional(z.string()),
  createdDateUtc: optional(z.string()),
  updatedDateUtc: optional(z.string()),
});

export type XeroConnection = z.output<typeof XeroConnectionSchema>;

/** The token endpoint's answer to a code exchange or a refresh. */
export const XeroTokenResponseSchema = z.looseObject({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1),
  expires_in: z.number(),
  token_type: optional(z.string()),
  scope: optional(z.string()),
  id_token: optional(z.string()),
});

/** OAuth error body (`{"error":"invalid_grant"}`). */
export const OAuthErrorSchema = z.looseObject({ error: z.string(), error_description: optional(z.string()) });
