import { describe, expect, it } from 'vitest';
import { keptRead } from '../../lib/kept-read';

describe('keptRead', () => {
  it('shares one read until forgotten, and does not keep a failed read', async () => {
    let reads = 0;
    const kept = keptRead(async () => {
      reads++;
      if (reads === 1) throw new Error('storage busy');
      return reads;
    });
    await expect(kept.get()).rejects.toThrow('storage busy');
    expect(await Promise.all([kept.get(), kept.get()])).toEqual([2, 2]);
    expect(reads).toBe(2);
    kept.forget();
    expect(await kept.get()).toBe(3);
  });
});
