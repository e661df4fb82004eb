/**
 * The embedded historian store: better-sqlite3, WAL, its own file (history.db in DATA_DIR).
 * Samples live in a WITHOUT ROWID table keyed (tag_id, t), so a trend reads one contiguous key
 * range per tag; writes come in batches sorted by that key (one transaction per batch).
 */
import type { QualityCode } from '../../simulator/protocol.ts';
import { PUT_ROLLUP, type HistoryDb } from './history-db.ts';
import type { BucketStats, HistoryStore, IdSample, SampleColumns, TagSample } from './store.ts';
import { addToRollup, mergeRollup, rollupOf, ROLLUP_LEVELS_MS, ROLLUP_MIN_BUCKET_MS, type Rollup, type RollupRow } from './rollup.ts';

export { openHistoryDb, type HistoryDb } from './history-db.ts';

type Row = { t: number; v: number; q: QualityCode };

export class SqliteHistoryStore implements HistoryStore {
  readonly db: HistoryDb;
  readonly cheapBucketMs = ROLLUP_MIN_BUCKET_MS;
  #ids = new Map<string, number>();
  #names = new Map<number, string>();
  readonly #s;

  constructor(db: HistoryDb) {
    this.db = db;
    for (const r of db.prepare('SELECT id, name FROM tags').all() as { id: number; name: string }[]) {
      this.#ids.set(r.name, r.id);
      this.#names.set(r.id, r.name);
    }
    this.#s = {
      newTag: db.prepare('INSERT INTO tags (name) VALUES (?)'),
      insert: db.prepare('INSERT OR REPLACE INTO samples (tag_id, t, v, q) VALUES (?, ?, ?, ?)'),
      any: db.prepare('SELECT 1 FROM samples LIMIT 1').pluck(),
      count: db.prepare('SELECT count(*) FROM (SELECT 1 FROM samples WHERE tag_id = ? AND t >= ? AND t <= ? LIMIT ?)').pluck(),
      range: db.prepare('SELECT t, v, q FROM samples WHERE tag_id = ? AND t >= ? AND t <= ? ORDER BY t').raw(),
      before: db.prepare('SELECT t, v, q FROM samples WHERE tag_id = ? AND t < ? ORDER BY t DESC LIMIT 1'),
      at: db.prepare('SELECT t, v, q FROM samples WHERE tag_id = ? AND t = ?'),
      bucket: db.prepare(
        `SELECT count(*) AS n, min(t) AS t0, max(t) AS t1,
                min(CASE WHEN q < 2 THEN v END) AS lo, max(CASE WHEN q < 2 THEN v END) AS hi, sum(q = 2) AS bad
         FROM samples WHERE tag_id = ? AND t >= ? AND t < ?`,
      ),
      prune: db.prepare('DELETE FROM samples WHERE tag_id = ? AND t < ?'),
      pruneRollup: db.prepare('DELETE FROM rollups WHERE tag_id = ? AND lv = ? AND m < ?'),
      rollupGet: db.prepare('SELECT tag_id, m, n, t0, v0, q0, t1, v1, q1, lo, hi, bad FROM rollups WHERE tag_id = ? AND lv = ? AND m = ?'),
      rollupPut: db.prepare(PUT_ROLLUP),
      rollupRange: db
        .prepare('SELECT tag_id, m, n, t0, v0, q0, t1, v1, q1, lo, hi, bad FROM rollups WHERE tag_id = ? AND lv = ? AND m >= ? AND m <= ? ORDER BY m')
        .raw(),
    };
  }

  tagId(name: string): number {
    let id = this.#ids.get(name);
    if (id === undefined) {
      id = Number(this.#s.newTag.run(name).lastInsertRowid);
      this.#ids.set(name, id);
      this.#names.set(id, name);
    }
    return id;
  }

  hasTag(name: string): boolean {
    return this.#ids.has(name);
  }

  tagNames(): string[] {
    return [...this.#ids.keys()];
  }

  isEmpty(): boolean {
    return this.#s.any.get() === undefined;
  }

  write(samples: readonly IdSample[]): void {
    if (samples.length === 0) return;
    const sorted = [...samples].sort((a, b) => a.id - b.id || a.t - b.t);
    const { insert, rollupGet, rollupPut } = this.#s;
    this.db.transaction(() => {
      const acc: (Rollup | null)[] = ROLLUP_LEVELS_MS.map(() => null);
      const put = (r: Rollup, lv: number) => {
        const old = rollupGet.get(r.tag_id, lv, r.m) as Rollup | undefined;
        rollupPut.run({ ...(old ? mergeRollup(old, r) : r), lv });
      };
      for (const s of sorted) {
        const t = Math.round(s.t);
        insert.run(s.id, t, s.v, s.q);
        for (let lv = 0; lv < ROLLUP_LEVELS_MS.length; lv++) {
          const m = Math.floor(t / ROLLUP_LEVELS_MS[lv]!);
          const a = acc[lv];
          if (a && a.tag_id === s.id && a.m === m) addToRollup(a, t, s.v, s.q); // sorted: in time order
          else {
            if (a) put(a, lv);
            acc[lv] = rollupOf({ id: s.id, t, v: s.v, q: s.q }, m);
          }
        }
      }
      acc.forEach((a, lv) => a && put(a, lv));
    })();
  }

  count(tag: string, from: number, to: number, limit = Number.MAX_SAFE_INTEGER): number {
    const id = this.#ids.get(tag);
    return id === undefined ? 0 : (this.#s.count.get(id, from, to, limit) as number);
  }

  range(tag: string, from: number, to: number): SampleColumns {
    const out: SampleColumns = { t: [], v: [], q: [] };
    const id = this.#ids.get(tag);
    if (id === undefined) return out;
    for (const [t, v, q] of this.#s.range.iterate(id, from, to) as IterableIterator<[number, number, QualityCode]>) {
      out.t.push(t);
      out.v.push(v);
      out.q.push(q);
    }
    return out;
  }

  before(tag: string, t: number): Row | null {
    const id = this.#ids.get(tag);
    return id === undefined ? null : ((this.#s.before.get(id, t) as Row | undefined) ?? null);
  }

  latest(tag: string): Row | null {
    return this.before(tag, Number.MAX_SAFE_INTEGER);
  }

  buckets(tag: string, from: number, widthMs: number, buckets: number): (BucketStats | null)[] {
    const id = this.#ids.get(tag);
    const out: (BucketStats | null)[] = new Array(buckets).fill(null);
    if (id === undefined) return out;
    if (widthMs >= ROLLUP_MIN_BUCKET_MS) return this.#rollupBuckets(id, from, widthMs, buckets);
    const { bucket, at } = this.#s;
    for (let k = 0; k < buckets; k++) {
      const a = from + k * widthMs;
      const r = bucket.get(id, a, a + widthMs) as { n: number; t0: number; t1: number; lo: number | null; hi: number | null; bad: number };
      if (r.n === 0) continue;
      const first = at.get(id, r.t0) as Row;
      const last = r.n === 1 ? first : (at.get(id, r.t1) as Row);
      out[k] = { n: r.n, first, last, min: r.lo, max: r.hi, bad: r.bad };
    }
    return out;
  }

  /** Buckets from the coarsest rollup not wider than a bucket: a rollup row counts in the bucket its start falls in. */
  #rollupBuckets(id: number, from: number, widthMs: number, buckets: number): (BucketStats | null)[] {
    const out: (Rollup | null)[] = new Array(buckets).fill(null);
    let lv = 0;
    while (lv + 1 < ROLLUP_LEVELS_MS.length && ROLLUP_LEVELS_MS[lv + 1]! <= widthMs) lv++;
    const levelMs = ROLLUP_LEVELS_MS[lv]!;
    const m0 = Math.floor(from / levelMs);
    const m1 = Math.floor((from + widthMs * buckets - 1) / levelMs);
    for (const a of this.#s.rollupRange.iterate(id, lv, m0, m1) as IterableIterator<RollupRow>) {
      const r: Rollup = { tag_id: a[0], m: a[1], n: a[2], t0: a[3], v0: a[4], q0: a[5], t1: a[6], v1: a[7], q1: a[8], lo: a[9], hi: a[10], bad: a[11] };
      const k = Math.min(buckets - 1, Math.max(0, Math.floor((r.m * levelMs - from) / widthMs)));
      const acc = out[k];
      out[k] = acc ? mergeRollup(acc, r) : r;
    }
    return out.map((r) =>
      r === null
        ? null
        : { n: r.n, first: { t: r.t0, v: r.v0, q: r.q0 }, last: { t: r.t1, v: r.v1, q: r.q1 }, min: r.lo, max: r.hi, bad: r.bad },
    );
  }

  *scan(tags: readonly string[], from: number, to: number): IterableIterator<TagSample> {
    const ids = tags.map((t) => this.#ids.get(t)).filter((id): id is number => id !== undefined);
    if (ids.length === 0) return;
    const stmt = this.db.prepare(
      `SELECT tag_id, t, v, q FROM samples WHERE tag_id IN (${ids.map(() => '?').join(',')}) AND t >= ? AND t <= ? ORDER BY t, tag_id`,
    ).raw();
    for (const [id, t, v, q] of stmt.iterate(...ids, from, to) as IterableIterator<[number, number, number, QualityCode]>) {
      yield { tag: this.#names.get(id)!, t, v, q };
    }
  }

  prune(before: number): number {
    let n = 0;
    this.db.transaction(() => {
      for (const id of this.#ids.values()) {
        n += this.#s.prune.run(id, before).changes;
        ROLLUP_LEVELS_MS.forEach((levelMs, lv) => this.#s.pruneRollup.run(id, lv, Math.floor(before / levelMs)));
      }
    })();
    return n;
  }

  close(): void {
    this.db.close();
  }
}
