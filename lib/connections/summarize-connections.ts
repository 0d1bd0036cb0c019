import type { Settings } from '../settings/settings';
import type { ConnectionsSummary, ServiceConnection } from './connection-types';

/** What the background knows of each account, before it is turned into words for the UI. */
export interface ConnectionFacts {
  settings: Settings;
  /** Xero ledger connection, once signed in. */
  xero?: Omit<ServiceConnection, 'service'>;
  /** XPM practice connection (shares the Xero sign-in), once chosen. */
  xpm?: Omit<ServiceConnection, 'service'>;
  /** Karbon API key pair, once entered. */
  karbon?: Omit<ServiceConnection, 'service'>;
}

/** Summarises every connection with a sentence a user can act on. */
export function summarizeConnections(facts: ConnectionFacts): ConnectionsSummary {
  return {
    xero: facts.xero
      ? { service: 'xero', ...facts.xero }
      : { service: 'xero', state: 'not-connected', detail: 'Connect Xero in Options.' },
    xpm: !facts.settings.xpmEnabled
      ? { service: 'xpm', state: 'off', detail: 'Xero Practice Manager sync is turned off in Options.' }
      : facts.xpm
        ? { service: 'xpm', ...facts.xpm }
        : {
            service: 'xpm',
            state: 'not-connected',
            detail: 'Switched on but not connected: click Connect XPM in Options.',
          },
    karbon: facts.karbon
      ? { service: 'karbon', ...facts.karbon }
      : { service: 'karbon', state: 'not-connected', detail: 'Enter your Karbon API keys in Options.' },
  };
}
