import { Button } from './button';

/** A resolve or create button with the words that say what it does beside it (read out with it). */
export function Choice({
  id,
  label,
  hint,
  busy,
  primary,
  onClick,
}: {
  /** The hint's element id (unique on the page). */
  id: string;
  label: string;
  hint: string;
  busy: boolean;
  primary?: boolean;
  onClick: () => void;
}) {
  return (
    <div class="kxs-choice">
      <Button label={label} busy={busy} primary={primary} describedBy={id} onClick={onClick} />
      <span id={id} class="kxs-hint">
        {hint}
      </span>
    </div>
  );
}
