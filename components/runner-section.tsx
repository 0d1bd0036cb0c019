import { useSignal } from '@preact/signals';
import type { RunnerState } from '../lib/state/runner-state';
import { NoticeLine } from './notice-line';
import { SyncRunnerLine } from './sync-runner-line';
import { TextField } from './text-field';

/** Options: which browser runs the firm's scheduled sync, and the button that makes it this one. */
export function RunnerSection({ runner, staffName }: { runner: RunnerState; staffName: string }) {
  const name = useSignal(staffName);
  return (
    <section class="kxs-panel" aria-label="Scheduled sync runner">
      <h2 class="kxs-panel__title">Scheduled sync runner</h2>
      <p class="kxs-muted">
        One browser in the firm runs the scheduled sync for everyone; the others only sync when someone clicks Sync now
        (always safe). Choose a browser that is open during working hours. If it stays silent for three of its
        intervals, the next browser whose schedule fires takes over.
      </p>
      <SyncRunnerLine view={runner.view.value} now={Date.now()} />
      <form
        class="kxs-form"
        aria-label="Run scheduled syncs"
        onSubmit={(event) => {
          event.preventDefault();
          void runner.claim(name.value);
        }}
      >
        <TextField label="Your name (shown to colleagues)" value={name} />
        <button type="submit" class="kxs-button kxs-button--primary" disabled={runner.busy.value}>
          Run scheduled syncs from this browser
        </button>
      </form>
      <NoticeLine notice={runner.notice.value} role="status" />
    </section>
  );
}
