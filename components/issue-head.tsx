/** An issue card's title line, with the checkbox for bulk resolving when the list offers it (the popup). */
export function IssueHead({
  title,
  name,
  selected,
  onSelect,
}: {
  title: string;
  /** The record the checkbox selects, for its accessible name. */
  name: string;
  selected?: boolean | undefined;
  onSelect?: ((selected: boolean) => void) | undefined;
}) {
  return (
    <div class="kxs-issue__head">
      {onSelect && (
        <input
          type="checkbox"
          class="kxs-issue__select"
          aria-label={`Select: ${name}`}
          checked={selected ?? false}
          onChange={(event) => onSelect(event.currentTarget.checked)}
        />
      )}
      <h4 class="kxs-issue__title">{title}</h4>
    </div>
  );
}
