import type { ActivityRow } from '../db/rows';
import { FIELD_LABELS, formatFieldValue } from './format';

const SYSTEM_NAMES: Record<string, string> = { karbon: 'Karbon', xero: 'Xero', xpm: 'Xero Practice Manager' };

const CAUSE_WORDS: Record<string, string> = {
  sync: 'a sync run',
  'initial-match': 'the first match',
  'full-match': 'a sync run (name and email matched)',
  confirmed: 'Confirm Match',
  'confirm-match': 'Confirm Match',
  'no-match': 'a sync run (new in Xero)',
  'created-in-karbon': 'a sync run (new in Xero)',
  'pushed-from-karbon': 'Create Contact',
  'create-contact': 'Create Contact',
  resolve: 'a conflict you resolved',
  undo: 'Undo',
  unsync: 'Stop Syncing Contact',
  resync: 'Re-sync',
  'merged-in-xero': 'a merge in Xero',
  'archived-in-xero': 'an archive in Xero',
};

/** The name of a system as the UI says it. */
export const systemName = (system: string): string => SYSTEM_NAMES[system] ?? system;

/** What an activity entry did, in one line ("Billing Email in Karbon: a@x → b@x"). */
export function activityWhat(entry: ActivityRow): string {
  const system = systemName(entry.system);
  switch (entry.action) {
    case 'update':
      return `${entry.field ? FIELD_LABELS[entry.field] : 'A field'} in ${system}: ${formatFieldValue(entry.before)} → ${formatFieldValue(entry.after)}`;
    case 'link':
      return `Linked with ${system}`;
    case 'create':
      return `Created in ${system}`;
    case 'unlink':
      return 'Syncing stopped';
    case 'relink':
      return entry.cause === 'merged-in-xero' ? 'Moved to the merged Xero contact' : 'Syncing again';
    case 'archive-seen':
      return `Archived in ${system}`;
    case 'undo':
      return 'Undone';
  }
}

/** Which run or action made an entry. */
export const activityBy = (entry: ActivityRow): string => CAUSE_WORDS[entry.cause] ?? entry.cause;
