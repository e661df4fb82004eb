/**
 * Alarm states in SQLite (tables alarm_state, alarm_meta of store/db.ts), so that unacknowledged
 * alarms stay unacknowledged and shelves keep their expiry across a restart.
 */
import type { Db } from '../store/db.ts';
import type { AlarmSetData } from './alarm-set.ts';
import type { TransitionRecord } from './kpi.ts';
import type { AlarmState } from './types.ts';

export class AlarmStore {
  readonly #db: Db;
  readonly #put;
  readonly #meta;

  constructor(db: Db) {
    this.#db = db;
    this.#put = db.prepare('INSERT INTO alarm_state (id, state, wall_t) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET state = excluded.state, wall_t = excluded.wall_t');
    this.#meta = db.prepare('INSERT INTO alarm_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  }

  load(): Partial<AlarmSetData> & { plantT: number } {
    const states: Record<string, AlarmState> = {};
    for (const r of this.#db.prepare('SELECT id, state FROM alarm_state').all() as { id: string; state: string }[]) states[r.id] = JSON.parse(r.state) as AlarmState;
    const meta = new Map((this.#db.prepare('SELECT key, value FROM alarm_meta').all() as { key: string; value: string }[]).map((r) => [r.key, JSON.parse(r.value) as unknown]));
    return {
      states,
      firstOut: (meta.get('firstOut') as Record<string, string | null> | undefined) ?? {},
      hornSilencedAt: (meta.get('hornSilencedAt') as number | undefined) ?? 0,
      plantT: (meta.get('plantT') as number | undefined) ?? 0,
    };
  }

  saveState(id: string, state: AlarmState, wallT: number): void {
    this.#put.run(id, JSON.stringify(state), wallT);
  }

  saveMeta(key: 'firstOut' | 'hornSilencedAt' | 'plantT', value: unknown): void {
    this.#meta.run(key, JSON.stringify(value));
  }

  /** Alarm transitions from the journal up to plant time `to`, oldest first (at most `limit`, the newest). */
  transitions(to: number, limit = 500_000): TransitionRecord[] {
    const rows = this.#db
      .prepare(
        `SELECT * FROM (SELECT id, plant_t AS t, target AS alarm, from_state AS "from", to_state AS "to" FROM journal
         WHERE kind = 'alarm' AND action = 'transition' AND plant_t <= ? ORDER BY id DESC LIMIT ?) ORDER BY id`,
      )
      .all(to, limit) as (TransitionRecord & { id: number })[];
    return rows.map(({ t, alarm, from, to }) => ({ t, alarm, from, to }));
  }

  /** Runs `fn` in one transaction (journal records and states commit together). */
  atomically(fn: () => void): void {
    this.#db.transaction(fn)();
  }
}
