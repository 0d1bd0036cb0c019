import { describe, expect, it } from 'vitest';
import { createStore } from '../../../lib/state/store';

describe('createStore', () => {
  it('announces each change of any of its boxes, and only real changes', () => {
    const store = createStore();
    const count = store.box(0);
    const name = store.box('a');
    const seen: string[] = [];
    const off = store.subscribe(() => seen.push(`${count.value}${name.value}`));
    count.value = 1;
    count.value = 1;
    name.value = 'b';
    off();
    count.value = 2;
    expect(seen).toEqual(['1a', '1b']);
    expect(count.value).toBe(2);
  });
});
