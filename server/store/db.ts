/**
 * The server's SQLite database (better-sqlite3, WAL): journal, users and sessions.
 * One file under DATA_DIR; `:memory:` for tests. Schema changes go into MIGRATIONS, in order.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export type Db = Database.Database;

const MIGRATIONS: string[] = [
  `CREATE TABLE journal (
     id        INTEGER PRIMARY KEY AUTOINCREMENT,
     wall_t    INTEGER NOT NULL,            -- wall time, epoch ms
     plant_t   INTEGER,                     -- plant time, epoch ms
     kind      TEXT NOT NULL,               -- audit | system | alarm | training
     user      TEXT,
     role      TEXT,
     action    TEXT NOT NULL,
     target    TEXT,
     old_value TEXT,
     new_value TEXT,
     result    TEXT NOT NULL,
     code      TEXT,
     source    TEXT
   );
   CREATE INDEX journal_wall ON journal(wall_t);
   CREATE INDEX journal_plant ON journal(plant_t);
   CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal
     BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END;
   CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal
     BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END;
   CREATE TABLE users (
     name      TEXT PRIMARY KEY,
     role      TEXT NOT NULL,
     password  TEXT NOT NULL               -- scrypt$N$r$p$salt$hash (base64)
   );
   CREATE TABLE sessions (
     token_hash TEXT PRIMARY KEY,          -- sha256 of the cookie token, hex
     user       TEXT NOT NULL,
     role       TEXT NOT NULL,
     expires_t  INTEGER NOT NULL           -- wall time, epoch ms
   );`,
  // Alarm system (issue 4): audit fields of alarm actions, and alarm states that survive a restart.
  `ALTER TABLE journal ADD COLUMN reason TEXT;
   ALTER TABLE journal ADD COLUMN duration_s REAL;             -- shelve duration, s
   ALTER TABLE journal ADD COLUMN from_state TEXT;             -- ISA-18.2 state before
   ALTER TABLE journal ADD COLUMN to_state TEXT;               -- ISA-18.2 state after
   CREATE TABLE alarm_state (
     id        TEXT PRIMARY KEY,            -- alarm id <tag>.<TYPE>
     state     TEXT NOT NULL,               -- AlarmState as JSON
     wall_t    INTEGER NOT NULL             -- wall time of the last write, epoch ms
   );
   CREATE TABLE alarm_meta (
     key       TEXT PRIMARY KEY,            -- firstOut | hornSilencedAt | plantT
     value     TEXT NOT NULL                -- JSON
   );`,
];

/** Opens (and migrates) the database: a file in `dataDir`, or in memory when `dataDir` is null. */
export function openDb(dataDir: string | null): Db {
  let file = ':memory:';
  if (dataDir !== null) {
    mkdirSync(dataDir, { recursive: true });
    file = join(dataDir, 'zhongkong.db');
  }
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  const version = db.pragma('user_version', { simple: true }) as number;
  for (let i = version; i < MIGRATIONS.length; i++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[i]!);
      db.pragma(`user_version = ${i + 1}`);
    })();
  }
  return db;
}
