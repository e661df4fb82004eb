/** Parts of the plant catalog the tag index does not keep: interlocks (causes, actions), from every snapshot. */
import type { Catalog } from '../../server/protocol.ts';

export type InterlockMeta = NonNullable<Catalog['interlocks']>[number];

export class PlantInfo {
  interlocks = $state.raw<InterlockMeta[]>([]);

  apply(c: Catalog): void {
    this.interlocks = c.interlocks ?? [];
  }

  interlock(id: string): InterlockMeta | undefined {
    return this.interlocks.find((i) => i.id === id);
  }
}
