export type PillTone = 'green' | 'grey' | 'amber' | 'red' | 'blue';

/** A small coloured label (Linked, Not linked, Match issue, Conflict, ...). */
export function StatusPill({ tone, children }: { tone: PillTone; children: string }) {
  return <span class={`kxs-pill kxs-pill--${tone}`}>{children}</span>;
}
