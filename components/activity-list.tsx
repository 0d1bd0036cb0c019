import type { ActivityView } from '../lib/background/activity-views';
import { timeAgo } from '../lib/state/format';
import { Button } from './button';

/** Activity entries, newest first: what changed, where, before → after, when and by what, with Undo where it applies. */
export function ActivityList({
  entries,
  busy,
  onUndo,
  showNames = true,
  label,
}: {
  entries: ActivityView[];
  busy: boolean;
  onUndo: (entry: ActivityView) => void;
  showNames?: boolean;
  label: string;
}) {
  if (entries.length === 0) return <p class="kxs-muted">Nothing has been changed yet.</p>;
  return (
    <ul class="kxs-activity" aria-label={label}>
      {entries.map((entry) => (
        <li
          key={entry.id}
          class={entry.undoneAt ? 'kxs-activity__item kxs-activity__item--undone' : 'kxs-activity__item'}
        >
          <div class="kxs-activity__text">
            {showNames && <strong>{entry.name}</strong>}
            {showNames && ': '}
            {entry.what}
            <span class="kxs-muted">
              {' '}
              · by {entry.by} · {timeAgo(entry.time)}
              {entry.undoneAt ? ' · undone' : ''}
            </span>
          </div>
          {entry.undoable && (
            <Button
              label="Undo"
              small
              busy={busy}
              describedBy={`kxs-undo-hint-${entry.id}`}
              onClick={() => onUndo(entry)}
            />
          )}
          {entry.undoable && (
            <span id={`kxs-undo-hint-${entry.id}`} class="kxs-visually-hidden">
              {entry.action === 'link'
                ? 'removes this link and puts back the Karbon values it replaced'
                : 'puts back the value from before, on both sides'}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
