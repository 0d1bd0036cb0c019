import type { ContactKind } from '../model/canonical';
import type { KarbonEntity } from '../model/karbon-mapping';
import type { RunContext } from './context';
import { getKarbonSnapshot } from './karbon-snapshots';

/** Reads a Karbon record whose kind may be unknown: the snapshot's kind first, else person then organization. */
export async function readKarbonRecord(ctx: RunContext, karbonKey: string): Promise<KarbonEntity | undefined> {
  const snap = await getKarbonSnapshot(ctx, karbonKey);
  const kinds: ContactKind[] = snap ? [snap.kind] : ['person', 'org'];
  for (const kind of kinds) {
    const entity = await ctx.deps.karbon.get(kind, karbonKey);
    if (entity) return entity;
  }
  return undefined;
}
