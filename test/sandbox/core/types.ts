// The contract between the sandbox core (server, clock, limits, faults, call counting, control) and the service
// modules (identity, xero, xpm, karbon, karbon-app). Each module owns its store and exports its routes.
import type { IncomingHttpHeaders } from 'node:http';

/** Which limit bucket and call counter a route belongs to. */
export type ServiceName = 'identity' | 'xero' | 'xpm' | 'karbon' | 'karbon-app' | 'control';

export interface SandboxRequest {
  method: string;
  url: URL;
  /** Path parameters captured by the route pattern (`:name` segments). */
  params: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** Raw body bytes (empty when none). */
  body: Buffer;
  /** The tenant the core authorised the request for (Xero organisation / XPM practice / Karbon firm). */
  tenantId?: string;
}

export interface SandboxResponse {
  status: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

export type Handler = (req: SandboxRequest) => SandboxResponse | Promise<SandboxResponse>;

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path pattern, e.g. `/karbon-api/v3/Contacts/:key`; matched case-insensitively on the literal segments. */
  pattern: string;
  service: ServiceName;
  /** Endpoint label used by `GET /__sandbox/calls` (e.g. `GET Contacts`). */
  endpoint: string;
  handler: Handler;
}

/** Sandbox time: advanced by `POST /__sandbox/clock`, so token expiry and rate windows are testable. */
export interface Clock {
  now(): number;
}

/** The wire-shape dataset accepted by `POST /__sandbox/dataset` and returned by `GET /__sandbox/state`. */
export interface Dataset {
  xero?: { contacts?: unknown[] };
  xpm?: { clients?: unknown[] };
  karbon?: { contacts?: unknown[]; organizations?: unknown[] };
}

/** What every service module exposes to the core. */
export interface ServiceModule {
  routes: Route[];
  /** Replace this service's records with the given wire-shape records (missing ids generated). Throws on bad input. */
  load(dataset: Dataset): void;
  /** This service's records in the dataset shape. */
  dump(): Dataset;
  /** Empty this service's store. */
  reset(): void;
}

/** Given to every module factory by the core. */
export interface ModuleContext {
  clock: Clock;
  /** Deterministic id source (UUIDs / Karbon-style keys) so seeded runs repeat exactly. */
  newId(kind: 'uuid' | 'karbon-key'): string;
}

// Auth, rate limits, fault injection and call counting run in the core BEFORE a module handler is called:
// for 'xero' and 'xpm' routes the core checks `Authorization: Bearer <token>` (issued by the identity module) and the
// `xero-tenant-id` header, for 'karbon' routes the Bearer + AccessKey pair; it then sets `tenantId` on the request.
