/**
 * The history database file (better-sqlite3, WAL): `history.db` in DATA_DIR, or in memory.
 * Schema changes go into MIGRATIONS, in order; a migration may rebuild data in code.
 */
import { openSqlite, type Db, type Migration } from '../store/db.ts';
import type { QualityCode } from '../../simulator/protocol.ts';
import { addToRollup, rollupOf, ROLLUP_LEVELS_MS, type Rollup } from './rollup.ts';

export type HistoryDb = Db;

export const MIGRATIONS: Migration[] = [
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
  // rollups at two levels (minute, ten minutes), rebuilt from the samples
  (db) => {
    db.exec(`CREATE TABLE rollups (
       tag_id INTEGER NOT NULL,
       lv     INTEGER NOT NULL,   -- level: 0 per minute, 1 per ten minutes (ROLLUP_LEVELS_MS)
       m      INTEGER NOT NULL,   -- floor(t / level ms)
       n      INTEGER NOT NULL,
       t0 INTEGER NOT NULL, v0 REAL NOT NULL, q0 INTEGER NOT NULL,   -- first sample
       t1 INTEGER NOT NULL, v1 REAL NOT NULL, q1 INTEGER NOT NULL,   -- last sample
       lo REAL, hi REAL,          -- min / max of good and uncertain samples
       bad INTEGER NOT NULL,      -- bad-quality samples
       PRIMARY KEY (tag_id, lv, m)
     ) WITHOUT ROWID;
     DROP TABLE rollup;`);
    rebuildRollups(db);
  },
];

/** The insert of one rollup row (the store's write path uses the same statement). */
export const PUT_ROLLUP = `INSERT OR REPLACE INTO rollups (tag_id, lv, m, n, t0, v0, q0, t1, v1, q1, lo, hi, bad)
  VALUES (@tag_id, @lv, @m, @n, @t0, @v0, @q0, @t1, @v1, @q1, @lo, @hi, @bad)`;

/** Recomputes every rollup from the samples (in key order, so no sort; a page at a time, as writes wait for reads). */
function rebuildRollups(db: HistoryDb): void {
  type SampleRow = [id: number, t: number, v: number, q: QualityCode];
  const put = db.prepare(PUT_ROLLUP);
  const page = db.prepare('SELECT tag_id, t, v, q FROM samples WHERE (tag_id, t) > (?, ?) ORDER BY tag_id, t LIMIT 50000').raw();
  const acc: (Rollup | null)[] = ROLLUP_LEVELS_MS.map(() => null);
  let after: [number, number] = [-1, 0];
  for (;;) {
    const rows = page.all(...after) as SampleRow[];
    if (rows.length === 0) break;
    for (const [id, t, v, q] of rows) {
      for (let lv = 0; lv < ROLLUP_LEVELS_MS.length; lv++) {
        const m = Math.floor(t / ROLLUP_LEVELS_MS[lv]!);
        const a = acc[lv];
        if (a && a.tag_id === id && a.m === m) addToRollup(a, t, v, q);
        else {
          if (a) put.run({ ...a, lv });
          acc[lv] = rollupOf({ id, t, v, q }, m);
        }
      }
    }
    after = [rows.at(-1)![0], rows.at(-1)![1]];
  }
  acc.forEach((a, lv) => a && put.run({ ...a, lv }));
}

/** Opens (and migrates) the history database: `history.db` in `dataDir`, or in memory when null. */
export function openHistoryDb(dataDir: string | null): HistoryDb {
  // 64 MiB cache: long-range trends read the rollups from memory
  return openSqlite(dataDir, 'history.db', MIGRATIONS, ['synchronous = NORMAL', 'cache_size = -65536']);
}
