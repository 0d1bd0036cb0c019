import type { ConnectionState, ConnectionsSummary, ServiceId } from '../lib/connections/connection-types';
import { StatusPill, type PillTone } from './status-pill';

const SERVICE_NAMES: Record<ServiceId, string> = {
  xero: 'Xero',
  xpm: 'Xero Practice Manager',
  karbon: 'Karbon',
};

const STATE_LABELS: Record<ConnectionState, [string, PillTone]> = {
  connected: ['Connected', 'green'],
  'not-connected': ['Not connected', 'grey'],
  'reconnect-needed': ['Reconnect needed', 'red'],
  off: ['Off', 'grey'],
};

/** Each account's connection state, with the sentence that says what to do about it. */
export function ConnectionList({ connections }: { connections: ConnectionsSummary }) {
  return (
    <ul class="kxs-connections" aria-label="Connections">
      {(Object.keys(SERVICE_NAMES) as ServiceId[]).map((service) => {
        const connection = connections[service];
        // The last failure shows until a call gets through again, so "Connected" never hides a dead service.
        const [label, tone]: [string, PillTone] = connection.problem
          ? ['Failing', 'red']
          : STATE_LABELS[connection.state];
        return (
          <li key={service} class="kxs-connection">
            <span class="kxs-connection__name">{SERVICE_NAMES[service]}</span>
            <StatusPill tone={tone}>{label}</StatusPill>
            {connection.name && <span class="kxs-connection__org">{connection.name}</span>}
            {connection.problem ? (
              <span class="kxs-error">{connection.problem}</span>
            ) : (
              connection.detail && <span class="kxs-muted">{connection.detail}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
