// The sync engine's public surface for the background (entrypoints/background.ts) and the CLI.
export { createSyncEngine, type RunResult, type SyncEngine, type SyncTrigger } from './engine';
export { createPorts, type PortOptions } from './adapters/create-ports';
export type { SyncDeps, SyncProgress } from './context';
export type { RunEstimate } from './estimate';
export type { ContactStatus } from './refresh-contact';
export type { CreateContactResult } from './create-contact-in-xero';
export type { IssueResolution } from './resolve-issue';
export { buildReport, type SyncReport } from './report';
