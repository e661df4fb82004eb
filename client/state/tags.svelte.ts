/**
 * The live tag table as the server sends it: a snapshot on every (re)connect, then deltas.
 * The table is `$state.raw` and replaced wholesale by the pure `applyDelta`, never deep-proxied.
 */
import type { Snapshot, SystemState, TagDelta, TagMeta, TagState } from '../../server/protocol.ts';
import { EMPTY_INDEX, indexCatalog, type CatalogIndex } from '../lib/catalog.ts';
import type { Comms } from '../lib/quality.ts';
import { applyDelta, laterTime, latestTime, tableFromSnapshot, type TagTable } from '../lib/tagTable.ts';

/** Called after every snapshot or delta, with the new table and the plant time it reached. */
export type TagListener = (table: TagTable, plantT: number, kind: 'snapshot' | 'delta') => void;

const NO_SYSTEM: SystemState = { simulator: 'disconnected', clock: null, stale: false };

export class TagStore {
  table = $state.raw<TagTable>({});
  catalog = $state.raw<CatalogIndex>(EMPTY_INDEX);
  system = $state.raw<SystemState>(NO_SYSTEM);
  /** The browser's socket to the server is up. */
  socketUp = $state(false);
  /** Latest plant time seen (clock or tag timestamps), epoch ms. */
  plantNow = $state<number | null>(null);
  comms: Comms = $derived({ socket: this.socketUp, simulator: this.system.simulator, stale: this.system.stale });

  #listeners = new Set<TagListener>();

  get = (tag: string): TagState | undefined => this.table[tag];
  meta = (tag: string): TagMeta | undefined => this.catalog.tags.get(tag);

  applySnapshot(s: Snapshot): void {
    this.catalog = indexCatalog(s.catalog);
    this.table = tableFromSnapshot(s.tags);
    this.system = s.system;
    const tagTimes = Object.values(this.table).map((x) => x.t);
    this.plantNow = laterTime(laterTime(this.plantNow, s.system.clock?.t), tagTimes.length ? Math.max(...tagTimes) : null);
    this.#notify('snapshot');
  }

  applyDelta(d: TagDelta): void {
    this.table = applyDelta(this.table, d);
    this.plantNow = laterTime(this.plantNow, latestTime(d));
    this.#notify('delta');
  }

  setSystem(s: SystemState): void {
    this.system = s;
    this.plantNow = laterTime(this.plantNow, s.clock?.t);
  }

  setSocketUp(up: boolean): void {
    this.socketUp = up;
  }

  /** Registers a listener for every update; returns the function that removes it. */
  subscribe(fn: TagListener): () => void {
    this.#listeners.add(fn);
    return () => this.#listeners.delete(fn);
  }

  #notify(kind: 'snapshot' | 'delta'): void {
    const t = this.plantNow;
    if (t === null) return;
    for (const fn of this.#listeners) fn(this.table, t, kind);
  }
}
