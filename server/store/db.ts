/**
 * The server's SQLite database (better-sqlite3, WAL): journal, users and sessions.
 * One file under DATA_DIR; `:memory:` for tests. Schema changes go into MIGRATIONS, in order.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export type Db = Database.Database;

const MIGRATIONS: Migration[] = [
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

/** A schema step: SQL, or code for a migration that rebuilds data. */
export type Migration = string | ((db: Db) => void);

/**
 * Opens a SQLite file in WAL mode and applies the migrations it has not had yet, each in one
 * transaction (`user_version` counts them). `dataDir` null keeps the database in memory (tests).
 */
export function openSqlite(dataDir: string | null, fileName: string, migrations: readonly Migration[], pragmas: readonly string[] = []): Db {
  let file = ':memory:';
  if (dataDir !== null) {
    mkdirSync(dataDir, { recursive: true });
    file = join(dataDir, fileName);
  }
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  for (const p of pragmas) db.pragma(p);
  const version = db.pragma('user_version', { simple: true }) as number;
  for (let i = version; i < migrations.length; i++) {
    const step = migrations[i]!;
    db.transaction(() => {
      if (typeof step === 'string') db.exec(step);
      else step(db);
      db.pragma(`user_version = ${i + 1}`);
    })();
  }
  return db;
}

/** Opens (and migrates) the server's database `zhongkong.db`: journal, users, sessions, alarm states. */
export function openDb(dataDir: string | null): Db {
  return openSqlite(dataDir, 'zhongkong.db', MIGRATIONS, ['foreign_keys = ON']);
}
