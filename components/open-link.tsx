import type { ComponentChildren } from 'preact';

/** A link to a record in its own app (Xero, XPM, Karbon), opened in a new tab. */
export function OpenLink({ href, children }: { href: string; children: ComponentChildren }) {
  return (
    <a class="kxs-link" href={href} target="_blank" rel="noreferrer">
      {children}
    </a>
  );
}
