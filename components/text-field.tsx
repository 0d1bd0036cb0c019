import type { Signal } from '@preact/signals';

/** A labelled text input bound to a signal (`secret` hides what is typed, for API keys). */
export function TextField({
  label,
  value,
  secret = false,
}: {
  label: string;
  value: Signal<string>;
  secret?: boolean;
}) {
  return (
    <label class="kxs-field">
      <span>{label}</span>
      <input
        type={secret ? 'password' : 'text'}
        value={value.value}
        autocomplete="off"
        spellcheck={false}
        required
        onInput={(e) => {
          value.value = e.currentTarget.value;
        }}
      />
    </label>
  );
}
