/** Lookups over the plant catalog: which tags belong to a loop, what kind of object a name is. */
import type { Catalog, EquipmentMeta, LoopMeta, TagMeta } from '../../server/protocol.ts';

export interface CatalogIndex {
  tags: ReadonlyMap<string, TagMeta>;
  loops: ReadonlyMap<string, LoopMeta>;
  equipment: ReadonlyMap<string, EquipmentMeta>;
}

export const EMPTY_INDEX: CatalogIndex = { tags: new Map(), loops: new Map(), equipment: new Map() };

export function indexCatalog(catalog: Catalog): CatalogIndex {
  return {
    tags: new Map(catalog.tags.map((t) => [t.name, t])),
    loops: new Map(catalog.loops.map((l) => [l.name, l])),
    equipment: new Map(catalog.equipment.map((e) => [e.name, e])),
  };
}

/** The loop parameters a faceplate shows. */
export const LOOP_PARAMS = ['PV', 'SP', 'OP', 'MODE'] as const;
export type LoopParam = (typeof LOOP_PARAMS)[number];

/** Tag name of a loop parameter: `TIC-5301` + `SP` → `TIC-5301.SP`. */
export function loopTag(loop: string, param: LoopParam): string {
  return `${loop}.${param}`;
}

export type ObjectKind = 'loop' | 'equipment' | 'indicator';

/** What a selectable name is: a loop, a piece of equipment, or a plain (indicator) tag. */
export function objectKind(index: CatalogIndex, name: string): ObjectKind | null {
  if (index.loops.has(name)) return 'loop';
  if (index.equipment.has(name)) return 'equipment';
  if (index.tags.has(name)) return 'indicator';
  return null;
}

/** Description of any selectable object, or undefined when the catalog does not know it. */
export function describe(index: CatalogIndex, name: string) {
  return (index.loops.get(name) ?? index.equipment.get(name) ?? index.tags.get(name))?.desc;
}

/** The loop whose OP drives `loop`'s SP (cascade master), if any. */
export function masterOf(index: CatalogIndex, loop: string): LoopMeta | undefined {
  for (const l of index.loops.values()) if (l.slave === loop) return l;
  return undefined;
}

/** The tag that carries a selectable object's main value: a loop's PV, else the name itself. */
export function primaryTag(index: CatalogIndex, name: string): string {
  return index.loops.has(name) ? loopTag(name, 'PV') : name;
}
