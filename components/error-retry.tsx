import { Button } from './button';

/** What could not be loaded, said at once (an alert), with Retry. */
export function ErrorRetry({ error, onRetry }: { error: string; onRetry: () => void }) {
  return (
    <div class="kxs-error" role="alert">
      <p>{error}</p>
      <Button label="Retry" onClick={onRetry} />
    </div>
  );
}
