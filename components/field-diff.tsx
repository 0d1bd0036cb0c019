import { SYNCED_FIELDS, type CanonicalContact } from '../lib/model/canonical';
import { sameValue } from '../lib/model/normalize';
import { FIELD_LABELS, formatFieldValue } from '../lib/state/format';

/** The synced fields side by side: Karbon's value and the remote system's (Xero unless named), as last read. */
export function FieldDiff({
  karbon,
  remote,
  remoteName = 'Xero',
}: {
  karbon?: CanonicalContact;
  remote?: CanonicalContact;
  remoteName?: string;
}) {
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
        {fields.map((field) => {
          const k = formatFieldValue(karbon?.[field]);
          const x = formatFieldValue(remote?.[field]);
          return (
            // Highlight real differences only: "02 6091 2038" and "+61 2 6091 2038" are the same number.
            <tr
              key={field}
              class={!karbon || !remote || sameValue(field, karbon[field], remote[field]) ? '' : 'kxs-fields__differs'}
            >
              <th scope="row">{FIELD_LABELS[field]}</th>
              <td>{karbon ? k : '…'}</td>
              <td>{remote ? x : '…'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
