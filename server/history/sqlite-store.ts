/**
 * The embedded historian store: better-sqlite3, WAL, its own file (history.db in DATA_DIR).
 * Samples live in a WITHOUT ROWID table keyed (tag_id, t), so a trend reads one contiguous key
 * range per tag; writes come in batches sorted by that key (one transaction per batch).
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { QualityCode } from '../../simulator/protocol.ts';
import type { BucketStats, HistoryStore, IdSample, SampleColumns, TagSample } from './store.ts';

export type HistoryDb = Database.Database;

const MIGRATIONS: string[] = [
  `CREATE TABLE tags (
     id   INTEGER PRIMARY KEY,
     name TEXT NOT NULL UNIQUE
   );
   CREATE TABLE samples (
     tag_id INTEGER NOT NULL,
     t      INTEGER NOT NULL,   -- plant time, epoch ms
     v      REAL NOT NULL,      -- engineering units (discrete: state index)
     q      INTEGER NOT NULL,   -- 0 good, 1 uncertain, 2 bad
     PRIMARY KEY (tag_id, t)
   ) WITHOUT ROWID;
   -- one row per tag and plant minute: what long-range trends read instead of every sample
   CREATE TABLE rollup (
     tag_id INTEGER NOT NULL,
     m      INTEGER NOT NULL,   -- floor(t / 60000)
     n      INTEGER NOT NULL,
     t0 INTEGER NOT NULL, v0 REAL NOT NULL, q0 INTEGER NOT NULL,   -- first sample
     t1 INTEGER NOT NULL, v1 REAL NOT NULL, q1 INTEGER NOT NULL,   -- last sample
     lo REAL, hi REAL,          -- min / max of good and uncertain samples
     bad INTEGER NOT NULL,      -- bad-quality samples
     PRIMARY KEY (tag_id, m)
   ) WITHOUT ROWID;
   CREATE TABLE trend_groups (
     user      TEXT NOT NULL,
     name      TEXT NOT NULL,
     body      TEXT NOT NULL,   -- JSON: { pens, spanMs }
     saved_t   INTEGER NOT NULL, -- wall time, epoch ms
     PRIMARY KEY (user, name)
   );`,
];

/** Opens (and migrates) the history database: `history.db` in `dataDir`, or in memory when null. */
export function openHistoryDb(dataDir: string | null): HistoryDb {
  let file = ':memory:';
  if (dataDir !== null) {
    mkdirSync(dataDir, { recursive: true });
    file = join(dataDir, 'history.db');
  }
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('cache_size = -65536'); // 64 MiB: long-range trends read the rollup from memory
  const version = db.pragma('user_version', { simple: true }) as number;
  for (let i = version; i < MIGRATIONS.length; i++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[i]!);
      db.pragma(`user_version = ${i + 1}`);
    })();
  }
  return db;
}

type Row = { t: number; v: number; q: QualityCode };

/** Rollup granularity, ms. */
export const ROLLUP_MS = 60_000;
/** Buckets at least this wide are read from the rollup. */
export const ROLLUP_MIN_BUCKET_MS = ROLLUP_MS;

interface Rollup {
  tag_id: number;
  m: number;
  n: number;
  t0: number;
  v0: number;
  q0: QualityCode;
  t1: number;
  v1: number;
  q1: QualityCode;
  lo: number | null;
  hi: number | null;
  bad: number;
}

type RollupRow = [number, number, number, number, number, QualityCode, number, number, QualityCode, number | null, number | null, number];

function rollupOf(s: IdSample, m: number): Rollup {
  const good = s.q !== 2;
  return { tag_id: s.id, m, n: 1, t0: s.t, v0: s.v, q0: s.q, t1: s.t, v1: s.v, q1: s.q, lo: good ? s.v : null, hi: good ? s.v : null, bad: good ? 0 : 1 };
}

const minOf = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.min(a, b));
const maxOf = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));

/** `a` and `b` together (b may be earlier or later). */
function mergeRollup(a: Rollup, b: Rollup): Rollup {
  const first = b.t0 < a.t0 ? b : a;
  const last = b.t1 > a.t1 ? b : a;
  return {
    tag_id: a.tag_id, m: a.m, n: a.n + b.n,
    t0: first.t0, v0: first.v0, q0: first.q0, t1: last.t1, v1: last.v1, q1: last.q1,
    lo: minOf(a.lo, b.lo), hi: maxOf(a.hi, b.hi), bad: a.bad + b.bad,
  };
}

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
      pruneRollup: db.prepare('DELETE FROM rollup WHERE tag_id = ? AND m < ?'),
      rollupGet: db.prepare('SELECT * FROM rollup WHERE tag_id = ? AND m = ?'),
      rollupPut: db.prepare(
        `INSERT OR REPLACE INTO rollup (tag_id, m, n, t0, v0, q0, t1, v1, q1, lo, hi, bad)
         VALUES (@tag_id, @m, @n, @t0, @v0, @q0, @t1, @v1, @q1, @lo, @hi, @bad)`,
      ),
      rollupRange: db
        .prepare('SELECT tag_id, m, n, t0, v0, q0, t1, v1, q1, lo, hi, bad FROM rollup WHERE tag_id = ? AND m >= ? AND m <= ? ORDER BY m')
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
      let acc: Rollup | null = null;
      const put = (r: Rollup) => {
        const old = rollupGet.get(r.tag_id, r.m) as Rollup | undefined;
        rollupPut.run(old ? mergeRollup(old, r) : r);
      };
      for (const s of sorted) {
        const t = Math.round(s.t);
        insert.run(s.id, t, s.v, s.q);
        const m = Math.floor(t / ROLLUP_MS);
        const one = rollupOf({ ...s, t }, m);
        if (acc && acc.tag_id === s.id && acc.m === m) acc = mergeRollup(acc, one);
        else {
          if (acc) put(acc);
          acc = one;
        }
      }
      if (acc) put(acc);
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

  /** Buckets from the per-minute rollup: a minute counts in the bucket its start falls in. */
  #rollupBuckets(id: number, from: number, widthMs: number, buckets: number): (BucketStats | null)[] {
    const out: (Rollup | null)[] = new Array(buckets).fill(null);
    const m0 = Math.floor(from / ROLLUP_MS);
    const m1 = Math.floor((from + widthMs * buckets - 1) / ROLLUP_MS);
    for (const a of this.#s.rollupRange.iterate(id, m0, m1) as IterableIterator<RollupRow>) {
      const r: Rollup = { tag_id: a[0], m: a[1], n: a[2], t0: a[3], v0: a[4], q0: a[5], t1: a[6], v1: a[7], q1: a[8], lo: a[9], hi: a[10], bad: a[11] };
      const k = Math.min(buckets - 1, Math.max(0, Math.floor((r.m * ROLLUP_MS - from) / widthMs)));
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
        this.#s.pruneRollup.run(id, Math.floor(before / ROLLUP_MS));
      }
    })();
    return n;
  }

  close(): void {
    this.db.close();
  }
}
