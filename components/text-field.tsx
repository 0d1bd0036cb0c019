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
  const common = {
    value: value.value,
    autocomplete: 'off',
    spellcheck: false,
    required: true,
    onInput: (e: { currentTarget: HTMLInputElement }) => {
      value.value = e.currentTarget.value;
    },
  };
  return (
    <label class="kxs-field">
      <span>{label}</span>
      {secret ? <input type="password" {...common} /> : <input type="text" {...common} />}
    </label>
  );
}
