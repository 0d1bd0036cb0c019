import type { LinkRow } from '../lib/db/rows';

/** On a record created from Xero (G5): whether it became a Person or an Organization, who decided, and why. */
export function ClassificationNote({ classification }: { classification: NonNullable<LinkRow['classification']> }) {
  const kind = classification.kind === 'person' ? 'a Person' : 'an Organization';
  const who = classification.confirmedByUser
    ? 'chosen by hand'
    : `decided automatically, ${Math.round(classification.confidence * 100)}% sure`;
  return (
    <details class="kxs-muted">
      <summary>
        Created as {kind} ({who})
      </summary>
      <ul class="kxs-list" aria-label="Reasons">
        {classification.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    </details>
  );
}
