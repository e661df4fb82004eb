/**
 * The recorder: every catalog tag, every frame, through exception compression into a buffer that
 * is written to the store in sorted batches. When the source is lost (or the server stops) every
 * tag gets a bad-quality sample, so the outage reads back as a gap and not as a straight line.
 */
import type { Catalog, TagFrame } from '../../simulator/protocol.ts';
import { Compressor, deadbandOf, type Sample } from './compress.ts';
import type { HistoryStore, IdSample } from './store.ts';

export class Recorder {
  readonly store: HistoryStore;
  #compressor = new Compressor([]);
  #ids: number[] = [];
  #buffer: IdSample[] = [];
  #scratch: Sample[] = [];
  #lastFrameT: number | null = null;
  #lastValues: number[] = [];
  /** Samples written since start. */
  written = 0;
  readonly maxBuffer: number;

  constructor(store: HistoryStore, maxBuffer = 200_000) {
    this.store = store;
    this.maxBuffer = maxBuffer;
  }

  /** Plant time of the last frame recorded (data are known up to here), or null. */
  get knownUntil(): number | null {
    return this.#lastFrameT;
  }

  get buffered(): number {
    return this.#buffer.length;
  }

  /** A (new) catalog: its tags are recorded from the next frame on. */
  setCatalog(catalog: Catalog): void {
    this.#compressor = new Compressor(catalog.tags.map(deadbandOf));
    this.#ids = catalog.tags.map((t) => this.store.tagId(t.name));
    this.#lastValues = [];
  }

  /** Records a frame whose values are in catalog order (false when it does not fit the catalog). */
  frame(f: Pick<TagFrame, 't' | 'v' | 'q'>): boolean {
    const n = this.#ids.length;
    if (f.v.length !== n || f.q.length !== n) return false;
    const out = this.#scratch;
    out.length = 0;
    for (let i = 0; i < n; i++) this.#compressor.offer(i, f.t, f.v[i]!, f.q[i]!, out);
    this.#take(out);
    this.#lastFrameT = this.#lastFrameT === null ? f.t : Math.max(this.#lastFrameT, f.t);
    this.#lastValues = f.v;
    return true;
  }

  /** The source went away: a bad sample for every tag just after the last frame. */
  sourceLost(): void {
    if (this.#lastFrameT === null) return;
    const out = this.#scratch;
    out.length = 0;
    const t = this.#lastFrameT + 1;
    for (let i = 0; i < this.#ids.length; i++) this.#compressor.force(i, t, this.#lastValues[i] ?? 0, 2, out);
    this.#take(out);
    this.#lastFrameT = t;
  }

  /** Writes the buffer to the store (one sorted transaction). */
  flush(): void {
    if (this.#buffer.length === 0) return;
    const batch = this.#buffer;
    this.#buffer = [];
    this.store.write(batch);
    this.written += batch.length;
  }

  #take(out: Sample[]): void {
    for (const s of out) this.#buffer.push({ id: this.#ids[s.i]!, t: s.t, v: s.v, q: s.q });
    if (this.#buffer.length >= this.maxBuffer) this.flush();
  }
}
