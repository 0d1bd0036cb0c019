import { randomUUID } from 'node:crypto';
import { createAuthorizeHandlers } from './authorize';
import { createConnectionStore, tenantsForScopes } from './connections';
import { createRevocationHandler, createTokenHandler } from './token-endpoint';
import { createTokenStore, type TokenSet } from './token-store';
import { bearerOf, type TokenCheck } from '../core/auth';
import { SANDBOX_XERO_CLIENT_ID, XERO_ORG_TENANT, XPM_PRACTICE_TENANT } from '../core/credentials';
import { json, xeroProblem } from '../core/responses';
import type { ModuleContext, SandboxRequest, SandboxResponse, ServiceModule } from '../core/types';

export interface IdentityModule extends ServiceModule {
  verifyAccessToken(token: string): TokenCheck;
  /** Which API a connected tenant id belongs to. */
  tenantService(tenantId: string): 'xero' | 'xpm' | undefined;
  /** Skips the consent page: connects the tenants the scopes reach and returns a token set (tests, benchmarks). */
  issueTokens(scopes: string[]): TokenSet;
  /** Forgets tokens, codes and connections. */
  resetAuth(): void;
}

/** Xero identity: consent page, token and revocation endpoints, `GET/DELETE /connections`. Holds no dataset records. */
export function createIdentityModule(ctx: ModuleContext, options: { clientId?: string } = {}): IdentityModule {
  const clientId = options.clientId ?? SANDBOX_XERO_CLIENT_ID;
  const now = () => ctx.clock.now();
  const tokens = createTokenStore(now, clientId);
  const connections = createConnectionStore();
  const authorize = createAuthorizeHandlers({ clientId, now, tokens, connections });
  const verifyAccessToken = (token: string) => tokens.verifyAccessToken(token, connections.tenantIds());

  function withToken(req: SandboxRequest, then: () => SandboxResponse): SandboxResponse {
    const token = bearerOf(req.headers);
    const check = token ? verifyAccessToken(token) : undefined;
    if (!check?.ok) {
      const detail =
        check && !check.ok && check.reason === 'expired' ? 'TokenExpired: token expired' : 'AuthenticationUnsuccessful';
      return xeroProblem(401, 'Unauthorized', detail);
    }
    return then();
  }

  return {
    routes: [
      {
        method: 'GET',
        pattern: '/xero-login/identity/connect/authorize',
        service: 'identity',
        endpoint: 'GET authorize',
        handler: authorize.page,
      },
      {
        method: 'POST',
        pattern: '/xero-login/identity/connect/authorize',
        service: 'identity',
        endpoint: 'POST authorize',
        handler: authorize.decide,
      },
      {
        method: 'POST',
        pattern: '/xero-identity/connect/token',
        service: 'identity',
        endpoint: 'POST token',
        handler: createTokenHandler({ clientId, tokens }),
      },
      {
        method: 'POST',
        pattern: '/xero-identity/connect/revocation',
        service: 'identity',
        endpoint: 'POST revocation',
        handler: createRevocationHandler({
          clientId,
          tokens,
          disconnect: (authEventId) => connections.removeByAuthEvent(authEventId),
        }),
      },
      {
        method: 'GET',
        pattern: '/xero/connections',
        service: 'identity',
        endpoint: 'GET connections',
        handler: (req) =>
          withToken(req, () => {
            const authEventId = req.url.searchParams.get('authEventId');
            const rows = connections.list().filter((c) => !authEventId || c.authEventId === authEventId);
            return json(200, rows);
          }),
      },
      {
        method: 'DELETE',
        pattern: '/xero/connections/:id',
        service: 'identity',
        endpoint: 'DELETE connections',
        handler: (req) =>
          withToken(req, () =>
            connections.removeById(req.params.id ?? '') ? { status: 204, body: '' } : { status: 404, body: '' },
          ),
      },
    ],
    load: () => undefined,
    dump: () => ({}),
    reset: () => undefined,
    verifyAccessToken,
    tenantService(tenantId) {
      if (tenantId === XERO_ORG_TENANT.tenantId) return 'xero';
      if (tenantId === XPM_PRACTICE_TENANT.tenantId) return 'xpm';
      return undefined;
    },
    issueTokens(scopes) {
      const authEventId = randomUUID();
      for (const tenantId of tenantsForScopes(scopes)) connections.connect(tenantId, authEventId, now());
      return tokens.issue(scopes, authEventId);
    },
    resetAuth() {
      tokens.clear();
      connections.clear();
    },
  };
}
