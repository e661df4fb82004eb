/**
 * The live tag table: catalog, current value, quality and plant timestamp of every tag.
 * Pure state (no timers, no sockets): the shell feeds it frames and link events, and takes
 * the coalesced changes once per publish tick.
 */
import type { Catalog, TagFrame, TagMeta } from '../../simulator/protocol.ts';
import type { Quality, TagState } from '../protocol.ts';

const QUALITY: readonly Quality[] = ['good', 'uncertain', 'bad'];

export class TagTable {
  #catalog: Catalog = { tags: [], loops: [], equipment: [] };
  /** Catalog position of each tag name (frames and the source quality are in catalog order). */
  #index = new Map<string, number>();
  #state = new Map<string, TagState>();
  /** Quality from the source, before link and staleness are applied. */
  #sourceQ: Quality[] = [];
  #changed = new Set<string>();
  #linkUp = false;
  #stale = false;

  get catalog(): Catalog {
    return this.#catalog;
  }

  get size(): number {
    return this.#catalog.tags.length;
  }

  meta(name: string): TagMeta | undefined {
    const i = this.#index.get(name);
    return i === undefined ? undefined : this.#catalog.tags[i];
  }

  get(name: string): TagState | undefined {
    return this.#state.get(name);
  }

  /** A new catalog from the source: tags it no longer lists are dropped. */
  setCatalog(catalog: Catalog): void {
    this.#catalog = catalog;
    this.#index = new Map(catalog.tags.map((t, i) => [t.name, i]));
    const state = new Map<string, TagState>();
    for (const t of catalog.tags) state.set(t.name, this.#state.get(t.name) ?? { v: 0, q: 'bad', t: 0 });
    this.#state = state;
    this.#sourceQ = catalog.tags.map(() => 'bad');
    for (const t of catalog.tags) this.#changed.add(t.name);
  }

  /** Applies a frame (values in catalog order). Returns false if it does not fit the catalog. */
  applyFrame(frame: TagFrame): boolean {
    const tags = this.#catalog.tags;
    if (frame.v.length !== tags.length || frame.q.length !== tags.length) return false;
    for (let i = 0; i < tags.length; i++) {
      this.#sourceQ[i] = QUALITY[frame.q[i]!] ?? 'bad';
      this.#put(tags[i]!.name, frame.v[i]!, this.#effective(i), frame.t);
    }
    return true;
  }

  /** Link to the source up or down; down makes every value bad (its last value is kept). */
  setLink(up: boolean): void {
    this.#linkUp = up;
    if (!up) this.#stale = false;
    this.#requalify();
  }

  /** No frame within the expected period: good values become uncertain until frames resume. */
  setStale(stale: boolean): void {
    this.#stale = stale;
    this.#requalify();
  }

  /**
   * The plant acknowledged a write: take its new value now rather than on the next frame, so that
   * a following command (e.g. OP right after MODE → MAN) is checked against what the plant has.
   */
  confirmWrite(name: string, value: number | string, t: number): void {
    const meta = this.meta(name);
    const prev = this.#state.get(name);
    if (!meta || !prev) return;
    const v = typeof value === 'number' ? value : (meta.states?.indexOf(value) ?? -1);
    if (v >= 0) this.#put(name, v, prev.q, Math.max(t, prev.t));
  }

  /** One recorded sample of one tag (history replay); the source quality, as for a frame. */
  applySample(name: string, v: number, q: Quality, t: number): void {
    const i = this.#index.get(name);
    if (i === undefined) return;
    this.#sourceQ[i] = q;
    this.#put(name, v, this.#effective(i), t);
  }

  /** Every tag with its state, for a snapshot. */
  snapshot(): Record<string, TagState> {
    return Object.fromEntries(this.#state);
  }

  /** Changes since the last call (last value wins), then forgets them. */
  takeChanges(): Record<string, TagState> {
    const c: Record<string, TagState> = {};
    for (const name of this.#changed) c[name] = this.#state.get(name)!;
    this.#changed.clear();
    return c;
  }

  #effective(i: number): Quality {
    if (!this.#linkUp) return 'bad';
    const q = this.#sourceQ[i] ?? 'bad';
    return this.#stale && q === 'good' ? 'uncertain' : q;
  }

  #requalify(): void {
    this.#catalog.tags.forEach((tag, i) => {
      const s = this.#state.get(tag.name)!;
      this.#put(tag.name, s.v, this.#effective(i), s.t);
    });
  }

  #put(name: string, v: number, q: Quality, t: number): void {
    const prev = this.#state.get(name);
    if (prev && prev.v === v && prev.q === q && prev.t === t) return;
    if (prev && prev.v === v && prev.q === q) {
      prev.t = t; // same value, newer time: no change worth publishing
      return;
    }
    this.#state.set(name, { v, q, t });
    this.#changed.add(name);
  }
}
