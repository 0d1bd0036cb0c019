import type { Notice } from '../lib/state/remote-value';

/** Shows an action's outcome in green or red; `role` says how urgently assistive technology announces it. */
export function NoticeLine({ notice, role }: { notice: Notice; role: 'status' | 'alert' }) {
  if (!notice) return null;
  return (
    <p class={notice.tone === 'ok' ? 'kxs-ok' : 'kxs-error'} role={role}>
      {notice.text}
    </p>
  );
}

/** What a running action is doing ("Linking…"), announced politely; nothing when idle. */
export function PendingLine({ text }: { text: string | undefined }) {
  if (!text) return null;
  return (
    <p class="kxs-pending" aria-live="polite">
      {text}
    </p>
  );
}
