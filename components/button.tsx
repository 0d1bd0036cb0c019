/** A button of the panel: `primary` for the main action, `small` in lists; disabled while an action runs (`busy`). */
export function Button({
  label,
  onClick,
  busy,
  primary,
  small,
  describedBy,
}: {
  label: string;
  onClick: () => void;
  busy?: boolean;
  primary?: boolean;
  small?: boolean;
  /** The id of the words that say what it does. */
  describedBy?: string;
}) {
  return (
    <button
      type="button"
      class={primary ? 'kxs-button kxs-button--primary' : small ? 'kxs-button kxs-button--small' : 'kxs-button'}
      disabled={busy}
      aria-describedby={describedBy}
      onClick={onClick}
    >
      {label}
    </button>
  );
}
