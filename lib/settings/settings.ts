import { z } from 'zod';

/** How the extension is set up; not secret (tokens and API keys live in the background's database). */
export const settingsSchema = /* @__PURE__ */ z.object({
  /** Which services the extension talks to: the real ones, or the local sandbox (sandbox builds only). */
  target: z.enum(['production', 'sandbox']),
  /** The Client ID of the firm's Xero app (PKCE: there is no client secret). */
  xeroClientId: z.string().trim().max(64),
  /** Sync with Xero Practice Manager as well as the Xero ledger. */
  xpmEnabled: z.boolean(),
  /** P1: import XPM clients only, or clients and their contacts. */
  xpmImportMode: z.enum(['clients', 'clients-and-contacts']),
  /** P5: Karbon Contact Types whose organizations are pushed to XPM automatically. */
  xpmPushContactTypes: z.array(z.string().trim().min(1).max(100)).max(50),
  /** P2: XPM Business Types that become Karbon People (all others become Organizations). */
  xpmPersonBusinessTypes: z.array(z.string().trim().min(1).max(100)).max(20),
  /** Minutes between scheduled syncs; 0 turns the schedule off. */
  syncIntervalMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60),
  /** Preview mode: Sync now and scheduled syncs only report what they would do (the popup's Preview always does). */
  dryRun: z.boolean(),
  /**
   * Records the sync creates in Karbon carry their source key (`XERO-<ContactID>`) as Client Identifier, so two
   * browsers can never create the same client twice; existing Client Identifiers are never changed.
   */
  karbonClientIdentifiers: z.boolean(),
  /** Where the "Xero Client" panel goes on Karbon pages: placed in the page where recognised, or always docked. */
  panelPlacement: z.enum(['automatic', 'docked']),
  /** The user's name as colleagues see it when this browser runs the firm's scheduled sync. */
  staffName: z.string().trim().max(60),
});

export type Settings = z.infer<typeof settingsSchema>;

/** The settings a new install starts with; a sandbox build talks to the sandbox until told otherwise. */
export function defaultSettings(sandboxOrigin: string): Settings {
  return {
    target: sandboxOrigin ? 'sandbox' : 'production',
    xeroClientId: '',
    xpmEnabled: false,
    xpmImportMode: 'clients',
    xpmPushContactTypes: [],
    xpmPersonBusinessTypes: ['Individual', 'Sole Trader'],
    syncIntervalMinutes: 60,
    // The popup's Preview button shows a first sync's links, creations and issues before anything is written.
    dryRun: false,
    // On: duplicates across browsers are impossible; the cost is that created records' Client Identifier is taken.
    karbonClientIdentifiers: true,
    panelPlacement: 'automatic',
    staffName: '',
  };
}

/** Merges stored (possibly older or damaged) settings over the defaults, dropping any field that no longer parses. */
export function readSettings(stored: unknown, defaults: Settings): Settings {
  const record = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const merged: Record<string, unknown> = { ...defaults };
  for (const key of Object.keys(settingsSchema.shape) as (keyof Settings)[]) {
    const field = settingsSchema.shape[key].safeParse(record[key]);
    if (field.success) merged[key] = field.data;
  }
  return settingsSchema.parse(merged);
}
