import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MIGRATIONS, openHistoryDb } from './history-db.ts';
import { SqliteHistoryStore } from './sqlite-store.ts';

describe('history database migrations', () => {
  it('rebuilds the rollups of a first-version database from its samples', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zk-hdb-'));
    try {
      const old = new Database(join(dir, 'history.db'));
      old.exec(MIGRATIONS[0] as string);
      old.pragma('user_version = 1');
      old.prepare("INSERT INTO tags (id, name) VALUES (1, 'A')").run();
      const ins = old.prepare('INSERT INTO samples (tag_id, t, v, q) VALUES (1, ?, ?, 0)');
      old.transaction(() => {
        for (let k = 0; k < 7200; k++) ins.run(k * 1000, k === 4321 ? 99 : 1);
      })();
      old.close();
      const store = new SqliteHistoryStore(openHistoryDb(dir));
      const wide = store.buckets('A', 0, 3_600_000, 2); // read from the ten-minute rollups
      expect(wide.map((b) => [b?.n, b?.max])).toEqual([[3600, 1], [3600, 99]]);
      store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
