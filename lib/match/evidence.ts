import type { Hits } from './karbon-index';

// Beyond this many candidates a linear scan per hit would turn quadratic; a map takes over.
const LINEAR_LIMIT = 16;

/** Accumulates, per Karbon record position, the bit set of signals that agreed; reused across records to spare the GC. */
export class Evidence {
  readonly positions: number[] = [];
  readonly bits: number[] = [];
  size = 0;
  private slots: Map<number, number> | undefined;

  /** Forgets all evidence. */
  reset(): void {
    this.size = 0;
    this.slots = undefined;
  }

  /** Adds `bit` to every position in `hits`. */
  addHits(hits: Hits | undefined, bit: number): void {
    if (hits === undefined) return;
    if (typeof hits === 'number') this.add(hits, bit);
    else for (const hit of hits) this.add(hit, bit);
  }

  /** Adds `exactBit` to the positions in `hits` whose exact name is `exact`, and `otherBit` to the rest. */
  addNameHits(
    hits: Hits | undefined,
    exactNames: readonly string[],
    exact: string,
    exactBit: number,
    otherBit: number,
  ) {
    if (hits === undefined) return;
    if (typeof hits === 'number') this.add(hits, exactNames[hits] === exact ? exactBit : otherBit);
    else for (const hit of hits) this.add(hit, exactNames[hit] === exact ? exactBit : otherBit);
  }

  /** Adds `bit` to the evidence for one position. */
  add(position: number, bit: number): void {
    const slot = this.slotOf(position);
    if (slot >= 0) {
      this.bits[slot] = (this.bits[slot] as number) | bit;
      return;
    }
    this.positions[this.size] = position;
    this.bits[this.size] = bit;
    this.slots?.set(position, this.size);
    this.size++;
    if (this.size === LINEAR_LIMIT) this.slots = new Map(this.positions.slice(0, this.size).map((p, i) => [p, i]));
  }

  private slotOf(position: number): number {
    if (this.slots !== undefined) return this.slots.get(position) ?? -1;
    for (let i = 0; i < this.size; i++) if (this.positions[i] === position) return i;
    return -1;
  }
}
