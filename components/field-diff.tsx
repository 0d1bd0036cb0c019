import type { SystemStatus } from '../lib/messages';
import { SYNCED_FIELDS } from '../lib/model/canonical';
import { FIELD_LABELS, formatFieldValue } from '../lib/state/format';

/**
 * The synced fields side by side: Karbon's value and the remote system's, as last read; the background says which
 * differ (lib/background/differing-fields.ts).
 */
export function FieldDiff({ status, remoteName }: { status: SystemStatus; remoteName: string }) {
  const { karbon, remote, differs } = status;
  // The street address is a field only where the remote record has one (XPM clients).
  const fields = SYNCED_FIELDS.filter((f) => f !== 'street' || (remote !== undefined && 'street' in remote));
  return (
    <table class="kxs-fields" aria-label="Synced fields">
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Karbon</th>
          <th scope="col">{remoteName}</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((field) => (
          <tr key={field} class={differs?.includes(field) ? 'kxs-fields__differs' : ''}>
            <th scope="row">{FIELD_LABELS[field]}</th>
            <td>{karbon ? formatFieldValue(karbon[field]) : '…'}</td>
            <td>{remote ? formatFieldValue(remote[field]) : '…'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
