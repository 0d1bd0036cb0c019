import { createPrng, type Prng } from './prng';

const KEY_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function hex(prng: Prng, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += prng.int(16).toString(16);
  return out;
}

/** Deterministic ids: v4-shaped UUIDs and 12-character Karbon-style keys (e.g. `4mTyp9lLRWTC`). */
export function createIdSource(seed: number | string): (kind: 'uuid' | 'karbon-key') => string {
  const prng = createPrng(seed);
  return (kind) => {
    if (kind === 'karbon-key') {
      let key = '';
      for (let i = 0; i < 12; i++) key += KEY_ALPHABET[prng.int(KEY_ALPHABET.length)];
      return key;
    }
    const variant = '89ab'[prng.int(4)];
    return `${hex(prng, 8)}-${hex(prng, 4)}-4${hex(prng, 3)}-${variant}${hex(prng, 3)}-${hex(prng, 12)}`;
  };
}
