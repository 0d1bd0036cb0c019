// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { live } from '../../components/live';
import { createStore } from '../../lib/state/store';

afterEach(cleanup);

/** A store that also counts who listens to it. */
function counter() {
  const store = createStore();
  let listening = 0;
  return {
    count: store.box(0),
    listening: () => listening,
    subscribe(listener: () => void) {
      listening++;
      const off = store.subscribe(listener);
      return () => {
        listening--;
        off();
      };
    },
  };
}

const Count = live(
  ({ state }: { state: ReturnType<typeof counter> }) => <p>Count {state.count.value}</p>,
  ({ state }) => [state],
);

describe('live', () => {
  it('renders again on every change of the store it watches, and stops watching once unmounted', async () => {
    const state = counter();
    const { unmount } = render(<Count state={state} />);
    expect(screen.getByText('Count 0')).toBeTruthy();
    expect(state.listening()).toBe(1);
    state.count.value = 2;
    await waitFor(() => expect(screen.getByText('Count 2')).toBeTruthy());
    unmount();
    expect(state.listening()).toBe(0);
  });
});
